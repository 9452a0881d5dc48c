async function* agen(n) { for (let i = 0; i < n; i++) { await null; yield i; } return "end"; }
(async () => {
  for await (const v of agen(3)) console.log("v", v);
  for await (const v of [Promise.resolve(1), 2]) console.log("w", v);
  const g = agen(2);
  console.log(await g.next(), await g.next(), await g.next(), await g.next());
  const g2 = agen(5); await g2.next(); console.log(await g2.return(9));
  try { for await (const x of agen(10)) { if (x == 1) throw new Error("stop"); } } catch (e) { console.log(e.message); }
})();
