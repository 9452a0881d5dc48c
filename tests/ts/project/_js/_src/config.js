"use strict";
// config.ts: a CommonJS-style module (`export =`) with its types merged
// into a namespace.
var config;
(function (config) {
    config.defaults = { keep: 2, tags: ["a", "b"] };
})(config || (config = {}));
module.exports = config;
