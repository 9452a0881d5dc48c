// iconv-lite (CommonJS): encode/decode across single-byte, multi-byte (CJK)
// and UTF-16/32 codecs, BOM handling, streaming decoders, errors.
'use strict';
const iconv = require('iconv-lite');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}
const hex = (b) => Buffer.from(b).toString('hex');

const text = 'Héllo, wörld! Ça coûte 5€ — naïve façade';
show('encodingExists', () => ['utf8', 'UTF-8', 'latin1', 'win1252', 'cp1251', 'koi8-r', 'shift_jis', 'gbk', 'gb18030', 'big5', 'euc-kr', 'euc-jp', 'utf16', 'utf-32le', 'ucs2', 'base64', 'hex', 'macintosh', 'iso-8859-15', 'cp437', 'nope', 'utf-7'].map((e) => iconv.encodingExists(e)));
for (const enc of ['utf8', 'latin1', 'win1252', 'iso-8859-15', 'cp850', 'macintosh', 'utf16le', 'utf16be', 'ucs2', 'utf32le', 'utf32be', 'ascii', 'base64', 'hex', 'binary', 'utf-7', 'utf7-imap']) {
  show('roundtrip ' + enc, () => { const b = iconv.encode(text, enc); return [b.length, hex(b).slice(0, 48), iconv.decode(b, enc)]; });
}
show('cyrillic', () => ['cp1251', 'koi8-r', 'iso-8859-5', 'cp866', 'maccyrillic'].map((e) => { const b = iconv.encode('Привет, мир! Ёж', e); return [e, hex(b), iconv.decode(b, e)]; }));
show('greek hebrew arabic', () => [['cp1253', 'Καλημέρα'], ['iso-8859-7', 'Ελλάδα'], ['cp1255', 'שלום'], ['cp1256', 'مرحبا'], ['iso-8859-9', 'İstanbul ğüşöç'], ['windows-874', 'สวัสดี']].map(([e, s]) => [e, hex(iconv.encode(s, e)), iconv.decode(iconv.encode(s, e), e) === s]));
show('shift_jis', () => { const b = iconv.encode('日本語テキスト、ｶﾀｶﾅ abc', 'shift_jis'); return [hex(b), iconv.decode(b, 'sjis')]; });
show('euc-jp', () => { const b = iconv.encode('漢字とかな', 'euc-jp'); return [hex(b), iconv.decode(b, 'eucjp')]; });
show('gbk gb18030', () => { const s = '中文字符测试 €'; const a = iconv.encode(s, 'gbk'), b = iconv.encode(s, 'gb18030'); return [hex(a), hex(b), iconv.decode(a, 'gbk'), iconv.decode(b, 'gb18030'), hex(iconv.encode('😀𠀀', 'gb18030')), iconv.decode(iconv.encode('😀𠀀', 'gb18030'), 'gb18030')]; });
show('big5', () => { const b = iconv.encode('繁體中文', 'big5'); return [hex(b), iconv.decode(b, 'big5')]; });
show('euc-kr', () => { const b = iconv.encode('한국어 텍스트', 'euc-kr'); return [hex(b), iconv.decode(b, 'cp949')]; });
show('unmappable', () => [hex(iconv.encode('a€☃b', 'latin1')), hex(iconv.encode('日本', 'cp1252')), iconv.decode(Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]), 'win1252'), hex(iconv.encode('☃', 'shift_jis'))]);
show('invalid input bytes', () => [iconv.decode(Buffer.from([0x61, 0xff, 0xfe, 0x62]), 'utf8'), iconv.decode(Buffer.from([0x82]), 'shift_jis'), iconv.decode(Buffer.from([0xc3]), 'utf8'), iconv.decode(Buffer.from([0x41, 0x00, 0x42]), 'utf16le')]);
show('bom', () => [hex(iconv.encode('hi', 'utf16')), hex(iconv.encode('hi', 'utf16le', { addBOM: true })), hex(iconv.encode('hi', 'utf8', { addBOM: true })), iconv.decode(Buffer.from('efbbbf6869', 'hex'), 'utf8'), iconv.decode(Buffer.from('efbbbf6869', 'hex'), 'utf8', { stripBOM: false }).length, iconv.decode(Buffer.from('feff00680069', 'hex'), 'utf16'), iconv.decode(Buffer.from('fffe68006900', 'hex'), 'utf16'), iconv.decode(Buffer.from('68006900', 'hex'), 'utf16')]);
show('utf32 bom', () => [hex(iconv.encode('A😀', 'utf32')), iconv.decode(iconv.encode('A😀', 'utf32'), 'utf32'), iconv.decode(Buffer.from('0000feff00000041', 'hex'), 'utf32')]);
show('decode string input', () => { try { return iconv.decode('abc', 'utf8'); } catch (e) { return e.message; } });
show('unknown encoding', () => iconv.encode('x', 'no-such-enc'));
show('unknown decoding', () => iconv.decode(Buffer.from('x'), 'klingon'));
show('streaming decoder', () => {
  const dec = iconv.getDecoder('utf8');
  const bytes = Buffer.from('añ€😀z', 'utf8');
  let out = '';
  for (const b of bytes) out += dec.write(Buffer.from([b]));
  out += dec.end() || '';
  const sj = iconv.getDecoder('shift_jis');
  const sb = iconv.encode('カタカナ', 'shift_jis');
  let o2 = '';
  for (let i = 0; i < sb.length; i += 3) o2 += sj.write(sb.subarray(i, i + 3));
  o2 += sj.end() || '';
  const u16 = iconv.getDecoder('utf16le');
  const ub = iconv.encode('x😀y', 'utf16le');
  const o3 = u16.write(ub.subarray(0, 3)) + u16.write(ub.subarray(3)) + (u16.end() || '');
  return [out, o2, o3];
});
show('streaming encoder', () => { const enc = iconv.getEncoder('utf16be', { addBOM: true }); return [hex(enc.write('a')), hex(enc.write('😀')), hex(enc.end() || Buffer.alloc(0))]; });
show('stream api', () => typeof iconv.decodeStream + ' ' + typeof iconv.encodeStream);
const { PassThrough } = require('stream');
const src = new PassThrough();
const parts = [];
src.pipe(iconv.decodeStream('win1251')).on('data', (s) => parts.push(s)).on('end', () => {
  console.log('decodeStream: ' + JSON.stringify(parts.join('')));
  const enc = iconv.encodeStream('koi8-r');
  const bufs = [];
  enc.on('data', (b) => bufs.push(b)).on('end', () => console.log('encodeStream: ' + hex(Buffer.concat(bufs))));
  enc.write('Мир ');
  enc.end('дому');
});
const win = iconv.encode('Строка в потоке', 'win1251');
src.write(win.subarray(0, 5));
src.end(win.subarray(5));
