console.log('slow: start');
await null;
console.log('slow: after first await');
await new Promise((r) => setTimeout(r, 10));
console.log('slow: done');
export const slow = 'slow-value';
