console.log('hello', [1, 2, 3].map((x) => x * 2), { a: 1 });
