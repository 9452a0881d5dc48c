// bignumber.js (CommonJS): exports 'require' -> dist/bignumber.cjs.
const BigNumber = require('bignumber.js');
const x = new BigNumber('0.1'), y = new BigNumber(0.2);
console.log(x.plus(y).toString(), x.times(3).toFixed(20), new BigNumber(1).div(3).toString());
BigNumber.config({ DECIMAL_PLACES: 40, ROUNDING_MODE: BigNumber.ROUND_HALF_EVEN });
console.log(new BigNumber(2).sqrt().toString(), new BigNumber('1e+50').toFormat(), new BigNumber(255).toString(16));
console.log(new BigNumber('123.456').decimalPlaces(1).toString(), new BigNumber(-0).isZero(), BigNumber.max(1, '7', 3).toString());
console.log(new BigNumber('1234567.891').toFormat(2), new BigNumber(2).pow(100).toString(), new BigNumber(NaN).isNaN());
try { new BigNumber('abc'); } catch (e) { console.log(e.name, e.message); }
console.log(new BigNumber('0.000001234').toExponential(2), new BigNumber(3.7).integerValue(BigNumber.ROUND_FLOOR).toString());
