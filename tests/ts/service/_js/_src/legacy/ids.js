"use strict";
// An old-style CommonJS module: `export =`.
class Clock {
    t = 1000;
    now() { return (this.t += 5); }
    static epoch = 1000;
}
(function (Clock) {
    Clock.unit = 'ms';
})(Clock || (Clock = {}));
module.exports = Clock;
