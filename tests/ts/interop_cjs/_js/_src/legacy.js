// Plain CommonJS: a function with properties as module.exports.
function legacy(x) { return 'legacy:' + x; }
legacy.version = '0.1';
legacy.helper = function () { return 'helped'; };
module.exports = legacy;
