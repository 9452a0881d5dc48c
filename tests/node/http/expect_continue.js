'use strict';
// 'Expect: 100-continue': the default answer, checkContinue, the client's
// 'continue' event before it sends the body; 417 for other expectations.
const http = require('http');
const server = http.createServer((req, res) => {
  let b = '';
  req.on('data', (d) => { b += d; });
  req.on('end', () => res.end('got ' + b));
});
function post(port, expect) {
  return new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', headers: { Expect: expect } });
    req.on('continue', () => { console.log('continue'); req.end('the body'); });
    req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage));
    req.on('response', (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`${res.statusCode} ${JSON.stringify(b)}`));
    });
    if (expect !== '100-continue') req.end();
  });
}
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(await post(port, '100-continue'));
  server.on('checkContinue', (req, res) => {
    console.log('checkContinue', req.url);
    res.writeContinue();
    server.emit('request', req, res);
  });
  console.log(await post(port, '100-continue'));
  console.log(await post(port, 'something-else'));
  server.close();
});
