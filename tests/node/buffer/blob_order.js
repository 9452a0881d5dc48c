// Blob's promises settle after as many microtasks as node's blob reader
// takes (one read per part), so their order against other promises matches;
// bytes() and slices over several parts.
const { Blob } = require('buffer');

function ticks(label, promise) {
  let n = 0;
  let done = false;
  promise.then((v) => {
    done = true;
    console.log(label, n, typeof v === 'string' ? v : v.byteLength);
  });
  const spin = () => {
    if (!done && n < 40) { n++; Promise.resolve().then(spin); }
  };
  spin();
}

const b = new Blob(['ab', 'cd', 'ef']);
ticks('arrayBuffer 3 parts', b.arrayBuffer());
ticks('text 3 parts', b.text());
ticks('empty', new Blob([]).arrayBuffer());
ticks('empty string part', new Blob(['']).text());
ticks('slice 1..5', b.slice(1, 5).arrayBuffer());
ticks('slice 2..4', b.slice(2, 4).text());
ticks('slice empty', b.slice(5, 5).text());
ticks('nested blob', new Blob([b, 'x']).text());
ticks('bytes', new Blob(['q']).bytes());
Promise.all([b.text(), b.slice(0, 3).text()]).then((r) => console.log(r));
const order = [];
new Blob(['one']).text().then(() => order.push('text'));
new Blob(['one']).arrayBuffer().then(() => order.push('arrayBuffer'));
Promise.resolve().then(() => order.push('plain'));
setTimeout(() => console.log(order.join(' ')), 0);
