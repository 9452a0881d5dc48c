// config.ts: a CommonJS-style module (`export =`) with its types merged
// into a namespace.
namespace config {
  export interface Config { keep: number; tags: readonly string[] }
  export const defaults: Config = { keep: 2, tags: ["a", "b"] as const };
}
export = config;
