// util.styleText: node 20 colours an array of formats even when stdout does
// not colour (a single format stays plain); formats are still validated.
const util = require('util');
console.log(JSON.stringify(util.styleText('red', 'plain')));
console.log(JSON.stringify(util.styleText(['red'], 'one')));
console.log(JSON.stringify(util.styleText(['bold', 'underline'], 'two')));
console.log(JSON.stringify(util.styleText([], 'none')));
console.log(JSON.stringify(util.styleText('green', 'forced', { validateStream: false })));
try { util.styleText(['red', 'nope'], 'x'); } catch (e) { console.log(e.code, e.message.slice(-15)); }
try { util.styleText(['red'], 'x', { stream: 5 }); } catch (e) { console.log(e.code, e.message); }
