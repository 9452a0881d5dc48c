let obj; const [p] = obj;
