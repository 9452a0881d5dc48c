// model.ts: a class and types, re-exported by barrel.ts.
export interface Props { a: number }
export class Model { constructor(public props: Props) {} }
export type Id = string;
export enum State { On = 1, Off = 0 }
