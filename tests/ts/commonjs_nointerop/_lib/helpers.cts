import { format } from "util";
export function greet(who: string) { return format("hello %s from %s", who, typeof module); }
export class Counter {
  total = 0;
  add(n: number) { this.total += n; }
}
