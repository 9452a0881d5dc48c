"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Mode = exports.Cache = exports.Database = void 0;
class Database {
    name = "db";
}
exports.Database = Database;
class Cache {
    size = 0;
}
exports.Cache = Cache;
var Mode;
(function (Mode) {
    Mode[Mode["Fast"] = 0] = "Fast";
    Mode[Mode["Safe"] = 1] = "Safe";
})(Mode || (exports.Mode = Mode = {}));
