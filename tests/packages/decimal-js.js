// decimal.js (dual: require -> decimal.js, import -> decimal.mjs; also the
// "./decimal" subpath).
'use strict';
const Decimal = require('decimal.js');
const Same = require('decimal.js/decimal');

function show(label, f) {
  try {
    const v = f();
    console.log(label + ': ' + (Array.isArray(v) ? v.map(String).join(' | ') : String(v)));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}
const D = x => new Decimal(x);

show('subpath same class', () => Same === Decimal);
show('0.1 + 0.2', () => D('0.1').plus('0.2'));
show('float vs decimal', () => [0.1 * 3, D(0.1).times(3), D('1').div(3), D(2).sqrt()]);
show('big numbers', () => [D('123456789012345678901234567890').times('987654321098765432109876543210'), D(2).pow(200), D('1e-40').plus('1')]);
show('rounding modes', () => [Decimal.ROUND_UP, Decimal.ROUND_DOWN, Decimal.ROUND_CEIL, Decimal.ROUND_FLOOR, Decimal.ROUND_HALF_UP, Decimal.ROUND_HALF_DOWN, Decimal.ROUND_HALF_EVEN, Decimal.ROUND_HALF_CEIL, Decimal.ROUND_HALF_FLOOR].map(rm => D('-2.5').toDecimalPlaces(0, rm) + '/' + D('2.45').toDecimalPlaces(1, rm)));
show('toFixed/toPrecision/toExponential', () => [D('1234.5678').toFixed(2), D('0.000123').toPrecision(2), D('123456').toExponential(3), D('1e21').toFixed(), D('-0').toFixed(1), D(255).toHex(), D(255).toBinary(), D(255).toOctal(), D('0.5').toHex()]);
show('toFraction', () => [D('0.75').toFraction(), D(Math.PI.toString()).toFraction(1000), D('1.3333333333').toFraction(10)]);
show('comparison', () => [D(1).cmp(2), D('1.0').eq(1), D(3).gt('2.9999999999999999999'), D(-0).isNeg(), D(0).isZero(), D('NaN').isNaN(), D(Infinity).isFinite(), D('1.5').isInt()]);
show('math fns', () => [D(10).ln(), D(100).log(10), D(8).cbrt(), D(1).exp(), D('0.5').sin(), D(1).atan().times(4), D('-7.5').abs(), D('7.5').neg(), D('7.49').round(), D('7.5').ceil(), D('-7.5').floor(), D('7.9').trunc()]);
show('mod/idiv', () => [D(10).mod(3), D(-10).mod(3), D('5.5').mod('2'), D(10).divToInt(3), D(-10).divToInt(3)]);
show('statics', () => [Decimal.max(1, '5', D(3)), Decimal.min('-1', 0), Decimal.sum(1, 2, '3.5'), Decimal.hypot(3, 4), Decimal.sign(-5), Decimal.abs('-1'), Decimal.atan2(1, 1)]);
show('precision config', () => { const D10 = Decimal.clone({ precision: 10 }); return [D10.precision, new D10(1).div(7), new Decimal(1).div(7), D10 === Decimal]; });
show('set rounding', () => { const C = Decimal.clone(); C.set({ precision: 5, rounding: Decimal.ROUND_DOWN }); return [new C(2).div(3), new C('123456').plus(0)]; });
show('exponent limits', () => { const C = Decimal.clone({ toExpNeg: -3, toExpPos: 5 }); return [new C('0.0001'), new C('0.001'), new C('123456'), new C('12345')]; });
show('NaN/Infinity', () => [D(1).div(0), D(-1).div(0), D(0).div(0), D(Infinity).minus(Infinity), D('-Infinity').times(-1)]);
show('valueOf/toJSON', () => [D('-0').valueOf(), D('1e-7').toJSON(), JSON.stringify({ x: D('1.10') }), D('3.0').toNumber() + 1, +D('2.5')]);
show('significant digits', () => [D('123.4500').sd(), D('123.4500').sd(true), D('0.00012').dp(), D('1.23e5').precision()]);
show('hex/binary input', () => [D('0xff'), D('0b1010'), D('0o17'), D('0x1.8'), D('-0x1p-2')]);
show('invalid input', () => D('abc'));
show('invalid rounding', () => D(1).toDP(2, 9));
show('invalid precision config', () => Decimal.clone({ precision: 0 }));
show('invalid significant digits', () => D(1).toSD(0));
show('interest table', () => {
  const rate = D('0.0425').div(12);
  let balance = D('10000');
  const rows = [];
  for (let m = 1; m <= 6; m++) { balance = balance.times(rate.plus(1)); rows.push(m + ':' + balance.toFixed(2)); }
  return rows;
});
show('amortization payment', () => { const r = D('0.05').div(12); const n = 360; const P = D(250000); return P.times(r).div(D(1).minus(r.plus(1).pow(-n))).toDecimalPlaces(2); });
show('instanceof/isDecimal', () => [D(1) instanceof Decimal, Decimal.isDecimal(D(1)), Decimal.isDecimal(1)]);
