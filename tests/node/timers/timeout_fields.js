// Timeout objects: the fields code reads (_idleTimeout, _repeat,
// _destroyed), _onTimeout called or replaced by hand, and node's
// TimeoutOverflowWarning for a delay past 2^31-1 (the delay becomes 1).
process.on('warning', (w) => console.log('warning', w.name, JSON.stringify(w.message)));

function step1(next) {
  const t = setTimeout(() => console.log('fired'), 5);
  console.log(t._idleTimeout, t._repeat, t._destroyed, typeof t._onTimeout);
  const i = setInterval(() => {}, 7);
  console.log(i._repeat, i._idleTimeout);
  clearInterval(i);
  console.log(i._idleTimeout, i._destroyed);
  setTimeout(() => {
    console.log('after fire', t._idleTimeout, t._destroyed);
    next();
  }, 60);
}

function step2(next) {
  const q = setTimeout(() => console.log('manual call'), 100000);
  q._onTimeout();
  clearTimeout(q);
  const m = setTimeout(() => console.log('original'), 10);
  m._onTimeout = () => {
    console.log('replaced callback ran');
    next();
  };
}

function step3() {
  const big = setTimeout(() => console.log('overflowed delay fired'), 3e9);
  console.log(big._idleTimeout);
  setTimeout(() => console.log('later timer'), 80);
}

step1(() => step2(step3));
