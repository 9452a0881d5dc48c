// service.ts: a service class with parameter properties and a namespace
// merged with it.
import { Color, Priority, pick } from "@lib/colors";
import type { Config } from "@config";

export class Service {
  private log: string[] = [];
  constructor(public readonly name: string, private config: Config, protected level = Priority.Low) {}
  handle(p: Priority): Color {
    const c = pick(p);
    this.log.push(`${this.name}:${Priority[p]}:${c}`);
    return c;
  }
  history() { return this.log.slice(0, this.config.keep); }
}
export namespace Service {
  export const version = "1." + Priority.High;
  export function create(cfg: Config) { return new Service("svc", cfg); }
}
