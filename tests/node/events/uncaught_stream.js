const EventEmitter = require('events');
const { Readable } = require('stream');
const em = new EventEmitter();
console.log('before');
const r = new Readable({ read() { this.destroy(Object.assign(new Error('source failed'), { code: 'ESRC' })); } });
r.on('data', () => {});
r.on('close', () => { console.log('stream closed, emitting bare error'); em.emit('error', new Error('nobody listens')); });
