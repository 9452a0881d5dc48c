// MessageChannel / MessagePort: asynchronous, cloned delivery.
const { port1, port2 } = new MessageChannel();
const sent = { a: [1, new Map([[1, 2]])], d: new Date(0) };
port2.onmessage = (e) => {
  console.log('got', e.data, e.constructor.name, e.type, e.target === port2, e.data === sent);
  if (e.data === 'last') port2.close();
};
port1.postMessage(sent);
port1.postMessage('last');
console.log('posted');
port2.addEventListener('close', () => console.log('port2 close'));
Promise.resolve().then(() => console.log('microtask first'));
try { port1.postMessage(() => {}); } catch (e) { console.log(e.name, e.code); }
try { port1.postMessage(); } catch (e) { console.log(e.name, e.message); }
console.log(port1 instanceof EventTarget, typeof MessagePort, port1 instanceof MessagePort);
try { new MessagePort(); } catch (e) { console.log(e.name, e.code, e.message); }

// .on('message') receives the data; an unref'd port does not keep the process alive.
const ch = new MessageChannel();
ch.port1.on('message', (data) => {
  console.log('on message', data);
  ch.port1.close();
});
ch.port2.postMessage({ x: 1 });
const idle = new MessageChannel();
idle.port1.onmessage = () => console.log('never');
idle.port1.unref();
