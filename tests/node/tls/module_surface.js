'use strict';
// The module surface: export names in node's order, the root store, the cipher list.
const tls = require('tls');
console.log(Object.keys(tls));
const r = tls.rootCertificates;
console.log(r.length > 100, Object.isFrozen(r), r[0].startsWith('-----BEGIN CERTIFICATE-----\n'), r[0].endsWith('-----END CERTIFICATE-----'), r === tls.rootCertificates);
const c = tls.getCiphers();
console.log(c.length > 50, c.includes('tls_aes_128_gcm_sha256'), c.includes('ecdhe-rsa-aes128-gcm-sha256'), c.every((x) => x === x.toLowerCase()));
console.log(Object.keys(require('https')));
