// Exceptions and control flow: handlers are blocks' successors.
function g(k) {
  try {
    if (k) throw new Error('e');
    return 1;
  } catch (e) {
    return 2;
  } finally {
    k = 0;
  }
}
switch (g(1)) {
  case 1: break;
  default: g(0);
}
