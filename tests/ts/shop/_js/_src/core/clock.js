"use strict";
// A CommonJS-style module: `export =` of a class merged with a namespace.
class Clock {
    start;
    ticks = 0;
    constructor(start = Clock.epoch) {
        this.start = start;
    }
    now() { return this.start + Clock.step * ++this.ticks; }
}
(function (Clock) {
    Clock.epoch = 1_700_000_000;
    Clock.step = 60;
    function format(t) { return `t+${t - Clock.epoch}s`; }
    Clock.format = format;
})(Clock || (Clock = {}));
module.exports = Clock;
