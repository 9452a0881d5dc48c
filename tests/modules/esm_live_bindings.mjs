// Named imports, default and namespace imports are live views of the
// exporting module's variables; re-exports of every form.
import Counter, { count, increment, reset, label } from './_lib/counter.mjs';
import * as counter from './_lib/counter.mjs';
import * as re from './_lib/reexports.mjs';
import { total, bump, PI2, area, circleArea, counterNs, CounterClass, counterLabel, shapes } from './_lib/reexports.mjs';
import * as both from './_lib/star_both.mjs';
import { onlyA, onlyB } from './_lib/star_both.mjs';

console.log(count, counter.count, total, label, counterLabel);
increment();
increment(5);
console.log(count, counter.count, total, counterNs.count);
bump(10);
console.log(count, re.total, re.counterNs.count);
const c = new Counter('x');
console.log(String(c), CounterClass === Counter, c instanceof counter.default);
reset();
console.log(count, `${c}`);
console.log(PI2.toFixed(4), area(2).toFixed(3), circleArea === area, shapes.kind);
console.log(shapes.mutable, re.mutable);
shapes.setMutable(42);
console.log(shapes.mutable, re.mutable, re.shapes === shapes);
console.log(Object.keys(re));
console.log(Object.keys(both), onlyA, onlyB, 'same' in both);
console.log(counter);
console.log(typeof counter, Object.prototype.toString.call(counter));
console.log(Object.getPrototypeOf(counter), Object.isExtensible(counter));
console.log(Reflect.ownKeys(counter));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(counter, 'count')));
try { counter.count = 5; } catch (e) { console.log(e.constructor.name, e.message); }
try { delete counter.count; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(delete counter.nothere, 'count' in counter, 'nothere' in counter);
try { count = 1; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Reflect.set(counter, 'count', 1), Reflect.defineProperty(counter, 'count', { value: 0 }));
console.log(counter[Symbol.toStringTag], counter.nothere);
const { count: destructured } = counter;
console.log(destructured, JSON.stringify(counter));
