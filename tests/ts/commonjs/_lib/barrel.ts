export { counter as count, Shape } from "./values";
export type { Alias } from "./values";
export { Unused } from "./values";
export * from "./kinds";
export * as everything from "./totals";
import { Mode } from "./values";
import { Props } from "./kinds";
export { Mode, Props };
export const own = "own";
