// Frames of async functions: before the first await (called from the
// caller's frame) and after it (resumed from the microtask queue).
const here = (s) => s.split(__dirname).join('.').split('\n');

async function work(fail) {
  const sync = new Error('sync part');
  console.log(here(sync.stack).slice(0, 3).join('\n'));
  await null;
  if (fail) throw new Error('after await');
  return 1;
}
async function main() {
  await work(false);
  try {
    await work(true);
  } catch (e) {
    console.log(here(e.stack).slice(0, 2).join('\n'));
  }
}
main();
