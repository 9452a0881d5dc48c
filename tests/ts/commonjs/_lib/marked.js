// marked.js: CommonJS as tsc or babel emit it (__esModule: true).
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = "marked default";
exports.extra = "extra";
