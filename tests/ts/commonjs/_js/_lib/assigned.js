"use strict";
function twice(n) { return n * 2; }
(function (twice) {
    twice.tag = "twice";
})(twice || (twice = {}));
module.exports = twice;
