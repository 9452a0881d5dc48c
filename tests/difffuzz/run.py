#!/usr/bin/env python3
"""run.py: the differential fuzzer, fresh seeds against node (local use).

  tests/difffuzz/run.py --kiln build/bin/kiln --count 2000 [--start 1000]
        [--batch 50] [--jobs 2] [--out /tmp/difffuzz]

Generates programs for seeds START .. START+COUNT-1 (gen.py), BATCH to a
file, runs each file under node and as a kiln executable (-O0) and compares
stdout per program (each prints `--- SEED` first) and the exit status.
A program whose output differs is written to OUT/SEED.js (alone in its
batch) with node's and kiln's outputs beside it (SEED.node, SEED.kiln);
a batch kiln cannot compile, or whose executable dies, is retried one
program at a time to find the one at fault. The last line is a summary.

Executables are built with tcc when it is installed (about 20 times faster
than gcc -O0 on this much C) and linked to libkiln_rt.so, as test262's
runner does; otherwise with kiln's default compiler at -O0.

The CI part (`run.py --ci`, the ctest suite difffuzz) needs no node: fixed
batches tests/difffuzz/_ci/batch_*.js whose node output is recorded beside
them (.expected); `run.py --write-ci` regenerates both (needs node 20).
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

# The CI budget: seeds CI_FIRST .. CI_FIRST + CI_BATCHES*CI_SIZE - 1, minus
# CI_SKIP (programs that differ for a reason listed in fuzz/README.md).
CI_FIRST, CI_BATCHES, CI_SIZE = 1, 4, 50
CI_SKIP = set()
CI_DIR = os.path.join(HERE, '_ci')


def kiln_build(opts, src, exe):
    cmd = [opts.kiln, 'build', '-O0', src, '-o', exe]
    if shutil.which('tcc') and not os.environ.get('KILN_DIFFFUZZ_GCC'):
        cmd[2:2] = ['--cc', 'tcc', '--shared-runtime']
    return run(cmd, 600)

SECTION = re.compile(r'^--- (\d+)$', re.M)


def sections(text):
    """{seed: output} of a batch's stdout."""
    out = {}
    marks = list(SECTION.finditer(text))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        out[int(m.group(1))] = text[m.start():end]
    return out


def run(cmd, timeout, cwd=None):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=timeout, cwd=cwd)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), \
            p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return 'timeout', '', ''


def check(opts, seeds, work):
    """Runs one batch; returns [(seed, kind, node_out, kiln_out)] of differences."""
    name = 'b%d_%d' % (seeds[0], len(seeds))
    src = os.path.join(work, name + '.js')
    with open(src, 'w') as f:
        f.write(gen.batch(seeds))
    nrc, nout, nerr = run(['node', src], opts.timeout)
    exe = os.path.join(work, name)
    crc, cout, cerr = kiln_build(opts, src, exe)
    if crc != 0:
        if len(seeds) > 1:
            return [d for s in seeds for d in check(opts, [s], work)]
        return [(seeds[0], 'compile: ' + (cerr.strip().splitlines() or ['?'])[0][:200],
                 nout, '')]
    krc, kout, kerr = run([exe], opts.timeout, cwd=work)
    os.unlink(exe)
    if krc != nrc and len(seeds) > 1:
        return [d for s in seeds for d in check(opts, [s], work)]
    diffs = []
    ns, ks = sections(nout), sections(kout)
    if len(ns) != len(seeds):
        raise SystemExit('run.py: node printed %d of %d programs of %s' % (len(ns), len(seeds), src))
    for s in seeds:
        if ns.get(s) != ks.get(s):
            diffs.append((s, 'output', ns.get(s, ''), ks.get(s, '')))
    if krc != nrc:
        diffs.append((seeds[0], 'exit %s vs node %s: %s' % (krc, nrc, kerr.strip()[-300:]),
                      nout, kout))
    if not diffs:
        os.unlink(src)
    return diffs


def write_ci():
    os.makedirs(CI_DIR, exist_ok=True)
    for b in range(CI_BATCHES):
        first = CI_FIRST + b * CI_SIZE
        seeds = [s for s in range(first, first + CI_SIZE) if s not in CI_SKIP]
        base = os.path.join(CI_DIR, 'batch_%03d' % b)
        with open(base + '.js', 'w') as f:
            f.write(gen.batch(seeds))
        rc, out, err = run(['node', base + '.js'], 120)
        if rc != 0 or len(sections(out)) != len(seeds):
            raise SystemExit('node failed on %s: %s' % (base, err))
        with open(base + '.expected', 'w') as f:
            f.write(out)
    print('wrote %d batches in %s' % (CI_BATCHES, CI_DIR))


def run_ci(opts):
    """The recorded batches: 0 when kiln prints node's output for each."""
    if not os.path.isfile(opts.kiln):
        print('kiln not found: %s' % opts.kiln)
        return 1
    work = tempfile.mkdtemp(prefix='difffuzz-ci-')
    batches = sorted(f[:-3] for f in os.listdir(CI_DIR) if f.endswith('.js'))

    def one(name):
        src = os.path.join(CI_DIR, name + '.js')
        exe = os.path.join(work, name)
        crc, _, cerr = kiln_build(opts, src, exe)
        if crc != 0:
            return ['%s: compile failed: %s' % (name, cerr.strip()[:300])]
        krc, kout, kerr = run([exe], opts.timeout, cwd=work)
        with open(os.path.join(CI_DIR, name + '.expected')) as f:
            want = f.read()
        bad = []
        ws, ks = sections(want), sections(kout)
        for s in ws:
            if ws[s] != ks.get(s):
                bad.append('%s: program %d differs (gen.py %d | node vs kiln)' % (name, s, s))
        if krc != 0:
            bad.append('%s: exit status %s: %s' % (name, krc, kerr.strip()[-300:]))
        return bad

    failed = 0
    with concurrent.futures.ThreadPoolExecutor(opts.jobs) as ex:
        for name, bad in zip(batches, ex.map(one, batches)):
            for line in bad:
                print('FAIL ' + line)
            failed += bool(bad)
            if not bad:
                print('ok   %s' % name)
    shutil.rmtree(work, ignore_errors=True)
    print('%d batches, %d failed' % (len(batches), failed))
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--kiln', default='build/bin/kiln')
    ap.add_argument('--start', type=int, default=100000)
    ap.add_argument('--count', type=int, default=500)
    ap.add_argument('--batch', type=int, default=50)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--timeout', type=float, default=60)
    ap.add_argument('--out', default=None)
    ap.add_argument('--write-ci', action='store_true')
    ap.add_argument('--ci', action='store_true')
    opts = ap.parse_args()
    if opts.write_ci:
        write_ci()
        return
    opts.kiln = os.path.abspath(opts.kiln)
    if opts.ci:
        sys.exit(run_ci(opts))
    out = opts.out or tempfile.mkdtemp(prefix='difffuzz-')
    os.makedirs(out, exist_ok=True)
    batches = []
    for first in range(opts.start, opts.start + opts.count, opts.batch):
        batches.append(list(range(first, min(first + opts.batch, opts.start + opts.count))))
    found = []
    with concurrent.futures.ThreadPoolExecutor(opts.jobs) as ex:
        for diffs in ex.map(lambda b: check(opts, b, out), batches):
            for seed, kind, nout, kout in diffs:
                found.append((seed, kind))
                with open(os.path.join(out, '%d.js' % seed), 'w') as f:
                    f.write(gen.batch([seed]))
                with open(os.path.join(out, '%d.node' % seed), 'w') as f:
                    f.write(nout)
                with open(os.path.join(out, '%d.kiln' % seed), 'w') as f:
                    f.write(kout)
                print('seed %d: %s' % (seed, kind), flush=True)
    print('%d programs, %d differ (%s)' % (opts.count, len(found), out))
    sys.exit(1 if found else 0)


if __name__ == '__main__':
    main()
