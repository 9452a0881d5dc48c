// Buffers in and out: inputs that are Buffers or views into them, results
// that are Buffers, node's wording for Buffer arguments.
const c = require('crypto');
function t(f){ try { const r = f(); console.log('ok', r); } catch(e){ console.log(e.name, e.code, JSON.stringify(e.message)); } }
t(()=>c.createHash(Buffer.from('x')));
t(()=>c.createHash('sha1').update(new ArrayBuffer(2)));
t(()=>c.createHash('sha1').update(Buffer.from('abc')).digest('hex'));
t(()=>c.createHash('sha1').update(Buffer.from('abc').subarray(1)).digest('hex'));
t(()=>c.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)).update(Buffer.from('x')).length);
t(()=>c.randomFillSync(Buffer.alloc(8), 2, 2).subarray(0,2));
t(()=>c.createHash('sha1').update('x').digest().toString('hex'));
