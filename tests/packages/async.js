// async (CommonJS): callback-style control flow with timers.
const async = require('async');
const log = [];
async.mapLimit([5, 1, 3], 2, (x, cb) => setTimeout(() => cb(null, x * 2), x), (err, r) => {
  console.log('mapLimit', err, r);
  async.series([cb => cb(null, 'a'), cb => setTimeout(() => cb(null, 'b'), 1)], (e, r2) => {
    console.log('series', r2);
    async.waterfall([cb => cb(null, 1, 2), (a, b, cb) => cb(null, a + b)], (e, r3) => {
      console.log('waterfall', r3);
      async.parallel({ one: cb => cb(null, 1), two: cb => setTimeout(() => cb(null, 2), 2) }, (e, r4) => {
        console.log('parallel', r4);
        const q = async.queue((t, cb) => { log.push(t); setTimeout(cb, 1); }, 2);
        q.push([1, 2, 3, 4]);
        q.drain(() => { console.log('queue', log);
          async.eachOf({ a: 1, b: 2 }, (v, k, cb) => { log.push(k + v); cb(); }, () => console.log('eachOf', log.slice(-2)));
          async.retry(3, cb => cb(new Error('nope')), (e) => console.log('retry', e.message));
          async.auto({ a: cb => cb(null, 1), b: ['a', (r, cb) => cb(null, r.a + 1)] }, (e, r) => console.log('auto', r));
          async.filter([1, 2, 3, 4], (x, cb) => cb(null, x % 2), (e, r) => console.log('filter', r));
          async.mapSeries([1, 2], async x => x * 10).then(r => console.log('promise', r));
        });
      });
    });
  });
});
