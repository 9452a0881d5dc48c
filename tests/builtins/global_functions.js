// global_functions.js: conversion functions and global values.
console.log(String(42), String([1, 2]), String({}), String(String));
console.log(Number("42"), Number(true), Number([]), Number(["7"]), Number({}));
console.log(Boolean(""), Boolean("false"), Boolean(0), Boolean([]), Boolean(NaN));
console.log(isNaN(undefined), isNaN(null), isFinite(Infinity), isFinite(1e308));
console.log(typeof globalThis, typeof undefined, NaN, Infinity, -Infinity);
console.log(encodeURIComponent("a b&c=d/é"), decodeURIComponent("%E2%9C%93"));
console.log(encodeURI("http://x.org/a b?q=1&r=é"));
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null));
console.log(Object.prototype.toString.call(1), Object.prototype.toString.call(() => 1));
console.log(Array.prototype.join.call({ length: 2, 0: "a", 1: "b" }, "+"));
