// util.parseEnv (node 20.12+): node 20's dotenv parser with its quirks (quotes,
// comments, export, CRLF, only spaces trimmed, keys in sorted order).
const { parseEnv } = require('util');
const cases = [
  'A=1\nB=2', 'A = spaced  \n', 'Q="double quoted"\nS=\'single\'\nT=`back`', 'M="multi\nline"', 'E="esc\\nnew"', "R='raw\\n'",
  '# comment\nX=1 # trailing\nY="q" # c\nZ=#notcomment', 'export K=v', 'EMPTY=\nNOVAL\n=noname', 'DUP=1\nDUP=2', 'W=a=b=c', '  INDENT=1',
  'U="unterminated\nV=2', 'CRLF=1\r\nN=2\r\n', 'H=x#y', 'SQ=\'a # b\'', 'BQ=`a "b" \'c\'`', 'IN="a \\"q\\" b"', 'SP="  pad  "', 'k.e-y=1', 'A=1;B=2', '"QK"=1', 'A="x"y',
];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(parseEnv(c)));
try { parseEnv(5); } catch (e) { console.log(e.code, e.message); }
const cases2 = ['=x\nA=1', 'A\t=\t1\t', '\tB=2', 'C=1\n\n\n# c\n  # indented comment\nD=2', 'E="a\\nb\\nc"', "F='x'\nG=`y`", 'H="x" junk\nI=2', "J='unterminated", 'K=', 'L', 'M=1\nN', 'export  O=1', 'exportP=1', 'Q="a"\r\nR="b"', 'S= "quoted after space"', 'T=\'a\\nb\'', 'U=a\\nb', 'V=" # not comment "', 'W=`multi\nline`', 'X="a" # comment', '#only comment', '', '   ', 'Y=1 #c\n#Z=2\nZZ=3', 'A=x y z', 'B="with \'single\' inside"', 'C=""', "D=''", 'E="', 'F=1\r\n\r\nG=2'];
for (const c of cases2) console.log(JSON.stringify(c), JSON.stringify(parseEnv(c)));
console.log(parseEnv('__proto__=1\nB=2\nA=1'), Object.keys(parseEnv('z=1\n10=2\na=3')));
