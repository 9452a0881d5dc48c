const net = require('net');
const server = net.createServer((sock) => {
  sock.setEncoding('utf8');
  let buf = '';
  sock.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i); buf = buf.slice(i + 1);
      if (line === 'quit') { sock.end('bye\n'); return; }
      sock.write(line.split('').reverse().join('') + '\n');
    }
  });
  sock.on('end', () => slog.push('server: client ended'));
  sock.on('close', (hadErr) => { slog.push('server: socket closed ' + hadErr); server.close(); });
});
const slog = [];
let closes = 0;
function done() { if (++closes < 2) return; console.log(slog); const bad = net.connect(1, '127.0.0.1'); bad.on('error', (e) => console.log('connect error', e.code, e.message)); }
server.on('close', () => { slog.push('server closed'); done(); });
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = net.connect({ port, host: '127.0.0.1' }, () => {
    console.log('client connected', client.remoteAddress, client.remoteFamily, typeof client.localPort);
    client.write('hello\nworld\n');
    setTimeout(() => client.write('quit\n'), 10);
  });
  let got = '';
  client.on('data', (d) => { got += d; });
  client.on('end', () => { console.log('client got', JSON.stringify(got)); });
  client.on('close', () => {
    console.log('client closed', client.bytesWritten, client.bytesRead);
    done();
  });
});
console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('nope'), net.isIPv4('1.2.3.4'), net.isIPv6('1.2.3.4'));
