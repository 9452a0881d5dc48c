// TextDecoder for the single-byte encodings node 20 knows (by name and by
// label): every byte decoded, holes as U+FFFD (fatal throws), streaming.
const enc = ['ibm866','iso-8859-2','iso-8859-3','iso-8859-4','iso-8859-5','iso-8859-6','iso-8859-7','iso-8859-8','iso-8859-8-i','iso-8859-10','iso-8859-13','iso-8859-14','iso-8859-15','koi8-r','koi8-u','macintosh','windows-874','windows-1250','windows-1251','windows-1253','windows-1254','windows-1255','windows-1256','windows-1257','windows-1258','x-mac-cyrillic','latin2','cp1251','tis-620','iso-8859-9','mac','koi','iso-8859-16'];
const all = new Uint8Array(256); for (let i = 0; i < 256; i++) all[i] = i;
for (const e of enc) {
  try {
    const d = new TextDecoder(e);
    const s = d.decode(all);
    let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
    let fatal; try { new TextDecoder(e, { fatal: true }).decode(all); fatal = 'ok'; } catch (x) { fatal = x.code; }
    console.log(e, d.encoding, s.length, h, fatal, JSON.stringify(d.decode(new Uint8Array([0xc1, 0xe4, 0x41]), { stream: true })));
  } catch (x) { console.log(e, x.code, x.message); }
}
console.log(new TextDecoder('windows-1251').decode(new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])),
            new TextDecoder('iso-8859-2').decode(new Uint8Array([0xa1, 0xb1])));
try { new TextDecoder('iso-8859-3', { fatal: true }).decode(new Uint8Array([0x41, 0xa5])); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(JSON.stringify(new TextDecoder('iso-8859-3').decode(new Uint8Array([0x41, 0xa5, 0x42]))));
