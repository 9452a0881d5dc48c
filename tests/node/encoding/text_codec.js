// TextEncoder / TextDecoder: labels, BOM, fatal, inspect, errors.
const te = new TextEncoder();
console.log(te, te.encoding, te.encode('hé'), te.encode(), te.encodeInto('h€llo', new Uint8Array(3)));
const td = new TextDecoder();
console.log(td, td.encoding, td.fatal, td.ignoreBOM);
console.log(new TextDecoder('latin1').encoding, new TextDecoder('latin1').decode(new Uint8Array([0x80, 0xe9, 0x9f])));
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x3d, 0xd8, 0x41, 0])));
console.log(new TextDecoder(' UTF8 ').encoding, new TextDecoder('ascii').encoding);
try { new TextDecoder('foo') } catch (e) { console.log(e.name, e.code, e.message) }
try { new TextDecoder('utf8', {fatal:true}).decode(new Uint8Array([0xff])) } catch (e) { console.log(e.name, e.code, e.message) }
try { td.decode(5) } catch (e) { console.log(e.name, e.code, e.message) }
console.log(JSON.stringify(td.decode(new Uint8Array([0xef,0xbb,0xbf,0x41]))), JSON.stringify(new TextDecoder('utf8',{ignoreBOM:true}).decode(new Uint8Array([0xef,0xbb,0xbf,0x41]))));
console.log(Object.prototype.toString.call(td), Object.keys(TextDecoder.prototype), Object.getOwnPropertyNames(TextDecoder.prototype));
console.log(new TextDecoder('utf-16be').encoding);
