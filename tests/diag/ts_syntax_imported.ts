import { dist } from "./_ts_bad/util.js";
console.log(dist({ x: 0, y: 0 }, { x: 3, y: 4 }));
