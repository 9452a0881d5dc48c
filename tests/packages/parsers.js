const esprima = require('esprima'); console.log(JSON.stringify(esprima.tokenize('const a = 1 + b')));
const espree = require('espree'); console.log(espree.parse('let x = () => 1', { ecmaVersion: 2022 }).body[0].type);
const babel = require('@babel/parser'); const ast = babel.parse('class A { #x = 1; static { } } const y = a?.b ?? c;', { sourceType: 'module' }); console.log(ast.program.body.map(n => n.type));
