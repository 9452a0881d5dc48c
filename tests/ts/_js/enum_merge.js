"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// enum_merge.ts: an enum declared twice merges into one object; enums in
// blocks and functions are local (`let`); `declare enum` emits nothing.
var Animal;
(function (Animal) {
    Animal[Animal["Cat"] = 0] = "Cat";
    Animal[Animal["Dog"] = 1] = "Dog";
})(Animal || (Animal = {}));
(function (Animal) {
    Animal[Animal["Cow"] = 5] = "Cow";
    Animal[Animal["Pig"] = 6] = "Pig";
})(Animal || (Animal = {}));
console.log(Animal, Animal[6]);
function local(n) {
    let Local;
    (function (Local) {
        Local[Local["A"] = n] = "A";
        Local[Local["B"] = Local.A * 2] = "B";
    })(Local || (Local = {}));
    return Local;
}
console.log(local(3), local(4).B);
{
    let Animal;
    (function (Animal) {
        Animal[Animal["Inner"] = 9] = "Inner";
    })(Animal || (Animal = {}));
    console.log(Animal.Inner, Animal.Cat);
}
console.log(Animal.Cat);
try {
    console.log(Ambient.Q);
}
catch (e) {
    console.log(e.name);
}
