// ESM across files: a const enum used from another file (tsc inlines it),
// an enum merged with itself and a namespace, `export * as`, re-exported
// defaults.
import { classify, Code, Tone, codes } from "./_src/index.js";
import type { CodeType } from "./_src/index.js";
const results: CodeType[] = [1, 12, 30].map(classify);
console.log(results, Code.Fail, Code.Name, Tone, Tone.all);
console.log(codes.default === classify, typeof codes.Tone, codes.Tone.Loud);
switch (classify(15)) {
  case Code.Warn: console.log("warn"); break;
  default: console.log("other");
}
