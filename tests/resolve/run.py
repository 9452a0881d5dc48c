#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# run.py: checks compiler/module/resolve.c against node's own module
# resolution, on the fixture tree in tests/resolve/fixtures.
#
#   run.py --record                    ask node 20, rewrite expected.txt
#   run.py --kiln-resolve <exe>        compare kiln_resolve_test with it
#   run.py --kiln-resolve <exe> --fuzz 2000 [--seed 7]
#                                      random specifiers, node vs kiln live
#
# Each case is (mode, from, specifier): "require" is what require(spec)
# written in <from> resolves to, "import" what import(spec) resolves to,
# "format" the module format node gives <from> and "builtin" whether
# <spec> is a built-in module name. The fixtures are copied to a temporary
# folder first, where the symlinks git should not hold are created; paths
# in results are relative to that copy and "<root>" stands for it inside
# error messages, so expected.txt does not depend on where the tree lives.
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")
EXPECTED = os.path.join(HERE, "expected.txt")

# Symlinks made in the copy: (link, target as written in the link).
SYMLINKS = [
    ("node_modules/linked", "../linked-src"),
    ("lib/link.js", "file.js"),
    ("lib/linkdir", "../deep/a"),
]

R, I, F, B = "require", "import", "format", "builtin"
M, MJ = "main.js", "main.mjs"

CASES = [
    # --- CommonJS: LOAD_AS_FILE and LOAD_AS_DIRECTORY -----------------
    (R, M, "./lib/file"),
    (R, M, "./lib/file.js"),
    (R, M, "./lib/data"),
    (R, M, "./lib/addon"),
    (R, M, "./lib/multi"),            # .js before .json
    (R, M, "./lib/jn"),               # .json before .node
    (R, M, "./lib/noext"),            # the exact name before any extension
    (R, M, "./lib/x.cjs"),
    (R, M, "./lib/y.mjs"),
    (R, M, "./lib/missing"),
    (R, M, "./lib/file.js/"),         # a trailing slash: directories only
    (R, M, "./dir-main"),             # "main" with an extension search
    (R, M, "./dir-main/"),
    (R, M, "./dir-badmain"),          # a missing "main" falls back to index
    (R, M, "./dir-maindir"),          # "main" naming a directory
    (R, M, "./dir-json"),
    (R, M, "./dir-empty"),
    (R, M, "./dir-badjson"),          # malformed package.json
    (R, "lib/deep/a.js", ".."),
    (R, "lib/deep/a.js", "../"),
    (R, "lib/deep/a.js", "../file"),
    (R, "lib/deep/a.js", "."),
    (R, "deep/a/b/c.js", "../../../lib/file"),
    (R, M, "./lib/../lib/file"),
    (R, M, "<root>/lib/file"),        # absolute paths
    (R, M, "<root>/lib/nope"),
    (R, M, "./space dir/x y"),
    (R, M, "./lib/link"),             # symlinks resolve to the real path
    (R, M, "./lib/linkdir/b/c"),
    (R, M, "..foo"),
    (R, M, ".foo"),
    (R, M, ""),
    (R, M, "./lib/file.js?x=1"),
    # --- CommonJS: node_modules ----------------------------------------
    (R, M, "dep"),
    (R, M, "dep/"),
    (R, M, "dep/index"),
    (R, M, "dep/package.json"),
    (R, M, "pkg-main"),
    (R, M, "pkg-main/sub"),
    (R, M, "pkg-main/dir"),
    (R, M, "pkg-main/nope"),
    (R, M, "pkg-nopkgjson"),
    (R, M, "pkg-nopkgjson/other"),
    (R, M, "pkg-nomain"),
    (R, M, "pkg-badmain"),
    (R, M, "pkg-empty"),
    (R, M, "pkg-noindex"),
    (R, M, "pkg-maindir"),
    (R, M, "badjson"),
    (R, M, "no-such-package"),
    (R, M, "@scope/plain"),
    (R, M, "@scope/plain/sub"),
    (R, M, "@scope"),
    (R, "deep/a/b/c.js", "dep"),      # walking up the tree
    (R, "node_modules/nester/index.js", "dep"),   # the nearer node_modules
    (R, "node_modules/nester/lib/deep.js", "dep"),
    (R, "node_modules/dep/index.js", "skipme"),   # never node_modules/node_modules
    (R, M, "linked"),
    (R, "linked-src/use-dep.js", "dep"),
    (R, "typemod/a.js", "inner/x"),
    (R, M, "type-module"),
    # --- CommonJS: "exports" -------------------------------------------
    (R, M, "exp-string"),
    (R, M, "exp-string/other.js"),
    (R, M, "exp-string/package.json"),
    (R, M, "exp-cond"),
    (R, M, "exp-cond/addons"),        # which conditions require() matches
    (R, M, "exp-cond/sync"),
    (R, M, "exp-cond/module"),
    (R, M, "exp-cond/nested"),
    (R, M, "exp-cond/browser"),
    (R, M, "exp-cond/types"),
    (R, M, "exp-cond/package.json"),
    (R, M, "exp-cond/esm.mjs"),
    (R, M, "exp-patterns/features/a"),
    (R, M, "exp-patterns/features/a.js"),     # the longer pattern wins
    (R, M, "exp-patterns/features/b/c"),      # "*" spans slashes
    (R, M, "exp-patterns/features/private/p"),
    (R, M, "exp-patterns/features/"),
    (R, M, "exp-patterns/deep/q/index"),
    (R, M, "exp-patterns/deep/none/index"),
    (R, M, "exp-patterns/twice/z"),
    (R, M, "exp-patterns/two/a/stars/b"),
    (R, M, "exp-patterns/raw/features/a.js"),
    (R, M, "exp-patterns/raw/../package.json"),
    (R, M, "exp-patterns/raw/node_modules/x"),
    (R, M, "exp-patterns/ext/m.cjs"),
    (R, M, "exp-patterns/sugar/a"),
    (R, M, "exp-patterns"),
    (R, M, "exp-array"),
    (R, M, "exp-array/n"),
    (R, M, "exp-array/e"),
    (R, M, "exp-array/c"),
    (R, M, "exp-array/allbad"),
    (R, M, "exp-array/missing-first"),
    (R, M, "exp-invalid/up"),
    (R, M, "exp-invalid/abs"),
    (R, M, "exp-invalid/bare"),
    (R, M, "exp-invalid/nm"),
    (R, M, "exp-invalid/dotdot"),
    (R, M, "exp-invalid/num"),
    (R, M, "exp-invalid/bool"),
    (R, M, "exp-invalid/missing"),
    (R, M, "exp-invalid/dirtarget"),
    (R, M, "exp-invalid/folder/main.js"),     # folder mappings are gone
    (R, M, "exp-invalid/sub/main.js"),
    (R, M, "exp-invalid/sub/"),
    (R, M, "exp-invalid/emptyseg"),
    (R, M, "exp-invalid/url"),
    (R, M, "exp-invalid/obj"),
    (R, M, "exp-mixed"),
    (R, M, "exp-null"),
    (R, M, "exp-sugar"),
    (R, M, "esm-only"),
    (R, M, "@scope/pkg"),
    (R, M, "@scope/pkg/sub"),
    (R, M, "@scope/pkg/nope"),
    (R, M, "exp-esc/a"),
    (R, M, "exp-esc/caf\u00e9"),
    # --- CommonJS: self-reference and "imports" ----------------------------
    (R, "selfpkg/src/a.js", "selfpkg"),
    (R, "selfpkg/src/a.js", "selfpkg/feature"),
    (R, "selfpkg/src/a.js", "selfpkg/missing"),
    (R, "selfpkg/src/a.js", "selfpkg/nope"),
    (R, "selfnoexp/src/a.js", "selfnoexp"),
    (R, M, "#dep"),
    (R, M, "#internal/util"),
    (R, M, "#internal/secret/key"),
    (R, M, "#internal/nope"),
    (R, M, "#cond"),
    (R, M, "#missing"),
    (R, M, "#bad"),
    (R, M, "#arr"),
    (R, M, "#scoped"),
    (R, M, "#builtin"),
    (R, M, "#nothere"),
    (R, M, "#"),
    (R, M, "#/slash"),
    (R, "typemod/a.js", "#dep"),      # a scope without "imports"
    # --- CommonJS: built-in modules ----------------------------------------
    (R, M, "fs"),
    (R, M, "node:fs"),
    (R, M, "fs/promises"),
    (R, M, "_http_agent"),
    (R, M, "node:test"),
    (R, M, "test"),
    (R, M, "node:test/reporters"),
    (R, M, "node:sea"),
    (R, M, "node:sqlite"),
    (R, M, "node:foo"),
    (R, M, "node:"),
    (R, M, "fs/"),
    # --- ES modules: URLs ---------------------------------------------------
    (I, MJ, "./lib/file.js"),
    (I, MJ, "./lib/file"),            # no extension search...
    (I, MJ, "./lib/missing.js"),
    (I, MJ, "./dir-main"),            # ...and no directory index
    (I, MJ, "./dir-main/"),
    (I, MJ, "./dir-empty"),
    (I, MJ, "./lib/file.js/"),
    (I, MJ, "./lib/nope/"),
    (I, MJ, "./lib/data.json"),
    (I, MJ, "./lib/y.mjs"),
    (I, MJ, "./lib/file.js?query=1"),
    (I, MJ, "./lib/file.js#hash"),
    (I, MJ, "./lib/fil%65.js"),
    (I, MJ, "./lib%2ffile.js"),
    (I, MJ, "./lib%5Cfile.js"),
    (I, MJ, "./space dir/x y.js"),
    (I, MJ, "./space%20dir/x%20y.js"),
    (I, MJ, "./space dir/100%.js"),
    (I, MJ, "./space dir/100%25.js"),
    (I, MJ, "./lib/%2e%2e/lib/file.js"),
    (I, MJ, ".\\lib\\file.js"),
    (I, MJ, "./lib\\file.js"),
    (I, MJ, "./lib/link.js"),
    (I, MJ, "./lib/linkdir/b/c.js"),
    (I, MJ, "<root>/lib/file.js"),
    (I, MJ, "file://<root>/lib/file.js"),
    (I, MJ, "file://<root>/lib/nope.js"),
    (I, MJ, "//host/x.js"),
    (I, MJ, "https://example.com/x.js"),
    (I, MJ, "foo:bar"),
    (I, "deep/a/b/c.mjs", "../../../lib/file.js"),
    (I, "deep/a/b/c.mjs", "../../../lib/file"),
    (I, "deep/a/b/c.mjs", "."),
    (I, "deep/a/b/c.mjs", ".."),
    (I, MJ, ""),
    (I, MJ, ".foo"),
    # --- ES modules: packages -------------------------------------------
    (I, MJ, "dep"),
    (I, MJ, "dep/index.js"),
    (I, MJ, "dep/index"),
    (I, MJ, "pkg-main"),              # legacy "main": lib/main -> lib/main.js
    (I, MJ, "pkg-main/sub"),
    (I, MJ, "pkg-main/sub.js"),
    (I, MJ, "pkg-main/dir"),
    (I, MJ, "pkg-nopkgjson"),
    (I, MJ, "pkg-nomain"),
    (I, MJ, "pkg-badmain"),
    (I, MJ, "pkg-empty"),
    (I, MJ, "pkg-noindex"),
    (I, MJ, "pkg-maindir"),
    (I, MJ, "badjson"),
    (I, MJ, "no-such-package"),
    (I, MJ, "@scope/plain"),
    (I, MJ, "@scope/plain/sub.js"),
    (I, MJ, "@scope"),
    (I, MJ, "@scope/"),
    (I, MJ, "dep\\index.js"),
    (I, MJ, "d%65p"),
    (I, "node_modules/dep/index.js", "skipme"),   # ESM does look there
    (I, MJ, "linked"),
    (I, MJ, "type-module"),
    (I, MJ, "exp-string"),
    (I, MJ, "exp-cond"),
    (I, MJ, "exp-cond/addons"),
    (I, MJ, "exp-cond/sync"),
    (I, MJ, "exp-cond/nested"),
    (I, MJ, "exp-cond/browser"),
    (I, MJ, "exp-patterns/features/a"),
    (I, MJ, "exp-patterns/features/b/c.js"),
    (I, MJ, "exp-patterns/ext/m.cjs"),
    (I, MJ, "exp-patterns/features/%61"),
    (I, MJ, "exp-array"),
    (I, MJ, "exp-array/allbad"),
    (I, MJ, "exp-invalid/missing"),
    (I, MJ, "exp-invalid/up"),
    (I, MJ, "exp-invalid/dirtarget"),
    (I, MJ, "exp-mixed"),
    (I, MJ, "exp-null"),
    (I, MJ, "exp-sugar"),
    (I, MJ, "esm-only"),
    (I, MJ, "@scope/pkg/sub"),
    (I, MJ, "@scope/pkg/nope"),
    (I, "selfpkg/src/a.mjs", "selfpkg/feature"),
    (I, "selfpkg/src/a.mjs", "selfpkg/nope"),
    (I, "selfpkg/src/a.mjs", "selfpkg/missing"),
    (I, MJ, "#dep"),
    (I, MJ, "#cond"),
    (I, MJ, "#internal/util"),
    (I, MJ, "#internal/secret/key"),
    (I, MJ, "#missing"),
    (I, MJ, "#bad"),
    (I, MJ, "#nothere"),
    (I, MJ, "#"),
    (I, MJ, "#/slash"),
    (I, MJ, "#builtin"),
    (I, MJ, "fs"),
    (I, MJ, "node:fs"),
    (I, MJ, "node:test"),
    (I, MJ, "test"),
    (I, MJ, "node:foo"),
    # --- malformed package.json: V8's JSON.parse messages ------------------
    (R, M, "./json/trailing-comma"),
    (R, M, "./json/single-quote"),
    (R, M, "./json/missing-comma"),
    (R, M, "./json/bad-unicode"),
    (R, M, "./json/bad-escape"),
    (R, M, "./json/control-char"),
    (R, M, "./json/minus"),
    (R, M, "./json/leading-zero"),
    (R, M, "./json/fraction"),
    (R, M, "./json/exponent"),
    (R, M, "./json/literal"),
    (R, M, "./json/emoji"),
    (R, M, "./json/two-values"),
    (R, M, "./json/empty"),
    (R, M, "./json/array-missing-comma"),
    (R, M, "./json/colon"),
    (R, M, "./json/unterminated-object"),
    (R, M, "./json/unterminated-string"),
    (R, M, "./json/array-trailing-comma"),
    (R, M, "./json/context-end"),
    (R, M, "./json/context-middle"),
    (R, M, "./json/context-start"),
    (R, M, "./json/context-unicode"),
    (R, M, "./json/null-root"),
    (R, M, "./json/array-root"),
    (R, M, "./json/bom"),
    (R, M, "./json/deep-nesting"),
    (I, MJ, "./json/single-quote/index.js"),  # the scope gives the format
    (I, MJ, "./json/null-root/index.js"),
    (R, "badpkg/a.js", "./c.cjs"),    # CommonJS reads the scope for every request
    (R, "badpkg/a.js", "fs"),
    (I, "badpkg/b.mjs", "./a.js"),
    (I, "badpkg/b.mjs", "./c.cjs"),
    (I, "badpkg/b.mjs", "dep"),
    (I, "badpkg/b.mjs", "#x"),
    (F, "badpkg/a.js", ""),
    # --- package scopes: where the walk up stops ----------------------------
    (R, "quirk/xnode_modules/p/a.js", "#a"),
    (I, "quirk/xnode_modules/p/a.mjs", "#a"),
    (R, "quirk/node_modules/p/a.js", "#a"),
    (I, "quirk/node_modules/p/a.mjs", "#a"),
    (F, "quirk/xnode_modules/p/a.js", ""),
    (F, "quirk/node_modules/p/a.js", ""),
    (F, "quirk/z.js", ""),
    # --- more "exports", "imports" and "main" -------------------------------
    (R, M, "exp-badmain"),
    (I, MJ, "exp-badmain"),
    (R, M, "exp-false"),
    (I, MJ, "exp-empty"),
    (R, M, "exp-star/aQ"),            # every "*" of the target is replaced
    (R, M, "exp-star/b/a b.js"),
    (R, M, "exp-star/b/a%20b.js"),    # the subpath is part of a URL...
    (I, MJ, "exp-star/b/a%20b.js"),
    (R, M, "exp-star/b/c%d.js"),      # ...so a stray "%" is malformed
    (R, M, "exp-star/b/x?y"),         # and "?" starts a query
    (R, M, "exp-star/b/a%2fb"),
    (I, MJ, "exp-star/b/a%2fb"),
    (R, M, "exp-star/b/q\\z"),
    (R, M, "exp-star/cQd/"),
    (R, M, "exp-star/dir/q"),
    (I, MJ, "exp-star/dir/q"),
    (R, M, "m-empty"),
    (I, MJ, "m-empty"),
    (R, M, "m-empty-noindex"),
    (I, MJ, "m-empty-noindex"),
    (R, M, "m-num"),
    (I, MJ, "m-num"),
    (R, M, "m-dots"),
    (I, MJ, "m-dots"),
    (R, M, "@scope/p%x"),
    (R, M, "dep/../pkg-main"),
    (I, MJ, "dep/../pkg-main/sub.js"),
    (R, M, "./dir-main/."),
    (R, M, "#fs"),
    (I, MJ, "#fs"),
    (R, M, "#nopkg"),
    (I, MJ, "#nopkg"),
    (R, M, "#sub"),
    (I, MJ, "#sub"),
    (R, M, "#legacy"),
    (I, MJ, "#legacy"),
    (R, M, "#pat/sub"),
    (R, M, "#pat/sub.js"),
    (R, M, "#cjsdir"),
    (I, MJ, "#cjsdir"),
    (R, M, "#expnf"),
    (R, M, "#star/util.js"),
    (I, MJ, "#star/util.js"),
    # --- ESM hints ----------------------------------------------------------
    (I, MJ, "./space dir/x y"),
    (I, MJ, "pkg-main/a b"),
    (I, MJ, "@scope/plain/sub"),
    (I, MJ, "linked/index"),
    (I, MJ, "<root>/lib/file"),
    (I, MJ, "file://<root>/lib/file"),
    (I, MJ, "./lib/file.js/"),
    (I, "lib/deep/a.js", "../file"),
    # --- odd inputs: long names, importers whose paths need escaping --------
    (R, M, "./" + "x" * 300),         # longer than a file name may be
    (I, MJ, "./" + "x" * 300 + ".js"),
    (R, M, "./" + "d/" * 2100),       # longer than a path may be
    (I, MJ, "./" + "d/" * 2100 + "x.js"),
    (R, M, "x" * 300),
    (I, MJ, "x" * 300),
    (R, "space dir/x y.js", "./100%"),
    (I, "space dir/x y.js", "./100%25.js"),
    (I, "space dir/x y.js", "./x y"),
    (I, "space dir/100%.js", "./x%20y.js"),
    (I, "space dir/100%.js", "../lib/file"),
    # --- module formats -----------------------------------------------------
    (F, "typemod/a.js", ""),
    (F, "typemod/b.cjs", ""),
    (F, "typemod/c.mjs", ""),
    (F, "typemod/d.json", ""),
    (F, "typemod/noext", ""),
    (F, "typemod/e.node", ""),
    (F, "typemod/f.txt", ""),
    (F, "typemod/sub/x.js", ""),
    (F, "typemod/sub-cjs/x.js", ""),
    (F, "typemod/node_modules/inner/x.js", ""),
    (F, "typemod/node_modules/typed/x.js", ""),
    (F, "notype/a.js", ""),
    (F, "notype/noext", ""),
    (F, "lib/x.cjs", ""),
    (F, "lib/y.mjs", ""),
    (F, "node_modules/type-module/util.js", ""),
    # --- built-in names -----------------------------------------------------
    (B, "", "fs"),
    (B, "", "node:fs"),
    (B, "", "fs/promises"),
    (B, "", "test"),
    (B, "", "node:test"),
    (B, "", "node:test/reporters"),
    (B, "", "node:sea"),
    (B, "", "sea"),
    (B, "", "node:sqlite"),
    (B, "", "wasi"),
    (B, "", "node:"),
    (B, "", "nope"),
]

# --- asking node ---------------------------------------------------------

# require: createRequire(from).resolve(spec) gives the file; on failure the
# error require(spec) itself throws is taken, since the two differ for
# "node:foo" and "" (the compiler resolves require() calls).
NODE_REQUIRE = r"""
const { createRequire } = require('module');
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
for (const [from, spec] of cases) {
  const req = createRequire(from);
  let out;
  try { out = { file: req.resolve(spec) }; } catch (e) {
    out = { code: e.code || e.name, message: e.message };
    try { req(spec); } catch (e2) { out = { code: e2.code || e2.name, message: e2.message }; }
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}
"""

# import: a resolve hook runs node's default resolver for (spec, from) and
# hands the answer back as a data: module. A "node:" URL only fails when
# loaded, so those are imported too.
NODE_IMPORT = r"""
import { register, isBuiltin } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
register(process.argv[2]);
const cases = JSON.parse(readFileSync(0, 'utf8'));
const print = (out) => process.stdout.write(JSON.stringify(out) + '\n');
for (const [kind, from, spec] of cases) {
  if (kind === 'builtin') { print({ builtin: isBuiltin(spec) }); continue; }
  if (kind === 'format') { print(await format(from)); continue; }
  // node computes the "Did you mean" hint of a relative specifier from the
  // current directory: make it the importer's folder, as kiln assumes.
  process.chdir(dirname(from));
  const probe = 'kiln-probe:' + encodeURIComponent(JSON.stringify([kind, from, spec]));
  const out = (await import(probe)).default;
  if (out.url && !out.url.startsWith('file:')) {
    try { await import(out.url); } catch (e) {
      Object.assign(out, { code: e.code, message: e.message, url: undefined });
    }
  }
  print(out);
}
// The format node's default loader gives a file: import it through a hook
// that reports the format and stops before running anything.
async function format(path) {
  const url = 'kiln-format:' + encodeURIComponent(path);
  try { return (await import(url)).default; }
  catch (e) { return { code: e.code, message: e.message }; }
}
"""

# The hooks: "kiln-probe:" resolves a case, "kiln-format:" asks node's
# default loader for a file's format and stops before running anything.
NODE_HOOKS = r"""
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
const Module = createRequire(import.meta.url)('module');
const back = (out) => ({ shortCircuit: true, url: 'data:text/javascript,export default ' +
  encodeURIComponent(JSON.stringify(out)) });
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('kiln-format:')) {
    const path = decodeURIComponent(specifier.slice(12));
    return { shortCircuit: true, url: pathToFileURL(path).href + '?kiln-format' };
  }
  if (!specifier.startsWith('kiln-probe:')) return next(specifier, context);
  const [kind, from, spec] = JSON.parse(decodeURIComponent(specifier.slice(11)));
  const parentURL = pathToFileURL(from).href;
  // The hint node adds to a failed import comes from a CommonJS lookup
  // whose cache key ignores the current directory: start each case afresh.
  for (const key of Object.keys(Module._pathCache)) delete Module._pathCache[key];
  try {
    return back({ url: (await next(spec, { ...context, parentURL })).url });
  } catch (e) {
    return back({ code: e.code || e.name, message: e.message });
  }
}
export async function load(url, context, next) {
  if (!url.endsWith('?kiln-format')) return next(url, context);
  const real = url.slice(0, -'?kiln-format'.length);
  let out;
  try {
    const attrs = real.endsWith('.json') ? { type: 'json' } : {};
    const r = await next(real, { ...context, format: undefined, importAttributes: attrs });
    out = { format: r.format };
  } catch (e) {
    out = { code: e.code || e.name, message: e.message };
  }
  return { shortCircuit: true, format: 'module',
           source: 'export default ' + JSON.stringify(out) };
}
"""


def node_answers(root, cases):
    """Runs node on every case; returns one result line per case."""
    with tempfile.TemporaryDirectory() as tmp:
        hooks = os.path.join(tmp, "hooks.mjs")
        with open(hooks, "w") as f:
            f.write(NODE_HOOKS)
        probe = os.path.join(tmp, "probe.mjs")
        with open(probe, "w") as f:
            f.write(NODE_IMPORT)
        req = [c for c in cases if c[0] == R]
        rest = [c for c in cases if c[0] != R]
        req_out = run_node(["-e", NODE_REQUIRE],
                           [[abs_from(root, c[1]), expand(root, c[2])] for c in req])
        rest_out = run_node([probe, "file://" + hooks],
                            [[c[0], abs_from(root, c[1]), expand(root, c[2])] for c in rest])
    answers = {}
    for c, out in zip(req, req_out):
        answers[c] = describe(root, c, out)
    for c, out in zip(rest, rest_out):
        answers[c] = describe(root, c, out)
    return [answers[c] for c in cases]


def run_node(args, payload):
    p = subprocess.run(["node", "--no-warnings"] + args, input=json.dumps(payload),
                       capture_output=True, text=True, cwd=HERE)
    if p.returncode != 0:
        sys.exit("node failed:\n" + p.stderr)
    lines = p.stdout.splitlines()
    if len(lines) != len(payload):
        sys.exit("node printed %d lines for %d cases:\n%s" % (len(lines), len(payload), p.stderr))
    return [json.loads(line) for line in lines]


def describe(root, case, out):
    """Node's answer as the line kiln_resolve_test prints for the case."""
    if "builtin" in out:
        return "builtin-name " + ("yes" if out["builtin"] else "no")
    if "format" in out:
        return "format " + out["format"]
    if case[0] == F:
        return "format unknown"   # node refuses to load it
    if "code" in out:
        return "error %s %s" % (out["code"], escape(out["message"]).replace(root, "<root>"))
    target = out.get("file") or out.get("url")
    if target.startswith("node:"):
        return "builtin " + target[5:]
    if case[0] == R and not target.startswith("/"):
        return "builtin " + target
    if target.startswith("file://"):
        target = file_url_to_path(target)
    elif case[0] == I:
        return "url " + target
    return "file " + relative(root, target)


def file_url_to_path(url):
    from urllib.parse import unquote, urlsplit
    return unquote(urlsplit(url).path)


# --- asking kiln -------------------------------------------------------------

def kiln_answers(exe, root, cases):
    lines = []
    for mode, frm, spec in cases:
        lines.append("\t".join([mode, escape(abs_from(root, frm)), escape(expand(root, spec))]))
    p = subprocess.run([exe, root], input="\n".join(lines) + "\n", capture_output=True,
                       text=True, timeout=120)
    if p.returncode != 0:
        print(p.stderr, file=sys.stderr)
        sys.exit("%s exited with %d" % (exe, p.returncode))
    out = p.stdout.splitlines()
    if len(out) != len(cases):
        sys.exit("%s printed %d lines for %d cases" % (exe, len(out), len(cases)))
    return [line.replace(root, "<root>") for line in out]


# --- shared helpers ----------------------------------------------------------

def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def expand(root, s):
    return s.replace("<root>", root)


def abs_from(root, frm):
    return os.path.join(root, frm) if frm else ""


def relative(root, path):
    if path == root or path.startswith(root + "/"):
        return os.path.relpath(path, root)
    return path


def make_tree(tmp):
    """Copies the fixtures into tmp and adds the symlinks; returns the root."""
    root = os.path.join(os.path.realpath(tmp), "fixtures")
    shutil.copytree(FIXTURES, root, symlinks=True)
    for link, target in SYMLINKS:
        os.symlink(target, os.path.join(root, link))
    return root


def case_key(case):
    return json.dumps(list(case), ensure_ascii=False)


def load_expected():
    expected = {}
    with open(EXPECTED, encoding="utf-8") as f:
        for line in f:
            if line.startswith("["):
                row = json.loads(line)
                expected[case_key(tuple(row[:3]))] = row[3]
    return expected


def node_version():
    try:
        return subprocess.run(["node", "--version"], capture_output=True,
                              text=True).stdout.strip()
    except OSError:
        return "(no node)"


def record():
    version = node_version()
    if not version.startswith("v20."):
        sys.exit("run.py --record: the expectations are node 20's; node is %s" % version)
    with tempfile.TemporaryDirectory() as tmp:
        root = make_tree(tmp)
        answers = node_answers(root, CASES)
    with open(EXPECTED, "w", encoding="utf-8") as f:
        f.write("# Recorded from node %s by tests/resolve/run.py --record; do not edit.\n"
                % version)
        f.write("# [mode, from, specifier, node's answer]\n")
        for c, a in zip(CASES, answers):
            f.write(json.dumps(list(c) + [a], ensure_ascii=False) + "\n")
    print("recorded %d cases in %s" % (len(CASES), os.path.relpath(EXPECTED)))


# --- differential fuzzing ----------------------------------------------------

# Pieces random specifiers are made of: fixture names, URL and path syntax.
FUZZ_ATOMS = [
    "", ".", "..", "/", "//", "\\", "%", "%2", "%2e", "%2E%2e", "%2f", "%61", "%20", "%ff",
    "#", "#/", "?", "*", "@", "@scope/", "node:", "file:", "file://", "file:///", "http:",
    "c:", " ", "node_modules", "package.json", "\u00e9", "dep", "pkg-main", "exp-patterns",
    "exp-star", "exp-cond", "exp-invalid", "exp-array", "exp-string", "selfpkg", "#internal/",
    "#star/", "#pat/", "#dep", "#cond", "lib", "file", "file.js", "index", ".js", ".json",
    ".mjs", "./", "../", "fs", "test", "features/", "sub", "src/", "dir", "b/", "a",
]
FUZZ_FROM = {
    R: ["main.js", "selfpkg/src/a.js", "node_modules/dep/index.js", "lib/deep/a.js",
        "deep/a/b/c.js", "quirk/xnode_modules/p/a.js", "node_modules/nester/index.js"],
    I: ["main.mjs", "selfpkg/src/a.mjs", "node_modules/dep/index.js", "deep/a/b/c.mjs",
        "quirk/xnode_modules/p/a.mjs", "space dir/x y.js"],
}


def fuzz(exe, count, seed):
    """Random specifiers resolved by node and kiln; prints what differs."""
    import random
    rnd = random.Random(seed)
    cases = []
    for _ in range(count):
        mode = rnd.choice([R, I])
        spec = "".join(rnd.choice(FUZZ_ATOMS) for _ in range(rnd.randint(1, 5)))
        # data: URLs are kiln's own error (node would load them).
        if not spec.lower().lstrip().startswith("data:"):
            cases.append((mode, rnd.choice(FUZZ_FROM[mode]), spec))
    cases = list(dict.fromkeys(cases))
    with tempfile.TemporaryDirectory() as tmp:
        root = make_tree(tmp)
        want = node_answers(root, cases)
        got = kiln_answers(exe, root, cases)
    differ = 0
    for c, w, g in zip(cases, want, got):
        # A node: URL that fails to load trips node's hook chain, which the
        # probe goes through, instead of ERR_UNKNOWN_BUILTIN_MODULE.
        if w != g and "ERR_INVALID_RETURN_PROPERTY_VALUE" not in w:
            differ += 1
            print("DIFF %s %s %r\n  node: %s\n  kiln: %s" % (c + (w, g)))
    print("%d cases, %d differ" % (len(cases), differ))
    return 0 if differ == 0 else 1


def check(exe):
    expected = load_expected()
    with tempfile.TemporaryDirectory() as tmp:
        root = make_tree(tmp)
        got = kiln_answers(exe, root, CASES)
    passed = failed = 0
    for c, g in zip(CASES, got):
        want = expected.get(case_key(c))
        if want == g:
            passed += 1
            continue
        failed += 1
        print("FAIL %s %s %r" % c)
        print("  node: %s" % want)
        print("  kiln: %s" % g)
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--record", action="store_true", help="rewrite expected.txt with node")
    ap.add_argument("--kiln-resolve", metavar="EXE", help="the kiln_resolve_test executable")
    ap.add_argument("--fuzz", metavar="N", type=int, help="compare N random cases live")
    ap.add_argument("--seed", type=int, default=1, help="the --fuzz random seed")
    args = ap.parse_args()
    if args.record:
        record()
        return 0
    if not args.kiln_resolve:
        ap.error("give --record or --kiln-resolve")
    if args.fuzz:
        return fuzz(args.kiln_resolve, args.fuzz, args.seed)
    return check(args.kiln_resolve)


if __name__ == "__main__":
    sys.exit(main())
