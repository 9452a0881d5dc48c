// export({ format: 'jwk' }) of RSA, EC (P-256/384/521, secp256k1; others refused)
// and OKP keys, members in node's order.
const c = require('crypto');
const fixedRsa = "-----BEGIN PRIVATE KEY-----\nMIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBANKbw+i7hgtgARUE\neteaJza0sCOgxYztNczhZrvyO0E/76IEwAH+OcArtzYB69r9siouq/l94T85Ez/8\ndGuaN6OQ2blCDrcOLOSfk8MI2lo9JrqIbDIo4zdAAXATA/eRTBRoEq6Mq1C1gSWB\neZsTx8zTc/vyuNGQAgPFm4qRI++HAgMBAAECgYEAnsA7FBsGF1zuc+FEl2/jTyE0\nBCcTwf6sJxtgTRtx/uUqxH3AHcB715ccKuGX3yKMQa+cghuYxgdHs1ughdthQ9Nj\nmmWtjEXlDwlL+cbtE41eOPCS0pUkYzDT9hFJOa72hj7nIrSgjlwHCw3HnLSDt73n\n+SRsXcniLWiKwRY9msECQQDzViw6Sbj6M+embdfFdCoR9gNOroSSIoD/IrPC7saL\n5BwOpQN55Yth+klJuMnngwer7LNrrkpKR+vviy7j6i1lAkEA3ZGTM2ytjLs7f+kq\n9+k48e2lck+Xkzv2nB9VA9ibUTB5FpIvGI9HulA5WQedFLf1XG3/yczz282fjc16\njq2gewJARO9WnDSiaI8nwug/RjrAaFIvYazi9Zs8vAqSrliCesLmh+eLco7qy5ji\nBjaJTEK8e6IUuh6oAR8a4cOmRv7iWQJBAJCDV4gt9RAaOpeWBBGISzz4LHXfVdSR\nQqrXgMKub7dHr2K6W/9fzH/HvW/FGH4f8eekUzZS+Ca/+bYqdCpFMqsCQF0OJGNM\nsI2DZPqB/bZXW6M2beCZ55xdVvorc5Whk0ulmOGCNNjjjZoVi3fCC9jl6F7e94Tb\nvWNq6w00eu1RJBc=\n-----END PRIVATE KEY-----\n";
const fixedEd = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJCw5wpC7D9/ZeHZn0C4MNFzVICgdjOKu3fHJmd7mlqq\n-----END PRIVATE KEY-----\n";
const rsa = c.createPrivateKey(fixedRsa);
console.log(rsa.export({ format: 'jwk' }), c.createPublicKey(rsa).export({ format: 'jwk' }));
const ed = c.createPrivateKey(fixedEd);
console.log(ed.export({ format: 'jwk' }), c.createPublicKey(ed).export({ format: 'jwk' }));
console.log(ed.export({ format: 'jwk' }), c.createPublicKey(ed).export({ format: 'jwk' }));
for (const curve of ['P-256', 'secp384r1', 'P-521', 'secp256k1', 'secp224r1']) {
  const k = c.generateKeyPairSync('ec', { namedCurve: curve });
  try { const j = k.privateKey.export({ format: 'jwk' }); console.log(curve, Object.keys(j), j.crv, Buffer.from(j.x, 'base64url').length, Buffer.from(j.d, 'base64url').length); } catch (e) { console.log(e.code, e.message); }
}
const x = c.generateKeyPairSync('x25519'); console.log(Object.keys(x.privateKey.export({ format: 'jwk' })), x.publicKey.export({ format: 'jwk' }).crv);
