// js-yaml as ESM: "import" -> dist/js-yaml.mjs (default and named exports).
import yaml, { load, dump, YAMLException } from 'js-yaml';
import * as ns from 'js-yaml';

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('import forms', [yaml.load === load, ns.dump === dump, ns.default === yaml, typeof YAMLException]);

const manifest = `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: &labels {app: web, tier: frontend}
spec:
  replicas: 3
  selector:
    matchLabels: *labels
  template:
    spec:
      containers:
        - name: nginx
          image: "nginx:1.25"
          ports:
            - containerPort: 80
          env:
            - {name: MODE, value: production}
            - name: MOTD
              value: >-
                Welcome to
                the server
`;
const obj = load(manifest);
show('containers', obj.spec.template.spec.containers.map(c => c.name + '@' + c.image));
show('alias shared', obj.metadata.labels === obj.spec.selector.matchLabels);
show('env', obj.spec.template.spec.containers[0].env);
obj.spec.replicas = 5;
obj.metadata.annotations = { 'kiln/compiled': 'true', note: 'colon: inside' };
process.stdout.write(dump(obj, { noRefs: true, lineWidth: -1 }));
try {
  load('key: [unterminated');
} catch (e) {
  show('error', [e instanceof YAMLException, e.reason, e.mark.line, e.mark.column]);
  console.log(e.message);
}
