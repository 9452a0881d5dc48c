// transcode, and wide characters in hex/base64 strings (node reads their low byte).
console.log(Buffer.from('\u0141\u0141', 'hex'), Buffer.from('\u0141\u0141', 'base64'), Buffer.from('aGk\u013d', 'base64'), Buffer.from('\u0161\u0162', 'hex'), Buffer.from('\u0161\u0162\u0163\u0164','base64'));
console.log(Buffer.from('€', 'latin1'), Buffer.from('€', 'ascii'), Buffer.byteLength('\u0141\u0141', 'hex'));
const { transcode } = require('buffer');
console.log(transcode(Buffer.from('h€llo é'), 'utf8', 'ascii'), transcode(Buffer.from('h€llo é'), 'utf8', 'latin1'), transcode(Buffer.from('hé'), 'utf8', 'ucs2'), transcode(Buffer.from('hé', 'ucs2'), 'ucs2', 'utf8'), transcode(Buffer.from('hé', 'latin1'), 'latin1', 'utf8'), transcode(Buffer.from([0xff, 0x41]), 'utf8', 'latin1'));
try { transcode(Buffer.from('a'), 'utf8', 'hex') } catch (e) { console.log(e.name, e.code, e.message) }
try { transcode('a', 'utf8', 'ascii') } catch (e) { console.log(e.name, e.code, e.message) }
console.log(transcode(Buffer.from('😀'), 'utf8', 'latin1'), transcode(Buffer.from('😀'), 'utf8', 'ascii'), transcode(Buffer.from('a'), 'binary', 'utf16le'), transcode(new Uint8Array([0x61]), 'ascii', 'utf8'));
for (const s of ['\ud83d\ude00aGk', 'aGk\ud83d\ude00', 'aGk\ud83d', 'aG\udc00k', 'aGk😀 smile', '😀 smile', '😀aGkx', '😀aGkxMjM0', ' smile', '😀  smile']) console.log(JSON.stringify(s), Buffer.from(s, 'base64'), Buffer.byteLength(s, 'base64'));
