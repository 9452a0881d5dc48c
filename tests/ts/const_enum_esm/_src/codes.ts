export const enum Code { Ok = 0, Warn = 10, Fail = Warn * 2, Name = "code" }
export enum Tone { Calm = 1, Loud }
export enum Tone { Silent = 0 }
export namespace Tone { export const all = [Tone.Calm, Tone.Loud, Tone.Silent]; }
export default function classify(n: number): Code {
  return n < Code.Warn ? Code.Ok : n < Code.Fail ? Code.Warn : Code.Fail;
}
