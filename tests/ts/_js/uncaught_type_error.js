"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const users = [{ name: "a", address: { city: "x" } }, { name: "b" }];
function city(u) {
    return u.address.city.toUpperCase();
}
for (const u of users)
    console.log(u.name, city(u));
