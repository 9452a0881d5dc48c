// WHATWG URL setters: each row sets one attribute on a fresh URL and prints
// the resulting href and the attribute read back.
'use strict';
const rows = [
  ['protocol', 'a://example.net', ['', 'b', 'B', 'é', '0b', 'b,c', 'bé', 'http', 'c:', 'c: wat']],
  ['protocol', 'http://example.net', ['https', 'https:', 'file', 'ftp:', 'foo', 'ws', 'javascript']],
  ['protocol', 'https://example.net:1234', ['file', 'http', 'ws']],
  ['protocol', 'wss://x:x@example.net:1234', ['file']],
  ['protocol', 'file://localhost/', ['http', 'foo']],
  ['protocol', 'file:///test', ['https']],
  ['protocol', 'file:', ['wss']],
  ['protocol', 'http://example.net:80/', ['https', 'ws', 'wss', 'ftp']],
  ['protocol', 'ssh://me@example.net', ['http', 'https', 'file', 'gopher', 'ws', 'wss', 'ftp']],
  ['protocol', 'mailto:me@example.net', ['http']],
  ['protocol', 'data:text/html,<p>Test', ['view-source+data']],
  ['protocol', 'http://foo.com:443/', ['https']],
  ['username', 'file:///home/you/index.html', ['me']],
  ['username', 'unix:/run/foo.socket', ['me']],
  ['username', 'mailto:you@example.net', ['me']],
  ['username', 'javascript:alert(1)', ['wario']],
  ['username', 'http://example.net', ['me', '', '\u0000\u0001\t\n\r\u001f !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\u007f\u0080\u0081Éé', '%c3%89té']],
  ['username', 'http://:secret@example.net', ['me', '']],
  ['username', 'http://me@example.net', ['']],
  ['username', 'sc:///', ['x']],
  ['username', 'javascript://x/', ['wario']],
  ['username', 'file://test/', ['test']],
  ['password', 'file:///home/me/index.html', ['secret']],
  ['password', 'http://example.net', ['secret', '', '\u0000\u0001\t\n\r\u001f !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\u007f\u0080\u0081Éé', '%c3%89té']],
  ['password', 'http://me:secret@example.net', ['']],
  ['password', 'http://:secret@example.net', ['']],
  ['password', 'unix:/run/foo.socket', ['secret']],
  ['password', 'sc:///', ['x']],
  ['host', 'sc://x/', ['\u0000', '\t', '\n', '\r', ' ', '#', '/', '?', '@', 'ß']],
  ['host', 'https://x/', ['ß']],
  ['host', 'mailto:me@example.net', ['example.com']],
  ['host', 'data:text/plain,Stuff', ['example.net']],
  ['host', 'http://example.net', ['example.com:8080', 'example.com:', '', 'example.com:80', 'example.com:443']],
  ['host', 'http://example.net:8080', ['example.com', 'example.com:', 'example.com:65535', 'example.com:65536', 'example.com:1234abc']],
  ['host', 'https://example.net:8080', ['example.com:443']],
  ['host', 'view-source+http://example.net/foo', ['', '\\']],
  ['host', 'view-source+http://example.net/path', ['example.com\\stuff']],
  ['host', 'http://example.net/path', ['example.com/stuff', 'example.com?stuff', 'example.com#stuff', 'example.com\\stuff', 'example.com:8080/stuff', 'example.com:8080?stuff', 'example.com:8080#stuff', 'example.com:8080\\stuff', '0x7F000001:8080', '[::0:01]:2', '[2001:db8::2]:4005', 'example.com:65535', 'example.com:65536']],
  ['host', 'view-source+http://example.net/path', ['example.com:8080stuff2']],
  ['host', 'http://example.net/path', ['example.com:8080stuff2', 'example.com:8080+2', 'example.com:00080', 'example.com:+2']],
  ['host', 'file://y/', ['x:123', 'loc%41lhost', '']],
  ['host', 'file://hi/x', ['']],
  ['host', 'sc://test@test/', ['']],
  ['host', 'sc://test:12/', ['']],
  ['host', 'http://example.com/', ['///bad.com', '[::1]:', 'a:-1']],
  ['hostname', 'sc://x/', ['\u0000', '\t', ' ', '#', '/', '?', '@']],
  ['hostname', 'mailto:me@example.net', ['example.com']],
  ['hostname', 'http://example.net:8080', ['example.com', '', 'example.com:8080', '0x7F000001', '[::0:01]', 'example.com?stuff']],
  ['hostname', 'http://example.net/path', ['example.com/stuff', 'example.com#stuff', 'example.com\\stuff']],
  ['hostname', 'file://y/', ['x:123', 'loc%41lhost', '']],
  ['hostname', 'sc://test@test/', ['']],
  ['hostname', 'non-spec:/.//p', ['h', '']],
  ['hostname', 'http://example.com/', ['[google.com]', '[::1.2.3.4x]', '[::1.2.3.]', '[::1]:80']],
  ['port', 'http://example.net', ['8080', '', '80', '0', '65535', '65536', 'randomstring', '8080stuff', '8080/stuff', '8080?stuff', '8080#stuff', '8080\\stuff', '\t8080', '-1', '+8080']],
  ['port', 'http://example.net:8080', ['', '80']],
  ['port', 'https://example.net:4433', ['443']],
  ['port', 'view-source+http://example.net/path', ['8080stuff2', '8080\\stuff']],
  ['port', 'file://test/', ['12']],
  ['port', 'file://localhost/', ['12']],
  ['port', 'non-base:value', ['12']],
  ['port', 'sc:///', ['12']],
  ['port', 'sc://x/', ['12', '4294967297']],
  ['pathname', 'mailto:me@example.net', ['/foo']],
  ['pathname', 'unix:/run/foo.socket?timeout=10', ['/var/log/../run/bar.socket']],
  ['pathname', 'https://example.net#nav', ['home', '../home']],
  ['pathname', 'http://example.net/home?lang=fr#nav', ['\\a\\%2E\\b\\%2e.\\c']],
  ['pathname', 'view-source+http://example.net/home?lang=fr#nav', ['\\a\\%2E\\b\\%2e.\\c']],
  ['pathname', 'a:/', ['\u0000\u0001\t\n\r\u001f !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\u007f\u0080\u0081Éé']],
  ['pathname', 'http://example.net/', ['%2e%2E%c3%89té', '?', '#', '/.']],
  ['pathname', 'sc://example.net', ['?', '#', '/?', '/#']],
  ['pathname', 'file://monkey/', ['\\\\']],
  ['pathname', 'file:///unicorn', ['//\\/']],
  ['pathname', 'file:///unicorn', ['//monkey/..//']],
  ['pathname', 'non-spec:/', ['/.//p', '/..//p', '//p']],
  ['pathname', 'non-spec:/.//', ['p']],
  ['pathname', 'data:/nospace', ['space ']],
  ['pathname', 'sc:/nospace', ['space ']],
  ['pathname', 'http://example.net/', [' ', '\u0009']],
  ['search', 'https://example.net#nav', ['lang=fr']],
  ['search', 'https://example.net/?lang=en-US#nav', ['lang=fr', '?lang=fr', '??lang=fr', '?', '']],
  ['search', 'https://example.net/?lang=en-US', ['']],
  ['search', 'https://example.net', ['']],
  ['search', 'a:/', ['\u0000\u0001\t\n\r\u001f !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\u007f\u0080\u0081Éé']],
  ['search', 'http://example.net', ['%c3%89té']],
  ['search', 'data:space ?query', ['']],
  ['search', 'sc:space ?query', ['']],
  ['search', 'data:space  #fragment', ['']],
  ['search', 'sc:space  #fragment', ['']],
  ['hash', 'https://example.net', ['main']],
  ['hash', 'https://example.net#nav', ['main', '#main', '##nav', '', '#']],
  ['hash', 'https://example.net?lang=en-US#nav', ['#main', '#']],
  ['hash', 'https://example.net?lang=en-US', ['']],
  ['hash', 'http://example.net', ['#foo bar', '#foo"bar', '#foo<bar', '#foo>bar', '#foo`bar']],
  ['hash', 'a:/', ['\u0000\u0001\t\n\r\u001f !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\u007f\u0080\u0081Éé']],
  ['hash', 'http://example.net', ['a\u0000b', '%c3%89té']],
  ['hash', 'data:space                                                                   #fragment', ['']],
  ['hash', 'sc:space    #fragment', ['']],
  ['hash', 'javascript:alert(1)', ['castle']],
  ['href', 'http://example.net/', ['https://a.b/c?d#e', 'not a url', 'rel/ative', 'file:///C|/x', '  http://x/  ']],
];
let count = 0;
for (const [attr, base, values] of rows) {
  for (const v of values) {
    const u = new URL(base);
    let err = '';
    try {
      u[attr] = v;
    } catch (e) {
      err = ' threw ' + e.name + ' ' + e.code + ' ' + e.message;
    }
    console.log(attr, JSON.stringify(base), JSON.stringify(v), '->', JSON.stringify(u.href),
                JSON.stringify(u[attr]) + err);
    count++;
  }
}
// setters coerce their argument with String()
const u = new URL('http://h/');
u.port = 8080; u.pathname = 12; u.hash = null; u.search = undefined;
console.log(u.href);
u.search = ''; u.hash = '';
console.log(u.href);
console.log(count, 'setter cases');
