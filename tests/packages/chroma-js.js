// chroma-js (CommonJS): colour spaces, mixing, scales, contrast.
const chroma = require('chroma-js');
console.log(chroma('hotpink').hex(), chroma('#ff3399').darken(2).hex(), chroma.mix('red', 'blue', 0.5, 'lab').hex(), chroma('orange').rgb(), chroma('teal').hsl().map(x => Math.round(x * 100) / 100));
console.log(chroma.scale(['yellow', '008ae5']).colors(5), chroma.contrast('pink', 'hotpink').toFixed(3), chroma('red').alpha(0.5).css(), chroma.temperature(3500).hex(), chroma.valid('nope'));
