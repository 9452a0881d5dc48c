'use strict';
// validateHeaderName/Value and setHeader with node's error codes and messages.
const http = require('http');
function t(f) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
t(() => http.validateHeaderName('x-good'));
t(() => http.validateHeaderName('bad name'));
t(() => http.validateHeaderName(''));
t(() => http.validateHeaderName('é'));
t(() => http.validateHeaderValue('x', 'fine\tvalue'));
t(() => http.validateHeaderValue('x', 'bad\nvalue'));
t(() => http.validateHeaderValue('x', undefined));
const res = new http.OutgoingMessage();
t(() => res.setHeader('a b', '1'));
t(() => res.setHeader('x', 'a\r\nb'));
t(() => res.getHeader(1));
t(() => http.request({ method: 'BAD METHOD', port: 1 }));
t(() => http.request({ path: '/a b', port: 1 }));
t(() => http.request('https://example.com/'));
console.log(typeof http.Agent, typeof http.globalAgent, http.globalAgent.keepAlive,
            http.globalAgent.maxSockets, http.globalAgent.options.timeout, http.maxHeaderSize);
