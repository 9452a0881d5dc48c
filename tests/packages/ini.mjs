// ini as ESM: default import of a CommonJS module.
import ini from 'ini';
const o = ini.parse('; comment\nscope = global\n[database]\nuser = dbuser\npassword = "p;ss"\n[paths.default]\ndatadir = /var/lib\narr[] = a\narr[] = b\nflag\n');
console.log(JSON.stringify(o)); console.log(ini.stringify(o, { section: 'top' })); console.log(ini.encode({ a: { b: { c: 1 } }, x: true }, { whitespace: true }), ini.safe('"q"'), ini.unsafe('"\\;x"'));
