// JSON round trips: stringify a tree of plain objects/arrays, parse it back.
const n = +(process.argv[2] || 2000);
function record(i) {
  return {
    id: i, name: 'item-' + i, price: i * 1.25, tags: ['a' + (i % 7), 'b', 'c' + (i % 3)],
    active: i % 2 === 0, nested: { x: i, y: -i / 3, note: 'quote " and \\ and \n' },
  };
}
const data = [];
for (let i = 0; i < 200; i++) data.push(record(i));
let check = 0;
for (let r = 0; r < n; r++) {
  const text = JSON.stringify(data);
  const back = JSON.parse(text);
  check = (check + text.length + back[r % 200].id + back.length) % 1000000007;
}
const pretty = JSON.stringify(data.slice(0, 3), null, 2);
console.log(check, pretty.length);
