exports.enabled = true;
exports.level = 3;
Object.defineProperty(exports, '__esModule', { value: true });
exports.default = 'flags-default';
