// --experimental-decorators --emit-decorator-metadata given on the command
// line (no tsconfig): classes imported only as types in decorated
// signatures stay imported, for their design:* metadata.
import { Database, Cache, Mode } from "./_lib/deps";
import type { Options } from "./_lib/deps";

const seen: string[] = [];
const show = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(show).join(", ")}]` : typeof v === "function" ? v.name : String(v);
(Reflect as any).metadata = (k: string, v: unknown) => (target: any, key?: string) => {
  seen.push(`${key ?? target.name} ${k} = ${show(v)}`);
};
function Service(): ClassDecorator { return () => {}; }
function Prop(): PropertyDecorator { return () => {}; }
function Method(): MethodDecorator { return () => {}; }

@Service()
class Worker {
  @Prop() cache!: Cache;
  @Prop() mode: Mode = Mode.Safe;
  constructor(private db: Database, opts: Options, mode: Mode) {}
  @Method() run(db: Database, c?: Cache): Database { return db; }
}
console.log(seen.join("\n"));
console.log(new Worker(new Database(), { verbose: true }, Mode.Fast).run(new Database()).name);
