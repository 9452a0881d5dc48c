// change-case (ESM only): case conversions with Unicode letters.
import * as cc from 'change-case';
for (const s of ['hello world', 'fooBar_baz-qux', 'XMLHttpRequest', 'version 1.2.10', 'ÜberCool test']) console.log([cc.camelCase(s), cc.pascalCase(s), cc.snakeCase(s), cc.kebabCase(s), cc.constantCase(s), cc.capitalCase(s), cc.dotCase(s), cc.pathCase(s), cc.sentenceCase(s), cc.trainCase(s), cc.noCase(s)].join(' | '));
console.log(cc.split('fooBar123Baz'), cc.camelCase('a1b2', { mergeAmbiguousCharacters: true }), cc.camelCase('__foo__', { prefixCharacters: '_' }));
