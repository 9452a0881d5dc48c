// barrel.ts: re-exports types and values the way index files do.
export { Props, Model, Id } from "./model";
export type { Props as P } from "./model";
export * from "./model";
import { State } from "./model";
export { State as S };
export type * from "./model";
export type * as ModelTypes from "./model";
