// reexport_types.ts: a barrel that re-exports interfaces and type aliases
// next to values (tsc drops the types; kiln must not fail linking them).
import { Props, Model, S, State } from "./_lib/barrel";
import * as barrel from "./_lib/barrel";
const p: Props = { a: 1 };
console.log(new Model(p), S.On, State.Off, Object.keys(barrel).sort());
