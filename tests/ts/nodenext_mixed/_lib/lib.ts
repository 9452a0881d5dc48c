export * from "./dep.js";
export const value = 7;
export class Tool { name = "tool"; }
export default "lib default";
export { own } from "./dep.js";
