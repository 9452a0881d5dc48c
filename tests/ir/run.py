#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# tests/ir/run.py: golden IR tests. Each NAME.js (or .ts, .mjs) here is
# compiled with `kiln emit-ir --verify-ir`, and the IR text must equal
# NAME.ir. A first line `// dump-ir-after: PASS` prints the IR after that
# pass instead of after the last one (a pass's test shows its effect).
#
#   python3 tests/ir/run.py --kiln build/bin/kiln [NAME...]
#   python3 tests/ir/run.py --kiln build/bin/kiln --update NAME   # rewrite NAME.ir
import argparse
import difflib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXTS = (".js", ".mjs", ".ts")


def tests(names):
    found = sorted(f for f in os.listdir(HERE) if f.endswith(EXTS))
    if names:
        found = [f for f in found if os.path.splitext(f)[0] in names or f in names]
    return found


def emit_ir(kiln, src):
    with open(os.path.join(HERE, src), encoding="utf-8") as f:
        first = f.readline()
    cmd = [kiln, "emit-ir", "--verify-ir", src]
    m = re.match(r"\s*//\s*dump-ir-after:\s*(\S+)", first)
    if m:
        cmd.insert(2, "--dump-ir-after=" + m.group(1))
    p = subprocess.run(cmd, cwd=HERE, capture_output=True, text=True, timeout=60)
    if p.returncode != 0:
        return None, p.stderr
    return p.stdout, ""


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kiln", required=True)
    ap.add_argument("--update", action="store_true", help="write NAME.ir from kiln's output")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    kiln = os.path.abspath(a.kiln)
    failed = 0
    runs = tests(a.names)
    for src in runs:
        name = os.path.splitext(src)[0]
        out, err = emit_ir(kiln, src)
        golden = os.path.join(HERE, name + ".ir")
        if out is None:
            print(f"FAIL {name}: kiln failed\n{err}")
            failed += 1
            continue
        if a.update:
            with open(golden, "w", encoding="utf-8") as f:
                f.write(out)
            print(f"wrote {name}.ir")
            continue
        want = open(golden, encoding="utf-8").read() if os.path.exists(golden) else ""
        if out != want:
            failed += 1
            print(f"FAIL {name}")
            sys.stdout.writelines(difflib.unified_diff(
                want.splitlines(True), out.splitlines(True), name + ".ir", "kiln emit-ir", n=2))
    print(f"ir: {len(runs) - failed}/{len(runs)} passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
