// fraction.js as ESM: exports 'import' -> dist/fraction.mjs.
import Fraction from 'fraction.js';
const a = new Fraction('1/3'), b = new Fraction(0.125);
console.log(a.add(b).toFraction(), a.mul(b).toString(), new Fraction('0.(3)').toFraction(), new Fraction(1.88).toFraction(true), a.div(b).valueOf(), new Fraction('3 1/2').neg().toLatex(), a.pow(2).toString(), a.compare(b), new Fraction(1, 7).toString(), new Fraction('22/7').round(2).toString(), a.simplify(0.001).toString());
