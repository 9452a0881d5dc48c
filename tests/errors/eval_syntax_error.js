// An early error in a visible eval string is thrown when the call runs.
console.log('before');
function run() {
  return eval("let x = 1; let x = 2;");
}
run();
console.log('not reached');
