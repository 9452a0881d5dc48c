const math = require('mathjs');
console.log(math.evaluate('sqrt(3^2 + 4^2)'), math.evaluate('2 inch to cm').toString(), math.round(math.e, 3));
console.log(math.format(math.multiply([[1,2],[3,4]],[[5],[6]])), math.det([[1,2],[3,4]]));
console.log(math.derivative('x^2 + 3x', 'x').toString(), math.simplify('2x + 3x').toString());
console.log(math.fraction(1,3).add(math.fraction(1,6)).toString(), math.bignumber('0.1').plus('0.2').toString());
const p = math.parse('a * b + c'); console.log(p.toString(), p.evaluate({a:2,b:3,c:4}));
console.log(math.complex(2,3).mul(math.complex(1,-1)).toString(), math.std([1,2,3,4]), math.median([5,1,3]));
