"use strict";
// A CommonJS helper in an ESM package: `export =` and `import = require`.
const path = require("node:path");
function slug(s) {
    return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
(function (slug) {
    slug.sep = path.posix.sep;
    function join(...parts) { return parts.map(slug).join(slug.sep); }
    slug.join = join;
})(slug || (slug = {}));
module.exports = slug;
