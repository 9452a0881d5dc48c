"use strict";
// counter.ts: a CommonJS module written with `export =`.
class Counter {
    n;
    constructor(n = 0) {
        this.n = n;
    }
    inc() { return ++this.n; }
}
(function (Counter) {
    Counter.start = 10;
})(Counter || (Counter = {}));
module.exports = Counter;
