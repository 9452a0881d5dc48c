import Fuse from 'fuse.js';
const list = [{ title: "Old Man's War", author: 'John Scalzi' }, { title: 'The Lock Artist', author: 'Steve Hamilton' }, { title: 'HTML5', author: 'Remy Sharp' }];
const f = new Fuse(list, { keys: ['title', 'author'], includeScore: true });
console.log(JSON.stringify(f.search('jon').map(r => [r.item.title, r.score.toFixed(4)])));
console.log(JSON.stringify(f.search('lock').map(r => r.refIndex)));
