let obj; const { a } = obj;
