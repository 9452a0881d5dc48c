const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const readline = require('readline');

async function main() {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'kiln-log-'));
  const file = path.join(dir, 'access.log');
  const lines = [];
  const methods = ['GET', 'POST', 'PUT', 'DELETE'];
  for (let i = 0; i < 500; i++) {
    const status = [200, 201, 304, 404, 500][i % 5];
    const ms = (i * 37) % 1000;
    lines.push(`10.0.0.${i % 13} - - [08/Dec/2026:00:${String(i % 60).padStart(2, '0')}:00 +0000] "${methods[i % 4]} /api/item/${i % 17} HTTP/1.1" ${status} ${ms}`);
  }
  await fsp.writeFile(file, lines.join('\n') + '\n');
  const fh = await fsp.open(file);
  const rl = readline.createInterface({ input: fh.createReadStream(), crlfDelay: Infinity });
  const byStatus = new Map();
  const byIp = {};
  let total = 0, slow = 0, count = 0;
  const re = /^(\S+) .*?"(\w+) (\S+) [^"]*" (\d{3}) (\d+)$/;
  for await (const line of rl) {
    const m = re.exec(line);
    if (!m) { console.log('bad line', JSON.stringify(line)); continue; }
    count++;
    const [, ip, method, url, status, ms] = m;
    byStatus.set(status, (byStatus.get(status) || 0) + 1);
    byIp[ip] = (byIp[ip] || 0) + 1;
    total += Number(ms);
    if (Number(ms) > 900) slow++;
  }
  await fh.close().catch(() => {});
  console.log('lines', count, 'avg ms', (total / count).toFixed(2), 'slow', slow);
  console.log([...byStatus.entries()].sort());
  const top = Object.entries(byIp).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
  console.table(top.map(([ip, n]) => ({ ip, n })));
  const st = await fsp.stat(file);
  console.log('size', st.size, st.isFile(), st.isDirectory());
  const report = path.join(dir, 'report.json');
  await fsp.writeFile(report, JSON.stringify({ count, statuses: Object.fromEntries(byStatus) }, null, 2));
  console.log(await fsp.readFile(report, 'utf8'));
  await fsp.appendFile(report, '\n// end\n');
  console.log((await fsp.readFile(report)).length);
  await fsp.rm(dir, { recursive: true });
  console.log('exists after rm', fs.existsSync(dir));
  try { await fsp.readFile(file); } catch (e) { console.log(e.code, e.syscall, e.errno, e.message.replace(dir, '<dir>')); }
}
main();
