#!/usr/bin/env python3
"""fuzz/seeds.py TARGET OUTDIR: a seed corpus for a fuzz target, taken
from the tests (scripts/fuzz.sh runs it once per build tree).

  compile  the test programs (tests/<suite>/*.js .mjs .ts), with the first
           line fuzz_compile.c reads: //ts, //mjs
  json     tests' .json files and the strings given to JSON.parse
  regexp   the regex literals of the tests, as "flags\\npattern\\nsubject"
  url      the URL strings of the tests, some with a base
  number   numeric literals and number strings of the tests, and doubles
  http     requests and responses of the kinds the http tests send
"""
import hashlib
import os
import re
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, 'tests')
SUITES = ['lang', 'builtins', 'errors', 'diag', 'eventloop', 'modules', 'node', 'decorators',
          'ts', 'intl', 'difffuzz']


def sources(exts=('.js', '.mjs', '.ts')):
    for suite in SUITES:
        d = os.path.join(TESTS, suite)
        for dirpath, dirnames, files in os.walk(d):
            dirnames[:] = sorted(x for x in dirnames if x != 'node_modules')
            for f in sorted(files):
                if f.endswith(exts):
                    yield os.path.join(dirpath, f)


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def compile_seeds():
    for p in sources():
        data = read(p)
        if len(data) > 8192:
            continue
        if p.endswith('.ts'):
            data = b'//ts\n' + data
        elif p.endswith('.mjs'):
            data = b'//mjs\n' + data
        yield data


def json_seeds():
    for dirpath, dirnames, files in os.walk(TESTS):
        dirnames[:] = [x for x in dirnames if x != 'node_modules']
        for f in files:
            if f.endswith('.json'):
                data = read(os.path.join(dirpath, f))
                if len(data) <= 4096:
                    yield data
    lit = re.compile(rb"JSON\.parse\(\s*'((?:[^'\\\n]|\\.)*)'")
    for p in sources(('.js', '.mjs')):
        for m in lit.finditer(read(p)):
            yield m.group(1).replace(b"\\'", b"'").replace(b'\\\\', b'\\')
    yield from [b'{"a":[1,2.5e-3,-0,true,null,"\\u00e9\\ud83d\\ude00"]}', b'[[[[[]]]]]',
                b'1e400', b'"\\x"', b'{"__proto__":1}']


REGEX = re.compile(rb"(?<![\w)\]$])/((?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\n\\*\[])"
                   rb"(?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\n\\\[])*)/([dgimsuyv]*)")
SUBJECTS = [b'abc', b'aaa bbb 123', b'Hello, World! \xe9', b'2024-01-02', b'foo.bar@x.com', b'']


def regexp_seeds():
    n = 0
    for p in sources(('.js', '.mjs')):
        for m in REGEX.finditer(read(p)):
            pat, flags = m.group(1), m.group(2)
            if len(pat) > 80:
                continue
            yield flags + b'\n' + pat + b'\n' + SUBJECTS[n % len(SUBJECTS)]
            n += 1


def url_seeds():
    lit = re.compile(rb"""['"`]((?:https?|file|ftp|wss?|data|blob|mailto|javascript|about|"""
                     rb"""urn|git\+ssh|node):[^'"`\s]{0,200})['"`]""")
    bases = [b'', b'\nhttp://example.com/a/b?c#d', b'\nfile:///tmp/x']
    n = 0
    for p in sources(('.js', '.mjs')):
        for m in lit.finditer(read(p)):
            yield m.group(1) + bases[n % 3]
            n += 1
    yield from [b'../x?y#z\nhttps://user:pw@h\xe9st.example:8080/p/q', b'//[::1]:80/\nhttp://a',
                b'http://0x7f.1/', b'http://xn--nxasmq6b.com/%zz', b'blob:https://a.b/uuid']


def number_seeds():
    lit = re.compile(rb"(?<![\w.$])(0[xXoObB][0-9a-fA-F_]+n?|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?|"
                     rb"\.\d+(?:[eE][+-]?\d+)?)(?![\w$])")
    seen = set()
    for p in sources(('.js', '.mjs')):
        for m in lit.finditer(read(p)):
            seen.add(m.group(1))
    yield from sorted(seen)[:3000]
    for d in [0.0, -0.0, 0.1, 1e21, 1e-7, 5e-324, 1.7976931348623157e308, 123.456, -1.5,
              2 ** 53, 2 ** 53 + 2, float('inf'), float('nan'), 0.000001234, 1 / 3]:
        yield struct.pack('<d', d) + b'7'
    yield from [b'  -12.5e3  ', b'Infinity', b'-0x1F', b'0b101', b'1_000', b'.5', b'5.',
                b'123456789012345678901234567890', b'1e', b'+', b'\t\n 0o17 ']


HTTP = [
    b'\x00GET / HTTP/1.1\r\nHost: a\r\n\r\n',
    b'\x04POST /x?y=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello',
    b'\x08PUT /u HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n',
    b'\x01HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: keep-alive\r\n\r\nabc',
    b'\x03HTTP/1.1 204 No Content\r\nX: y\r\n\r\n',
    b'\x05HTTP/1.0 301 Moved\r\nLocation: /z\r\n\r\nbody until close',
    b'\x00GET /chat HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x05hello',
    b'\x10CONNECT a.b:443 HTTP/1.1\r\nHost: a.b:443\r\n\r\n',
    b'\x09HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n0\r\n\r\n',
    b'\x00GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n',
]


def main():
    target, out = sys.argv[1], sys.argv[2]
    gen = {'compile': compile_seeds, 'json': json_seeds, 'regexp': regexp_seeds,
           'url': url_seeds, 'number': number_seeds, 'http': lambda: iter(HTTP)}.get(target)
    if not gen:
        sys.exit('seeds.py: unknown target ' + target)
    os.makedirs(out, exist_ok=True)
    n = 0
    for data in gen():
        name = hashlib.sha1(data).hexdigest()
        path = os.path.join(out, name)
        if not os.path.exists(path):
            with open(path, 'wb') as f:
                f.write(data)
            n += 1
    print(f'seeds.py: {n} seeds for {target} in {out}')


if __name__ == '__main__':
    main()
