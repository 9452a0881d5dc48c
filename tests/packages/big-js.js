// big.js (dual: require -> big.js, import -> big.mjs; subpath ./big.js).
'use strict';
const Big = require('big.js');
const Same = require('big.js/big.js');

function show(label, f) {
  try {
    const v = f();
    console.log(label + ': ' + (Array.isArray(v) ? v.map(String).join(' | ') : String(v)));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

show('subpath same', () => Same === Big);
show('arithmetic', () => [Big('0.1').plus('0.2'), Big(0.3).minus(0.1), Big('1.1').times('1.1'), Big(1).div(3), Big(2).pow(100), Big(2).sqrt(), Big(-7).mod(3)]);
show('DP and RM', () => [Big.DP, Big.RM, Big.NE, Big.PE, Big.strict]);
show('round', () => [0, 1, 2, 3].map(rm => Big('-2.55').round(1, rm) + '/' + Big('2.55').round(1, rm) + '/' + Big('2.45').round(1, rm)));
show('round up/down consts', () => [Big.roundDown, Big.roundHalfUp, Big.roundHalfEven, Big.roundUp]);
show('toFixed/toPrecision/toExponential', () => [Big('1.005').toFixed(2), Big('123.456').toPrecision(4), Big('0.00001234').toExponential(2), Big('1e25').toFixed(), Big('1e-7').toString(), Big('1e21').toString(), Big('-0').toString(), Big('-0').toFixed(2)]);
show('cmp', () => [Big(1).cmp(2), Big('2').eq('2.000'), Big(3).gt(2), Big(3).gte(3), Big(1).lt(1), Big(1).lte(1)]);
show('abs/neg/prec', () => [Big('-3.14').abs(), Big('3.14').neg(), Big('123.456').prec(2), Big('0.000123456').prec(3, 0)]);
show('sqrt precision', () => { const B = Big(); B.DP = 40; return [B(2).sqrt(), Big(2).sqrt()]; });
show('new constructor isolation', () => { const B = Big(); B.DP = 2; B.RM = 0; return [B(2).div(3), Big(2).div(3)]; });
show('exponent thresholds', () => { const B = Big(); B.NE = -3; B.PE = 4; return [B('0.001'), B('0.0001'), B('9999'), B('10000')]; });
show('big exact', () => [Big('123456789012345678901234567890').times('98765432109876543210'), Big('1e+100').plus(1).minus('1e+100')]);
show('c/e/s internals', () => { const x = Big('-123.45'); return [JSON.stringify(x.c), x.e, x.s]; });
show('valueOf/toJSON/toNumber', () => [Big('-0').valueOf(), JSON.stringify({ v: Big('1.50') }), Big('0.1').toNumber() + 0.2]);
show('strict mode', () => { const B = Big(); B.strict = true; try { return B(1.5).toString(); } catch (e) { return e.message; } });
show('strict valueOf', () => { const B = Big(); B.strict = true; try { return B('1').valueOf(); } catch (e) { return e.message; } });
show('invalid number', () => Big('1.2.3'));
show('NaN', () => Big(NaN));
show('division by zero', () => Big(1).div(0));
show('invalid dp', () => Big(1).toFixed(-1));
show('negative sqrt', () => Big(-4).sqrt());
show('invalid pow', () => Big(2).pow(0.5));
show('fractional pow', () => [Big(2).pow(-2), Big('1.5').pow(3), Big(10).pow(-3)]);
show('compound growth', () => { let v = Big(1000); const out = []; for (let y = 1; y <= 5; y++) { v = v.times('1.07').round(2); out.push(y + ':' + v.toFixed(2)); } return out; });
show('sum of thirds', () => { let s = Big(0); for (let i = 0; i < 3; i++) s = s.plus(Big(1).div(3)); return [s, s.round(10)]; });
show('sorting', () => ['10', '9.99', '-1', '1e2', '0.5', '-0.25'].map(s => Big(s)).sort((a, b) => a.cmp(b)).map(String));
