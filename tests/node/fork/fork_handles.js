'use strict';
// fork(__filename): the same module as the child; a net.Server and a
// net.Socket sent to it with child.send(message, handle).
const { fork } = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  let server;
  process.on('message', (m, handle) => {
    if (m === 'server') {
      server = handle;
      handle.on('connection', (socket) => socket.end('served by child\n'));
      process.send({ got: m, listening: handle.listening });
    } else if (m.kind === 'socket') {
      handle.end(`child has socket ${m.n}\n`);
      process.send({ got: m.kind, isSocket: handle instanceof net.Socket });
    } else if (m === 'bye') {
      if (server) server.close();
      process.disconnect();
    }
  });
} else {
  const child = fork(__filename, ['child']);
  const read = (port) => new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let data = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { data += d; });
    c.on('end', () => resolve(data));
  });
  const waitMessage = () => new Promise((resolve) => child.once('message', resolve));
  const server = net.createServer();
  server.listen(0, '127.0.0.1', async () => {
    const port = server.address().port;
    child.send('server', server);
    console.log('parent got', JSON.stringify(await waitMessage()));
    server.close();  // the child's copy still listens
    console.log(JSON.stringify(await read(port)));
    const s2 = net.createServer((socket) => child.send({ kind: 'socket', n: 7 }, socket));
    s2.listen(0, '127.0.0.1', async () => {
      const [m, text] = await Promise.all([waitMessage(), read(s2.address().port)]);
      console.log('parent got', JSON.stringify(m));
      console.log(JSON.stringify(text));
      s2.close();
      child.send('bye');
    });
  });
  child.on('exit', (code) => console.log('child exit', code));
}
