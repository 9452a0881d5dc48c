// read_prop_undefined.js: reading a property of undefined is an uncaught
// TypeError: exit 1, V8's message on stderr, earlier output kept.
function lookup(config) {
  return config.settings.port;
}
console.log("before");
console.log(lookup({ settings: { port: 80 } }));
console.log(lookup({}));
console.log("never printed");
