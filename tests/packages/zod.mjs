// zod 4 as ESM: default import (a re-exported namespace), named import,
// namespace import, zod/mini, and the zod/v4/locales/* subpath pattern.
import zDefault, { z, ZodError } from 'zod';
import * as zns from 'zod';
import * as zm from 'zod/mini';
import de from 'zod/v4/locales/de.js';
import { fr } from 'zod/locales';

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}
const msgs = r => (r.success ? ['ok', r.data] : r.error.issues.map(i => i.path.join('.') + ': ' + i.message));

show('import forms agree', () => [zDefault === z, zns.z === z, zns.string === z.string, ZodError === z.ZodError, typeof zns.default]);

const Config = z.object({
  host: z.string().min(1).default('localhost'),
  port: z.coerce.number().int().min(1).max(65535).default(8080),
  tls: z.object({ cert: z.string(), key: z.string() }).optional(),
  mode: z.enum(['dev', 'prod']).catch('dev'),
  retries: z.array(z.number().nonnegative()).length(3).optional(),
});
show('config defaults', () => msgs(Config.safeParse({})));
show('config coerce', () => msgs(Config.safeParse({ port: '443', mode: 'staging', tls: { cert: 'c', key: 'k' } })));
show('config errors', () => msgs(Config.safeParse({ host: '', port: '99999', tls: { cert: 1 }, retries: [1, -2] })));
show('codec-ish transform', () => z.string().transform(s => Number.parseInt(s, 16)).pipe(z.number().lt(256)).safeParse('ff').data);
show('template literal', () => { const T = z.templateLiteral(['v', z.number(), '.', z.number()]); return [T.safeParse('v1.2').success, T.safeParse('v1.x').success]; });
show('stringbool', () => ['true', 'yes', '0', 'off', 'maybe'].map(s => { const r = z.stringbool().safeParse(s); return r.success ? r.data : 'invalid'; }));
show('locale de', () => { z.config(de()); const r = z.string().min(5).safeParse('abc'); return msgs(r); });
show('locale fr', () => { z.config(fr()); const r = z.object({ n: z.number() }).safeParse({ n: 'x' }); return msgs(r); });
show('mini', () => {
  const P = zm.object({ name: zm.string(), score: zm.number().check(zm.minimum(0), zm.maximum(100)) });
  return [msgs(P.safeParse({ name: 'x', score: 101 })), msgs(P.safeParse({ name: 'y', score: 50 }))];
});
show('error instance', () => { try { z.number().parse('1'); } catch (e) { return [e instanceof ZodError, e.name, e.issues[0].code]; } });
const r = await z.string().refine(async s => s === 'ok', 'not ok').safeParseAsync('nope');
show('top-level await parse', () => msgs(r));
