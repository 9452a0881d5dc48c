// date.js: Date with the local zone of the test run (TZ unset: UTC).
const ds = [Date.UTC(-1, 0, 1), Date.UTC(2024, 2, 5, 10), Date.UTC(10000, 0, 1), Date.UTC(99, 0, 1), Date.UTC(-271821, 3, 20)];
for (const t of ds) {
  const d = new Date(t);
  console.log(d.toString(), '|', d.toUTCString(), '|', d.toDateString(), '|', d.toLocaleString(), '|', d.toLocaleTimeString());
}
const tests = ['2024-03-05', '2024-03-05T10:00', '2024-03-05T10:00:00.123456', '+002024-03-05T10:00:00Z',
  '-000000-01-01T00:00:00Z', '2024-3-5', 'Tue Mar 05 2024 10:00:00 GMT+0000 (Coordinated Universal Time)',
  'Tue, 05 Mar 2024 10:00:00 GMT', 'Mar 5, 2024', 'March 5, 2024 10:00:00', '2024/03/05 10:00:00', '3/5/2024',
  '3/5/2024, 10:00:00 AM', '5 March 2024', '2024', '2024-03', 'Thu, 01 Jan 1970 00:00:00 GMT-0500', '12:00',
  'Mar 5 2024 10:00 PM', 'Mar 5 2024 10:00 EST', '2024-03-05 10:00:00', '2024-03-05T10:00:00+0100',
  '2024-03-05T24:00:00Z', 'Jan 1 49', 'Jan 1 50', 'Dec 25, 1995', '2024-03-05T1:00', '20 Mar 2024 12:00:00 +0530', ''];
for (const s of tests) console.log(JSON.stringify(s), Date.parse(s));
console.log(new Date(2024, 0, 31, 25, 61, 61, 1001).toISOString(), new Date(99, 1).getFullYear(), new Date(8.64e15).toString());
console.log(new Date(0).getTimezoneOffset(), new Date(NaN).getTimezoneOffset(), new Date(0).getYear(), typeof Date(), Date.length);
const d = new Date(2024, 0, 31);
d.setMonth(1);
console.log(d.toISOString(), d.setHours(48), new Date(NaN).setDate(1), new Date(NaN).setFullYear(2000));
console.log(new Date(0).toLocaleString('en-US', { hour12: false }), new Date(0)[Symbol.toPrimitive]('default'), +new Date(5));
try { Date.prototype.getTime.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, new Date(2020, 5).toJSON(), new Date(NaN).toJSON());
