// eventemitter2 (CommonJS, UMD): wildcards, many, onAny, emitAsync, waitFor.
const { EventEmitter2 } = require('eventemitter2');
const e = new EventEmitter2({ wildcard: true, delimiter: '.', maxListeners: 5 });
e.on('user.*', function (v) { console.log('wild', this.event, v); });
e.on('user.login', v => console.log('login', v));
e.once('user.logout', v => console.log('once', v));
e.onAny((ev, v) => console.log('any', ev, v));
e.emit('user.login', 1); e.emit('user.logout', 2); e.emit('user.logout', 3);
e.many('x', 2, v => console.log('many', v)); e.emit('x', 1); e.emit('x', 2); e.emit('x', 3);
console.log(e.listeners('user.login').length, e.eventNames());
e.on('async', async v => v * 2);
e.emitAsync('async', 21).then(r => console.log('async', r));
e.waitFor('later').then(r => console.log('waited', r)); setTimeout(() => e.emit('later', 'z'), 2);
