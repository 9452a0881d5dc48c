// A package with an exports map: import and require get different files
// (conditions), subpath patterns, #imports and self-reference; the CommonJS
// and ES forms share one instance of the module they both require.
import { format, hit } from 'dual-pkg';
import { feature } from 'dual-pkg/features/alpha';
import { createRequire } from 'node:module';
import pkgJson from 'dual-pkg/package.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const cjs = require('dual-pkg');
const cjsFeature = require('dual-pkg/features/alpha');

console.log(format, cjs.format, feature, cjsFeature.feature);
console.log(hit(), cjs.hit(), hit());
console.log(cjs.self(), pkgJson.version);
try {
  await import('dual-pkg/lib/legacy.js');
} catch (e) {
  console.log(e.code);
}
