// async as ESM (module field is ignored by node: this is dist/async.js via main) with async functions.
import { mapLimit, series, waterfall, reduce, times, whilst } from 'async';
console.log(await mapLimit([1, 2, 3], 2, async x => x + 1));
console.log(await series([async () => 1, async () => 2]));
console.log(await reduce([1, 2, 3], 0, async (m, x) => m + x));
console.log(await times(3, async n => n * n));
let i = 0; await whilst(async () => i < 3, async () => { i++; }); console.log('i', i);
waterfall([cb => cb(null, 5), (x, cb) => cb(null, x * 2)], (e, r) => console.log('wf', r));
