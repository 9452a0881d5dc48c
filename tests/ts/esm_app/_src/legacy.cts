// A CommonJS helper in an ESM package: `export =` and `import = require`.
import path = require("node:path");
function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
namespace slug {
  export const sep = path.posix.sep;
  export function join(...parts: string[]) { return parts.map(slug).join(sep); }
}
export = slug;
