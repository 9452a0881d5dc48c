// csv-parse: the sync API (csv-parse/sync) with many options, and the
// stream/callback API of the main entry (records, errors, info).
const { parse: parseSync } = require('csv-parse/sync');
const { parse, CsvError } = require('csv-parse');
const { Readable } = require('node:stream');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ' ' + (e.code || '') + ': ' + e.message);
  }
}

const input = 'name,age,city\n"Smith, John",42,"New\nYork"\nJane,37,"Paris ""Ville Lumière"""\n';
show('default', () => parseSync(input));
show('columns', () => parseSync(input, { columns: true }));
show('columns fn', () => parseSync(input, { columns: (h) => h.map((c) => c.toUpperCase()) }));
show('columns array', () => parseSync('1,2\n3,4', { columns: ['a', 'b'] }));
show('cast', () => parseSync('a,b,c\n1,2.5,x\n-3,1e3,\n0x10,,true', { cast: true, columns: true }));
show('cast fn', () => parseSync('1,2\n3,4', { cast: (v, ctx) => ctx.index === 0 ? Number(v) * 10 : `${ctx.lines}:${ctx.column}:${v}` }));
show('cast_date', () => parseSync('2020-01-02T03:04:05Z', { cast: true, cast_date: true }).map((r) => r.map((d) => d instanceof Date ? d.toISOString() : d)));
show('delimiter quote escape', () => parseSync("a;'b;c';'d\\'e'\n", { delimiter: ';', quote: "'", escape: '\\' }));
show('multi-char delimiter', () => parseSync('a::b::c\n1::2::3', { delimiter: '::' }));
show('record_delimiter', () => parseSync('a,b|c,d|e,f', { record_delimiter: '|' }));
show('trim', () => parseSync(' a , b \n  c,d  ', { trim: true }));
show('ltrim rtrim', () => [parseSync(' a , b ', { ltrim: true }), parseSync(' a , b ', { rtrim: true })]);
show('skip_empty_lines', () => parseSync('a,b\n\n\nc,d\n', { skip_empty_lines: true }));
show('comment', () => parseSync('# header\na,b # trailing\n#c,d\ne,f', { comment: '#' }));
show('from to', () => parseSync('1\n2\n3\n4\n5\n6', { from: 2, to: 4 }));
show('from_line to_line', () => parseSync('h\n1\n2\n3\n4', { from_line: 2, to_line: 4 }));
show('bom', () => parseSync('\ufeffa,b\n1,2', { bom: true, columns: true }));
show('relax_column_count', () => parseSync('a,b\n1\n2,3,4', { relax_column_count: true }));
show('relax_quotes', () => parseSync('a,b"c"d,e', { relax_quotes: true }));
show('info', () => parseSync('a,b\n1,2\n3,4', { info: true, columns: true }).map((r) => [r.record, r.info.lines, r.info.records, r.info.columns.length]));
show('raw', () => parseSync('"a",b\n1,"2"', { raw: true }).map((r) => r.raw));
show('objname', () => parseSync('id,v\nx,1\ny,2', { columns: true, objname: 'id' }));
show('group_columns_by_name', () => parseSync('a,b,a\n1,2,3', { columns: true, group_columns_by_name: true }));
show('on_record', () => parseSync('a,1\nb,2\nc,3', { on_record: (rec, ctx) => (rec[0] === 'b' ? null : [ctx.lines, ...rec.reverse()]) }));
show('encoding buffer', () => parseSync(Buffer.from('é,ü\n1,2', 'utf8')));
show('max_record_size', () => parseSync('aaaaaaaaaa,b', { max_record_size: 5 }));
show('error columns', () => parseSync('a,b\n1,2,3', { columns: true }));
show('error quote', () => parseSync('a,"b\nc,d'));
show('error invalid quote', () => parseSync('a,b"c"d,e'));
show('error option', () => parseSync('a', { delimiter: 5 }));
show('error fields', () => { try { parseSync('a,b\n1'); } catch (e) { return [e instanceof CsvError, e.code, e.lines, e.record]; } });
show('columns duplicates', () => parseSync('a,a\n1,2', { columns: true }));
show('skip_records_with_error', () => parseSync('a,b\n1,2,3\n4,5', { skip_records_with_error: true }));
show('large', () => { const rows = []; for (let i = 0; i < 2000; i++) rows.push(`${i},"v ${i}",${i % 7 === 0 ? '"x,y"' : i * 2}`); const r = parseSync(rows.join('\r\n')); return [r.length, r[0], r[1999], r[700]]; });

// Stream API: chunks split anywhere, events, callback form.
const chunks = ['na', 'me,v', 'al\n"q', 'uo""ted",1\nlast', ',2\n'];
const parser = parse({ columns: true });
const records = [];
parser.on('readable', () => { let r; while ((r = parser.read()) !== null) records.push(r); });
parser.on('end', () => {
  console.log('stream records: ' + JSON.stringify(records) + ' lines ' + parser.info.lines + ' records ' + parser.info.records);
  parse('x,y\n1,2\n3,4', { cast: true }, (err, out, info) => {
    console.log('callback: ' + JSON.stringify([err, out, info.records, info.bytes]));
    const bad = parse({});
    bad.on('error', (e) => {
      console.log('stream error: ' + e.code + ': ' + e.message);
      pipeDemo();
    });
    bad.on('data', () => {});
    bad.write('a,b\n1,2,3\n');
    bad.end();
  });
});
for (const c of chunks) parser.write(c);
parser.end();

async function pipeDemo() {
  const out = [];
  const src = Readable.from(['id;n\n', '1;one\n2;t', 'wo\n3;three']);
  for await (const rec of src.pipe(parse({ delimiter: ';', columns: true, cast: true }))) out.push(rec);
  console.log('async iterate: ' + JSON.stringify(out));
}
