// camelcase (ESM only: "type": "module", exports -> index.js default export).
import camelCase from 'camelcase';
import * as ns from 'camelcase';

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('import forms', [typeof camelCase, ns.default === camelCase, Object.keys(ns)]);
const inputs = ['foo-bar', 'foo_bar', 'Foo-Bar', 'розовый_пушистый_единорог', 'foo bar', '--foo.bar', '__foo__bar__', 'fooBar', 'FOO_BAR', 'XMLHttpRequest', 'ID', 'userID', 'version 1.2.10', 'x', '', '  ', 'a-1-b', 'élan-vital', 'hello  world  again', 'b2b_seller', 'Ähm-öh'];
for (const s of inputs) show(JSON.stringify(s), [camelCase(s), camelCase(s, { pascalCase: true }), camelCase(s, { preserveConsecutiveUppercase: true })]);
show('arrays', [camelCase(['foo', 'bar']), camelCase(['__foo__', '--bar'], { pascalCase: true }), camelCase([])]);
show('locale tr', [camelCase('lorem-ipsum', { locale: 'tr-TR' }), camelCase('i-phone', { locale: 'en-US' }), camelCase('lorem-ipsum', { locale: false })]);
show('capitalizeAfterNumber', [camelCase('a1b', { capitalizeAfterNumber: true }), camelCase('a1b', { capitalizeAfterNumber: false })]);
try {
  camelCase(42);
} catch (e) {
  show('non-string', e.constructor.name + ': ' + e.message);
}
