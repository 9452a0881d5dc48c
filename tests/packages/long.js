// long (CommonJS): exports 'require' -> umd/index.js; 64-bit integers on two 32-bit halves.
const Long = require('long');
const a = Long.fromString('9223372036854775807'), b = Long.fromInt(-5);
console.log(a.toString(), a.add(1).toString(), b.mul(a).toString(16), a.div(Long.fromNumber(1e9)).toString(), Long.fromBits(0xffffffff, 0x7fffffff, true).toString());
console.log(Long.MAX_UNSIGNED_VALUE.toString(36), b.shiftRightUnsigned(60).toNumber(), a.compare(b), Long.isLong(a), b.negate().toInt(), JSON.stringify(a.toBytesLE()), Long.fromValue('123').low);
