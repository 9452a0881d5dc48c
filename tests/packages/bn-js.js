// bn.js (CommonJS): big integers on 26-bit limbs, Montgomery reduction.
const BN = require('bn.js');
const a = new BN('123456789012345678901234567890');
const b = new BN('987654321', 10);
console.log(a.add(b).toString(), a.mul(b).toString(16), a.div(b).toString(), a.mod(b).toString());
console.log(a.pow(new BN(3)).toString(36), a.sqr().bitLength(), a.toArray('be', 16).join(','));
console.log(new BN('ff', 16).shln(10).toString(2), new BN(-5).abs().toNumber(), a.cmp(b), a.gcd(new BN(30)).toString());
const red = BN.red(new BN(97)); console.log(new BN(5).toRed(red).redPow(new BN(100)).fromRed().toString());
console.log(new BN(7).invm(new BN(97)).toString(), BN.isBN(a), a.toJSON(), new BN('-ff', 16).toTwos(16).toString(16));
