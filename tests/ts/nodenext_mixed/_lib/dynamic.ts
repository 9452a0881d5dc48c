// nodenext keeps import() in a CommonJS file: node's import of CommonJS.
export function later() { return import("./dep.js"); }
