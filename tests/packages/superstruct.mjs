// superstruct imported from ESM: no exports map and main is a .cjs UMD
// bundle, so node loads CommonJS and finds the named exports lexically.
import superstruct, { object, string, number, array, boolean, validate, create, defaulted, coerce, StructError } from 'superstruct';
import * as ns from 'superstruct';

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

show('import forms', () => [typeof superstruct, superstruct.object === object, ns.default === superstruct, ns.string === string, Object.keys(ns).includes('StructError')]);

const Port = coerce(number(), string(), v => Number(v));
const Settings = object({
  name: string(),
  port: defaulted(Port, 80),
  debug: defaulted(boolean(), false),
  hosts: defaulted(array(string()), () => ['localhost']),
});
show('create', () => create({ name: 'svc', port: '8080' }, Settings));
show('create defaults', () => create({ name: 'svc' }, Settings));
show('create error', () => { try { create({ name: 5 }, Settings); } catch (e) { return [e instanceof StructError, e.message, e.path]; } });
show('validate with coerce', () => { const [err, val] = validate({ name: 'x', port: 'abc' }, Settings, { coerce: true }); return [err && err.message, val]; });
show('failures', () => { const [err] = validate({ name: null, port: true, debug: 'no', hosts: [1] }, Settings); return err.failures().map(f => f.key + ' ' + f.type); });
