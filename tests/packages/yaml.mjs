// yaml imported from ESM: the exports map's "node" condition points at the
// CommonJS build even for import, so named exports come from CommonJS.
import YAML, { parse, stringify, parseDocument, isMap } from 'yaml';
import * as ns from 'yaml';
import { stringifyNumber } from 'yaml/util';

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('import forms', [YAML.parse === parse, ns.stringify === stringify, typeof ns.default, typeof stringifyNumber]);

const compose = `
services:
  web:
    image: "app:latest"
    ports: ["8080:80"]
    depends_on: [db, cache]
    environment:
      - DEBUG=0
      - WORKERS=4
  db:
    image: postgres:16
    volumes: [dbdata:/var/lib/postgresql/data]
  cache:
    image: redis:7   # in-memory
volumes:
  dbdata: {}
`;
const cfg = parse(compose);
for (const [name, svc] of Object.entries(cfg.services)) {
  console.log(name.padEnd(6) + ' ' + svc.image.padEnd(12) + ' deps=' + (svc.depends_on || []).join(','));
}
const doc = parseDocument(compose);
doc.setIn(['services', 'web', 'environment', 1], 'WORKERS=8');
doc.setIn(['services', 'worker'], doc.createNode({ image: 'app:latest', command: ['run', 'jobs'] }));
doc.deleteIn(['services', 'cache']);
doc.setIn(['services', 'web', 'depends_on'], doc.createNode(['db']));
process.stdout.write(doc.toString());
show('isMap', isMap(doc.get('services')));
show('stringifyNumber', stringifyNumber({ value: 3.0, minFractionDigits: 2 }));
show('round trip', JSON.stringify(parse(stringify(cfg))) === JSON.stringify(cfg));
try {
  parse('a: b: c');
} catch (e) {
  show('error', [e.name, e.code, e.linePos]);
}
