// Legacy decorators with design:* metadata (tsconfig): numeric, string and
// mixed enums, unions, tuples, functions, parameter decorators.
import { Role, Level, Mixed } from './_lib/enums';
const meta: Record<string, unknown[]> = {};
(Reflect as any).metadata = (k: string, v: unknown) => (t: any, key?: string) => { (meta[`${t.name ?? t.constructor.name}.${key ?? ''}.${k}`] ??= []).push(v); };
function P(tag: string): ParameterDecorator { return (t, k, i) => console.log('param', tag, String(k), i); }
function M(): MethodDecorator { return (t, k, d) => console.log('method', String(k), typeof d.value, typeof d.get); }
function C<T extends { new (...a: any[]): {} }>(ctor: T) { return class extends ctor { extra = 'added'; }; }
enum Kind { A, B }
enum Tone { Hi = 'hi', Lo = 'lo' }
enum Mix { N = 1, S = 's' }
interface Shape { k: Kind }
@C
class Svc {
  constructor(@P('ctor0') readonly name: string, @P('ctor1') n?: number) {}
  @M() run(@P('run0') k: Kind, s: Shape, d: Date, cb: () => void, arr: string[], u: string | undefined, t: [number]): Promise<void> { return Promise.resolve(); }
  @M() get value(): number { return 1; }
  @M() static make(@P('make0') x: Svc): Svc { return x; }
  @M() async later(t: Tone, m: Mix): Promise<string> { return 'x'; }
}
const s = new Svc('n');
console.log((s as any).extra, s.name, s instanceof Svc);
const show = (f: unknown): unknown => (Array.isArray(f) ? f.map(show) : typeof f === 'function' ? f.name : String(f));
for (const [k, v] of Object.entries(meta)) console.log(k, show(v));
// Enums of another file: tsc knows their members, kiln looks when the
// class is defined.
const d: PropertyDecorator = () => {};
class Imported {
  @d role!: Role;
  @d level!: Level;
  @d mixed!: Mixed;
  @M() pick(r: Role, l?: Level): Mixed { return Mixed.A; }
}
for (const k of ['role', 'level', 'mixed', 'pick'])
  console.log(k, show(meta[`Imported.${k}.design:type`]), show(meta[`Imported.${k}.design:paramtypes`] ?? []),
              show(meta[`Imported.${k}.design:returntype`] ?? []));
