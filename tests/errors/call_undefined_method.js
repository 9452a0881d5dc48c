// call_undefined_method.js: calling a missing method.
const config = { start() { return "started"; } };
console.log(config.start());
config.stop();
