// TextDecoder streaming across chunk boundaries (utf-8, utf-16le/be) and encodeInto.
const td = new TextDecoder();
try { td.decode(5) } catch (e) { console.log(e.message) }
try { td.decode('abc') } catch (e) { console.log(e.message) }
try { new TextDecoder('utf8', 5) } catch (e) { console.log(e.message) }
try { new TextEncoder().encodeInto('a', []) } catch (e) { console.log(e.code, e.message) }
console.log(JSON.stringify(new TextDecoder('latin1').decode(new Uint8Array([0x80, 0xe9, 0x9f]))));
const s = new TextDecoder();
console.log(JSON.stringify([s.decode(new Uint8Array([0xe2, 0x82]), {stream:true}), s.decode(new Uint8Array([0xac])), s.decode(new Uint8Array([0xe2]))]));
const u = new TextDecoder('utf-16le');
console.log(JSON.stringify([u.decode(new Uint8Array([0xff,0xfe,0x41]), {stream:true}), u.decode(new Uint8Array([0, 0x3d, 0xd8]), {stream:true}), u.decode(new Uint8Array([0, 0xde])), u.decode(new Uint8Array([0x41]))]));
console.log(JSON.stringify(new TextDecoder('utf-16be').decode(new Uint8Array([0, 0x41, 0xd8, 0x3d]))));
const f = new TextDecoder('utf-8', {fatal: true});
try { f.decode(new Uint8Array([0xe2,0x82])) } catch (e) { console.log(e.message) }
console.log(f.decode(new Uint8Array([0xe2,0x82]), {stream:true}), f.decode(new Uint8Array([0xac])));
console.log(new TextEncoder().encodeInto('😀a', new Uint8Array(3)), new TextEncoder().encode('\ud800'));
const f2 = new TextDecoder('utf-8', {fatal: true});
try { f2.decode(new Uint8Array([0xe2,0x82])) } catch (e) { console.log(e.message) }
console.log(JSON.stringify(f2.decode(new Uint8Array([0xe2,0x82]), {stream:true})), f2.decode(new Uint8Array([0xac])));
console.log(new TextEncoder().encodeInto('😀a', new Uint8Array(3)), new TextEncoder().encode('\ud800'), new TextEncoder().encodeInto('héllo', new Uint8Array(10)));
console.log(new TextDecoder().decode(new Uint16Array([0x6968])), new TextDecoder('utf-16le', {fatal: true}).decode(new Uint8Array([0x41, 0])));
try { new TextDecoder('utf-16le', {fatal: true}).decode(new Uint8Array([0x00, 0xd8])); } catch (e) { console.log(e.code, e.message); }
const big = '€😀x'.repeat(50000);
console.log(new TextDecoder().decode(new TextEncoder().encode(big)) === big);
