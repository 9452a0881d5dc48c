// @iarna/toml (CommonJS): scoped package, TOML parse and stringify with dates.
const TOML = require('@iarna/toml');
const src = `title = "TOML"\n[owner]\nname = "Tom"\ndob = 1979-05-27T07:32:00-08:00\n[database]\nports = [ 8001, 8001, 8002 ]\nenabled = true\ntemp = { cpu = 79.5, case = 72.0 }\n[[products]]\nname = "Hammer"\nsku = 738594937\n[[products]]\nname = "Nail"\n`;
const o = TOML.parse(src); console.log(JSON.stringify(o)); console.log(TOML.stringify(o));
try { TOML.parse('a = '); } catch (e) { console.log(e.name, e.line, e.col, e.message.split('\n')[0]); }
