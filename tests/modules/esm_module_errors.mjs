// An error thrown while a module evaluates reaches the importer's catch
// only through import(); a static import makes the program fail.
try {
  await import('./_lib/throws.mjs');
} catch (e) {
  console.log('caught', e.message);
}
try {
  await import('./_lib/throws.mjs');
} catch (e) {
  console.log('caught again (same error)', e.message);
}
import './_lib/throws_uncaught.mjs';
console.log('not reached');
