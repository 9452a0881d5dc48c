// ts_syntax_error_nested.ts: a TypeScript syntax error inside a generic
// signature points into the .ts source.
export function pick<T, K extends keyof T>(o: T, k: K: T[K] {
  return o[k];
}
