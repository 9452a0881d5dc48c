// How StringDecoder, Blob and Buffer objects print, and Buffer over a given ArrayBuffer.
const { StringDecoder } = require('string_decoder');
console.log(new StringDecoder());
console.log(new StringDecoder('hex'));
const d = new StringDecoder('utf8'); d.write(Buffer.from([0xe2]));
console.log(d);
console.log(Object.keys(require('string_decoder')), typeof Buffer.from, Buffer.name, Buffer.length);
const ab = new ArrayBuffer(4); const b = Buffer.from(ab);
console.log(b.buffer === ab);
console.log(new Blob(['abc']), [new Blob(['x'])]);
