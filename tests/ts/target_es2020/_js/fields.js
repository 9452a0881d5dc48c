var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var Widget_1;
// Class fields under target ES2020 (assigned, not defined) with legacy
// decorators, parameter properties and base-class setters.
function seal(tag) {
    return (ctor) => { console.log('sealed', tag, ctor.name); };
}
function watch(target, key) {
    Object.defineProperty(target, key, {
        set(v) { console.log('watch set', key, v); Object.defineProperty(this, '_' + key, { value: v, writable: true }); },
        get() { return this['_' + key]; },
        configurable: true,
    });
}
class Base {
    constructor() {
        this.label = 'base';
    }
    set mode(v) { console.log('Base setter', v); }
    get mode() { return 'from-base'; }
}
let Widget = Widget_1 = class Widget extends Base {
    constructor(id, secret = 's') {
        super();
        this.id = id;
        this.secret = secret;
        this.mode = 'widget';
        this.size = 3;
        this.items = [this.id, this.size];
        this.count = id * 2;
    }
};
Widget.created = Widget_1.name + '!';
__decorate([
    watch
], Widget.prototype, "size", void 0);
Widget = Widget_1 = __decorate([
    seal('v1')
], Widget);
const w = new Widget(4);
console.log(Object.keys(w), w.mode, w.size, w.items, Widget.created);
console.log(Object.getOwnPropertyDescriptor(w, 'mode'), 'extra' in w);
class Empty {
}
console.log(Object.keys(new Empty()));
