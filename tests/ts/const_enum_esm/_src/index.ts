export * as codes from "./codes.js";
export { default as classify, Code, Tone } from "./codes.js";
export type { Code as CodeType } from "./codes.js";
