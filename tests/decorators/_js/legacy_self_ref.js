"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var S_1, W_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.W = void 0;
// experimentalDecorators: a decorated class's own references see the class while
// its static fields initialise, and the decorated class afterwards.
function d(c) { console.log("deco", c.name, typeof c.inst); }
let S = class S {
    static { S_1 = this; }
    static inst = new S_1();
    static tag = S_1.name;
    who() { return S_1; }
};
S = S_1 = __decorate([
    d
], S);
console.log(S.inst instanceof S, S.tag, new S().who() === S);
function wrap(c) { return class extends c {
    wrapped = true;
}; }
let W = class W {
    static { W_1 = this; }
    static count = 0;
    static create() { W_1.count++; return new W_1(); }
};
exports.W = W;
exports.W = W = W_1 = __decorate([
    wrap
], W);
console.log(W.create().wrapped, W.count);
