// Everything that is only types or ambient declarations must vanish,
// leaving the run-time code around it intact.
import type { Stats } from "fs";
import { type PathLike, existsSync } from "fs";
export type { Stats };
declare global {
  interface Array<T> { lastItem?(): T | undefined }
  var __appVersion: string | undefined;
}
declare module "fs" { interface Stats { extra?: boolean } }
declare const BUILD: number;
declare function external(x: number): string;
declare let counter: number;
declare class Ambient { m(): void }
declare namespace NS { const x: number; }
interface Callable { (x: number): string; new (s: string): object; readonly [k: string]: unknown }
type Tpl = `prefix-${string}`;
type Tuple = [name: string, age?: number, ...rest: boolean[]];
type Cond<T> = T extends string ? "s" : T extends number ? "n" : never;
abstract class Shape { abstract area(): number }
type Ctor = abstract new () => Shape;
let u: unique symbol;
const sym: unique symbol = Symbol("k");
function f<const T extends readonly string[]>(x: T): T[number] { return x[0]; }
const p: PathLike = "./nope";
console.log(existsSync(p), f(["a", "b"] as const), typeof sym);
function overload(a: string): string;
function overload(a: number): number;
function overload(a: any) { return a; }
console.log(overload("x"), overload(1));
let v = (<any>globalThis).__appVersion ?? "none";
console.log(v, typeof (globalThis as any).NS, typeof (globalThis as any).Ambient);
export {};
let t: Tpl = "prefix-1";
let tu: Tuple = ["a", 1, true];
let c: Cond<string> = "s";
console.log(t, tu, c);
enum Kind { A = "a" }
type KindKey = keyof typeof Kind;
const kk: KindKey = "A";
console.log(Kind[kk]);
abstract class Impl implements Callable {
  [k: string]: unknown;
}
console.log(Object.getOwnPropertyNames(Impl.prototype));
