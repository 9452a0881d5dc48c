// plain.js: CommonJS without __esModule.
console.log("plain: loaded");
module.exports = { named: "N", other: 2 };
