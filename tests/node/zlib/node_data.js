// Streams made by node (its bundled zlib, whose output can differ from
// the system zlib's) decode to the original input, and kiln's own
// streams of the same input decode too.
const zlib = require('zlib');

// Compressed by node 20 (base64).
const node = {
  fox: 'eJwLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlPBwBb3A/a',
  tobe9: 'H4sIAAAAAAACAyvJV0hKVcgvUsjLL1EoAXF0FEoyEksUMosVSjJSFQpLU4tLMvPzrCGSKCoBM8UWPDwAAAA=',
  tobeRaw1: 'K8lXSEpVyC9SyMsvUSgBcXQUSjISSxQyixVKMlIVCktTi0sy8/OsIZIoKgE=',
  big: 'eJzt1TFuAjEURdE+q/AS8v9AgCwHGJIiwtJo9q8UbOB1NKe09Cpfy2dbb3O7j88xH2P/Xcff/Pke+xzXdcxtPOf+Onxsr91ySYfndHhKh1/p8JgOD+lwSYedDisdpmU6LdNpmU7LdFqm0zKdlum0TKdlOi3TaZlKy1RaptIylZaptEylZSotU2mZSstUWiYNk3ZJs6RV0ijxP5Y+7fSiwx1d6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQpc36/IPuFMUfg==',
  bigGzip: 'H4sIAAAAAAACA+3VMW4CMRRF0T6r8BLy/0CALAcYkiLC0mj2rxRs4HU0p7T0Kl/LZ1tvc7uPzzEfY/9dx9/8+R77HNd1zG085/46fGyv3XJJh+d0eEqHX+nwmA4P6XBJh50OKx2mZTot02mZTst0WqbTMp2W6bRMp2U6LdNpmUrLVFqm0jKVlqm0TKVlKi1TaZlKy1RaJg2TdkmzpFXSKPE/lj7t9KLDHV3oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehCF7rQhS50oQtd6EIXutCFLnShC13oQhe60IUudKELXehClzfr8g//ypYeit0BAA==',
};

function fromBase64(s) {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = [];
  let bits = 0, n = 0;
  for (const ch of s) {
    if (ch === '=') break;
    bits = (bits << 6) | abc.indexOf(ch);
    n += 6;
    if (n >= 8) {
      n -= 8;
      out.push((bits >> n) & 0xff);
    }
  }
  return new Uint8Array(out);
}

function text(b) {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

let big = '';
for (let i = 0; i < 3000; i++) big += 'record ' + (i * 7919 % 40) + ' of the log: to be or not to be\n';
const tobe = 'to be or not to be, that is the question; to be or not to be';

console.log(text(zlib.inflateSync(fromBase64(node.fox))));
console.log(text(zlib.unzipSync(fromBase64(node.fox))));
console.log(text(zlib.gunzipSync(fromBase64(node.tobe9))));
console.log(text(zlib.unzipSync(fromBase64(node.tobe9))));
console.log(text(zlib.inflateRawSync(fromBase64(node.tobeRaw1))));
console.log(text(zlib.inflateSync(fromBase64(node.big))) === big);
console.log(text(zlib.gunzipSync(fromBase64(node.bigGzip))) === big);
console.log(text(zlib.inflateSync(zlib.deflateSync(big, { level: 9 }))) === big);
console.log(text(zlib.gunzipSync(zlib.gzipSync(tobe, { level: 1 }))) === tobe);
// A small chunkSize makes many output pieces.
console.log(text(zlib.inflateSync(fromBase64(node.big), { chunkSize: 64 })) === big);
console.log(text(zlib.gunzipSync(fromBase64(node.bigGzip), { chunkSize: 100 })).length);
