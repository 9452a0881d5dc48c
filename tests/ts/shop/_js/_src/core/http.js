"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Delete = exports.Post = exports.Get = exports.HttpError = exports.Method = void 0;
exports.Controller = Controller;
const meta_js_1 = require("./meta.js");
var Method;
(function (Method) {
    Method["Get"] = "GET";
    Method["Post"] = "POST";
    Method["Delete"] = "DELETE";
})(Method || (exports.Method = Method = {}));
class HttpError extends Error {
    status;
    detail;
    constructor(status, message, detail) {
        super(message);
        this.status = status;
        this.detail = detail;
        this.name = 'HttpError';
    }
}
exports.HttpError = HttpError;
function Controller(prefix) {
    return (target) => {
        (0, meta_js_1.defineMetadata)('prefix', prefix, target);
    };
}
function route(method) {
    return (path) => (target, key, desc) => {
        const routes = (0, meta_js_1.getOwnMetadata)('routes', target.constructor) ?? [];
        const types = (0, meta_js_1.getOwnMetadata)('design:paramtypes', target, key) ?? [];
        routes.push({ method, path, handler: key, params: types.map((t) => t.name) });
        (0, meta_js_1.defineMetadata)('routes', routes, target.constructor);
        return desc;
    };
}
exports.Get = route(Method.Get);
exports.Post = route(Method.Post);
exports.Delete = route(Method.Delete);
