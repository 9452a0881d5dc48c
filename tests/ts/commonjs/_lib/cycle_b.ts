import * as a from "./cycle_a";
import { ready } from "./cycle_a";
export const seenFromB = [typeof a.ping, ready, a.ready];
export function pong(n: number): string { return "pong " + a.ping(n); }
