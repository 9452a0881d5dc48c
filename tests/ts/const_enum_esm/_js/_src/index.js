export * as codes from "./codes.js";
export { default as classify, Tone } from "./codes.js";
