#!/usr/bin/env python3
"""fuzz/smoke.py: the ctest `fuzz_smoke`. Keeps every libFuzzer target
building and replays the inputs that crashed them before, in well under a
minute, without the separate instrumented build tree of scripts/fuzz.sh.

Each target is built with clang against the ordinary build's products:

  json regexp url number http  fuzz/rt/NAME.js compiled by the build's kiln
      (--emit=lib, clang, coverage + UBSan) and linked with fuzz_runtime.c
      and the build's runtime archives (not instrumented here: this is a
      smoke test; scripts/fuzz.sh instruments the runtime too)
  compile  fuzz_compile.c and the compiler's sources, clang -O0 with ASan
      and UBSan, linked with the build's tree-sitter archives

then runs for a few seconds on fuzz/regress/NAME and a small slice of the
seeds fuzz/seeds.py takes from the tests. A crash, a sanitizer report or a
timeout fails the test. Without clang's libFuzzer (-fsanitize=fuzzer) the
test is skipped (exit 77) and says so.
"""
import argparse
import concurrent.futures
import glob
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FUZZ = os.path.join(ROOT, 'fuzz')
RUNTIME_TARGETS = ['json', 'regexp', 'url', 'number', 'http']
MAX_LEN = {'compile': 8192, 'regexp': 128}
RT_LIBS = ['-lgc', '-luv', '-lssl', '-lcrypto', '-lz', '-lbrotlienc', '-lbrotlidec',
           '-lbrotlicommon', '-lpthread', '-lm', '-ldl']


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kw)
    if r.returncode != 0:
        sys.stdout.write(r.stdout.decode('utf-8', 'replace')[-6000:])
        raise RuntimeError('failed: ' + ' '.join(cmd[:6]) + ' ...')
    return r


def have_libfuzzer(cc, work):
    src = os.path.join(work, 'probe.c')
    with open(src, 'w') as f:
        f.write('int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n)'
                ' { (void)d; (void)n; return 0; }\n')
    r = subprocess.run([cc, '-fsanitize=fuzzer,address,undefined', src, '-o',
                        os.path.join(work, 'probe')],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return r.returncode == 0


def build_runtime_target(a, name):
    obj = os.path.join(a.work_dir, f'fuzz_{name}_lib.o')
    env = dict(os.environ, CFLAGS='-g -O1 -fsanitize=fuzzer-no-link,undefined')
    run([a.kiln, 'build', '--emit=lib', '--lib-name', f'fuzz_{name}', '--cc', a.cc, '-O1',
         os.path.join(FUZZ, 'rt', name + '.js'), '-o', obj], env=env)
    exe = os.path.join(a.work_dir, f'fuzz_{name}')
    run([a.cc, '-g', '-O1', '-fsanitize=fuzzer,undefined', f'-DFUZZ_INIT=fuzz_{name}_init',
         '-I', a.include_dir, os.path.join(FUZZ, 'fuzz_runtime.c'), obj,
         a.kiln_node, a.kiln_rt, a.kiln_node, a.kiln_rt] + RT_LIBS + ['-o', exe])
    return exe


def build_compile_target(a):
    # -O0: this build is compiled afresh on every run and runs for seconds.
    flags = ['-g', '-O0', '-fno-omit-frame-pointer', '-fsanitize=fuzzer-no-link,address,undefined',
             '-w', '-std=gnu11', '-DKILN_VERSION="smoke"', '-DKILN_LIBUV_STATIC="-luv"',
             '-I', os.path.join(ROOT, 'compiler'), '-I', os.path.join(ROOT, 'stdlib', 'node'),
             '-I', a.stdlib_js, '-I', os.path.join(ROOT, 'runtime'),
             '-I', os.path.join(ROOT, 'runtime', 'include')]
    for d in a.ts_include:
        flags += ['-I', d]
    sources = [os.path.join(FUZZ, 'fuzz_compile.c')]
    for p in sorted(glob.glob(os.path.join(ROOT, 'compiler', '**', '*.c'), recursive=True)):
        if os.path.relpath(p, ROOT) != os.path.join('compiler', 'main.c'):
            sources.append(p)
    objdir = os.path.join(a.work_dir, 'compile_obj')
    os.makedirs(objdir, exist_ok=True)

    def cc(src):
        obj = os.path.join(objdir, os.path.relpath(src, ROOT).replace(os.sep, '_') + '.o')
        run([a.cc] + flags + ['-c', src, '-o', obj])
        return obj
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        objs = list(pool.map(cc, sources))
    exe = os.path.join(a.work_dir, 'fuzz_compile')
    run([a.cc, '-fsanitize=fuzzer,address,undefined'] + objs + a.ts_libs +
        ['-lpthread', '-lm', '-o', exe])
    return exe


def seeds(a, name):
    """fuzz/regress/NAME and the first seeds of fuzz/seeds.py (sorted by name,
    which is a hash: a fixed, varied slice)."""
    out = os.path.join(a.work_dir, 'seeds', name)
    if not os.path.isdir(out):
        run([sys.executable, os.path.join(FUZZ, 'seeds.py'), name, out])
    some = os.path.join(a.work_dir, 'some_seeds', name)
    shutil.rmtree(some, ignore_errors=True)
    os.makedirs(some)
    # the compiler target's seeds are whole test programs, slow under ASan -O0
    for f in sorted(os.listdir(out))[:a.seeds // 2 if name == 'compile' else a.seeds]:
        shutil.copy(os.path.join(out, f), some)
    dirs = [some]
    regress = os.path.join(FUZZ, 'regress', name)
    if os.path.isdir(regress):
        dirs.append(regress)
    return dirs


def fuzz(a, name, exe):
    corpus = os.path.join(a.work_dir, 'corpus', name)
    shutil.rmtree(corpus, ignore_errors=True)
    os.makedirs(corpus)
    env = dict(os.environ,
               UBSAN_OPTIONS='halt_on_error=1:print_stacktrace=1:suppressions=' +
               os.path.join(FUZZ, 'ubsan.supp'),
               ASAN_OPTIONS='detect_leaks=0')
    cmd = [exe, f'-max_total_time={a.seconds}', f'-max_len={MAX_LEN.get(name, 4096)}',
           '-timeout=10', '-rss_limit_mb=2048', '-seed=1', '-print_final_stats=1',
           f'-artifact_prefix={a.work_dir}/{name}-', corpus] + seeds(a, name)
    t = time.time()
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    text = r.stdout.decode('utf-8', 'replace')
    runs = [ln for ln in text.splitlines() if ln.startswith('stat::number_of_executed_units')]
    print(f'{name}: exit {r.returncode}, {runs[0].split()[-1] if runs else "?"} runs '
          f'in {time.time() - t:.1f} s')
    if r.returncode != 0:
        sys.stdout.write(text[-8000:])
    return r.returncode == 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--kiln', required=True)
    ap.add_argument('--kiln-rt', required=True, help='libkiln_rt.a')
    ap.add_argument('--kiln-node', required=True, help='libkiln_node.a')
    ap.add_argument('--include-dir', required=True, help="the build's include/kiln")
    ap.add_argument('--stdlib-js', required=True, help="the build's stdlib_js folder")
    ap.add_argument('--ts-include', default='', help="tree-sitter's api.h folders, "
                    'separated by ' + os.pathsep)
    ap.add_argument('--ts-lib', action='append', default=[], help='a tree-sitter archive')
    ap.add_argument('--work-dir', required=True)
    ap.add_argument('--cc', default=os.environ.get('KILN_FUZZ_CC', 'clang'))
    ap.add_argument('--seconds', type=int, default=3, help='per target')
    ap.add_argument('--seeds', type=int, default=40, help='seeds per target (half for compile)')
    ap.add_argument('targets', nargs='*')
    a = ap.parse_args()
    a.ts_libs = a.ts_lib
    a.ts_include = [d for d in a.ts_include.split(os.pathsep) if d]
    os.makedirs(a.work_dir, exist_ok=True)
    if not shutil.which(a.cc) or not have_libfuzzer(a.cc, a.work_dir):
        print(f'fuzz_smoke: skipped: {a.cc} with libFuzzer, ASan and UBSan '
              '(-fsanitize=fuzzer,address,undefined) is not installed')
        return 77
    targets = a.targets or RUNTIME_TARGETS + ['compile']
    t0 = time.time()
    exes = {}
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        jobs = {}
        for name in targets:
            if name == 'compile':
                jobs[name] = pool.submit(build_compile_target, a)
            else:
                jobs[name] = pool.submit(build_runtime_target, a, name)
        failed = []
        for name, job in jobs.items():
            try:
                exes[name] = job.result()
            except RuntimeError as e:
                print(f'{name}: build {e}')
                failed.append(name)
    print(f'fuzz_smoke: built {len(exes)} targets in {time.time() - t0:.1f} s')
    for name in targets:
        if name in exes and not fuzz(a, name, exes[name]):
            failed.append(name)
    print(f'fuzz_smoke: {len(targets) - len(failed)} passed, {len(failed)} failed'
          + (f' ({" ".join(failed)})' if failed else '') + f', {time.time() - t0:.1f} s')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
