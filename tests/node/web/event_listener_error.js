// A throwing listener does not stop the dispatch; the error becomes uncaught afterwards.
const et = new EventTarget();
et.addEventListener('x', () => { throw new TypeError('listener failed'); });
et.addEventListener('x', () => console.log('second still runs'));
console.log('dispatch returned', et.dispatchEvent(new Event('x')));
console.log('after dispatch');
process.on('exit', (c) => console.log('exit', c));
