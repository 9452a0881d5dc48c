// SPDX-License-Identifier: MIT
//
// console.c: the global `console` object, as node prints it.
//
// log/info/debug/dir/table/count/time/group write to stdout, error/warn/
// trace/assert to stderr. Arguments are formatted by js_format_values
// (util.format) and each line is indented by the current group depth.
// stdout is buffered (the runtime flushes it at exit); before writing to
// one stream we flush the other so their interleaving matches node's when
// both go to the same terminal or file.
#include "../stdlib.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int group_indent;  // spaces added by console.group

// Per-label state of count() and time(): labels are atoms, values numbers.
static JsValue counts;  // null-prototype object (a GC root: static data)
static JsValue timers;

static void write_str(JsRt *rt, FILE *out, JsValue s) {
  fflush(out == stdout ? stderr : stdout);
  size_t n;
  char *p = js_str_to_utf8(rt, js_str(s), &n);
  for (int i = 0; i < group_indent; i++)
    fputc(' ', out);
  for (size_t i = 0; i < n; i++) {
    fputc(p[i], out);
    for (int k = 0; p[i] == '\n' && k < group_indent; k++)
      fputc(' ', out);
  }
  fputc('\n', out);
  if (out == stderr)
    fflush(stderr);
}

// Whether node's console colours what it inspects on [out] (its
// shouldColorize, looked at on every call): FORCE_COLOR, when set, decides
// (colours for "", "1", "true", "2", "3": a colour depth above 2);
// otherwise only a terminal that NO_COLOR, NODE_DISABLE_COLORS and
// TERM=dumb do not turn off. process.env writes go to the real environment.
static bool console_colors(FILE *out) {
  const char *force = getenv("FORCE_COLOR");
  if (force)
    return !strcmp(force, "") || !strcmp(force, "1") || !strcmp(force, "true") ||
           !strcmp(force, "2") || !strcmp(force, "3");
  if (!isatty(fileno(out)))
    return false;
  if (getenv("NO_COLOR") || getenv("NODE_DISABLE_COLORS"))
    return false;
  const char *term = getenv("TERM");
  return term && strcmp(term, "dumb");
}

// Formats the arguments like util.format and prints one line.
static JsValue print_args(JsRt *rt, FILE *out, int argc, JsValue *argv) {
  JsValue opts = JS_UNDEFINED;
  if (console_colors(out)) {
    opts = js_new_object(rt);
    js_define_field(rt, opts, js_atom_cstr(rt, "colors"), JS_TRUE);
  }
  JsValue s = js_format_values_opts(rt, opts, argc, argv);
  if (js_is_exception(s))
    return s;
  write_str(rt, out, s);
  return JS_UNDEFINED;
}

static JsValue console_log(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  return print_args(rt, stdout, argc, argv);
}

static JsValue console_error(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  return print_args(rt, stderr, argc, argv);
}

// console.trace(...args): "Trace: message" and a stack, on stderr.
static JsValue console_trace(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  JsValue s = js_format_values(rt, argc, argv);
  if (js_is_exception(s))
    return s;
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_puts(&sb, "Trace");
  if (js_str_len(js_str(s))) {
    js_sb_puts(&sb, ": ");
    js_sb_put_str(rt, &sb, js_str(s));
  }
  js_sb_put_str(rt, &sb, js_str(js_stack_frames(rt)));
  write_str(rt, stderr, js_sb_finish(rt, &sb));
  return JS_UNDEFINED;
}

// console.assert(value, ...message): prints "Assertion failed[: message]"
// to stderr when value is falsy.
static JsValue console_assert(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  if (js_truthy(rt, js_arg(argc, argv, 0)))
    return JS_UNDEFINED;
  if (argc <= 1) {
    write_str(rt, stderr, js_new_cstring(rt, "Assertion failed"));
    return JS_UNDEFINED;
  }
  // node replaces the first message argument by the template string
  // `Assertion failed: ${message}` (its ToString: an object prints as
  // [object Object], a Symbol throws a TypeError).
  JsValue *args = js_gc_alloc(sizeof(JsValue) * (size_t)argc);
  int n = 0;
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_puts(&sb, "Assertion failed: ");
  if (js_sb_put_value(rt, &sb, argv[1]) < 0)
    return JS_EXCEPTION;
  args[n++] = js_sb_finish(rt, &sb);
  for (int i = 2; i < argc; i++)
    args[n++] = argv[i];
  return print_args(rt, stderr, n, args);
}

// console.dir(obj, options): inspect with options.depth/showHidden, even
// for strings (which come out quoted).
static JsValue console_dir(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  JsInspectOpts o = { 2, false, console_colors(stdout) };
  JsValue opts = js_arg(argc, argv, 1);
  if (js_is_object(opts)) {
    JsValue d = js_get_prop(rt, opts, js_atom_cstr(rt, "depth"));
    JsValue h = js_get_prop(rt, opts, js_atom_cstr(rt, "showHidden"));
    if (js_is_exception(d) || js_is_exception(h))
      return JS_EXCEPTION;
    if (js_is_null(d) || (js_is_number(d) && isinf(js_get_number(d))))
      o.depth = INT32_MAX;
    else if (js_is_number(d))
      o.depth = (int)js_get_number(d);
    o.show_hidden = js_truthy(rt, h);
  }
  JsValue s = js_inspect_with(rt, js_arg(argc, argv, 0), &o);
  if (js_is_exception(s))
    return s;
  write_str(rt, stdout, s);
  return JS_UNDEFINED;
}

static JsValue console_group(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  if (argc > 0 && js_is_exception(print_args(rt, stdout, argc, argv)))
    return JS_EXCEPTION;
  group_indent += 2;
  return JS_UNDEFINED;
}

static JsValue console_group_end(JsRt *rt, JsValue callee, JsValue this_val,
                                 int argc, JsValue *argv, JsValue new_target) {
  if (group_indent >= 2)
    group_indent -= 2;
  return JS_UNDEFINED;
}

// The label argument of count/time: ToString, "default" when undefined.
static JsValue label_of(JsRt *rt, int argc, JsValue *argv) {
  JsValue l = js_arg(argc, argv, 0);
  if (js_is_undefined(l))
    return js_atom_cstr(rt, "default");
  l = js_to_string(rt, l);
  return js_is_exception(l) ? l : js_str_intern(rt, l);
}

static JsValue console_count(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  JsValue label = label_of(rt, argc, argv);
  if (js_is_exception(label))
    return label;
  JsValue c = js_get_prop(rt, counts, label);
  int n = js_is_number(c) ? (int)js_get_number(c) + 1 : 1;
  js_define_value(rt, counts, label, js_int(n), JS_PROP_DEFAULT);
  write_str(rt, stdout, js_new_stringf(rt, "%s: %d", js_cstr(rt, label), n));
  return JS_UNDEFINED;
}

static JsValue console_count_reset(JsRt *rt, JsValue callee, JsValue this_val,
                                   int argc, JsValue *argv, JsValue new_target) {
  JsValue label = label_of(rt, argc, argv);
  if (js_is_exception(label))
    return label;
  if (js_get_own_property(rt, counts, label, NULL) != 1) {
    write_str(rt, stderr, js_new_stringf(rt, "Count for '%s' does not exist",
                                         js_cstr(rt, label)));
    return JS_UNDEFINED;
  }
  js_define_value(rt, counts, label, js_int(0), JS_PROP_DEFAULT);
  return JS_UNDEFINED;
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static JsValue console_time(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  JsValue label = label_of(rt, argc, argv);
  if (js_is_exception(label))
    return label;
  if (js_get_own_property(rt, timers, label, NULL) == 1) {
    write_str(rt, stderr, js_new_stringf(rt, "Warning: Label '%s' already exists for "
                                         "console.time()", js_cstr(rt, label)));
    return JS_UNDEFINED;
  }
  js_define_value(rt, timers, label, js_double(now_ms()), JS_PROP_DEFAULT);
  return JS_UNDEFINED;
}

// timeEnd and timeLog: "label: 1.234ms" (node switches to seconds and
// minutes for long durations).
static JsValue time_report(JsRt *rt, int argc, JsValue *argv, bool end,
                           const char *method) {
  JsValue label = label_of(rt, argc, argv);
  if (js_is_exception(label))
    return label;
  JsPropDesc d;
  if (js_get_own_property(rt, timers, label, &d) != 1) {
    write_str(rt, stderr, js_new_stringf(rt, "Warning: No such label '%s' for "
                                         "console.%s()", js_cstr(rt, label), method));
    return JS_UNDEFINED;
  }
  double ms = now_ms() - js_get_number(d.value);
  char buf[64];
  if (ms >= 1000)
    snprintf(buf, sizeof buf, "%.3fs", ms / 1000);
  else
    snprintf(buf, sizeof buf, "%.3fms", ms);
  if (end)
    js_delete_property(rt, timers, label);
  JsValue s = js_new_stringf(rt, "%s: %s", js_cstr(rt, label), buf);
  if (!end && argc > 1) {
    JsValue rest = js_format_values(rt, argc - 1, argv + 1);
    if (js_is_exception(rest))
      return rest;
    s = js_concat(rt, js_concat(rt, s, js_new_cstring(rt, " ")), rest);
  }
  write_str(rt, stdout, s);
  return JS_UNDEFINED;
}

static JsValue console_time_end(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  return time_report(rt, argc, argv, true, "timeEnd");
}

static JsValue console_time_log(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  return time_report(rt, argc, argv, false, "timeLog");
}

// ---------------------------------------------------------------------------
// console.table
// ---------------------------------------------------------------------------

// A table cell: inspected without line breaks; objects with more than two
// keys collapse to [Object] as in node.
static JsValue table_cell(JsRt *rt, JsValue v) {
  JsInspectOpts o = { 0, false, console_colors(stdout) };
  if (js_is_object(v) && !js_is_array(rt, v) && !js_is_callable(v)) {
    JsValue keys = js_own_keys(rt, v, 5);
    if (!js_is_exception(keys) && js_obj(keys)->elem_len > 2)
      o.depth = -1;
  }
  return js_inspect_with(rt, v, &o);
}

static int cell_width(JsRt *rt, JsValue s) {
  size_t n;
  char *p = js_str_to_utf8(rt, js_str(s), &n);
  int w = 0;
  for (size_t i = 0; i < n; i++) {
    if (p[i] == 0x1b && i + 1 < n && p[i + 1] == '[') {  // a colour code takes no columns
      i += 2;
      while (i < n && !((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= 'a' && p[i] <= 'z')))
        i++;
      continue;
    }
    w += ((uint8_t)p[i] & 0xc0) != 0x80;  // count code points
  }
  return w;
}

// Appends a border line: left, fill, joint, right for widths[0..ncols).
static void table_border(JsStrBuf *sb, const int *widths, int ncols, const char *l,
                         const char *joint, const char *r) {
  js_sb_puts(sb, l);
  for (int c = 0; c < ncols; c++) {
    for (int i = 0; i < widths[c] + 2; i++)
      js_sb_puts(sb, "\xe2\x94\x80");  // ─
    js_sb_puts(sb, c + 1 < ncols ? joint : r);
  }
  js_sb_putc(sb, '\n');
}

static void table_row(JsRt *rt, JsStrBuf *sb, JsValue *cells, const int *widths,
                      int ncols) {
  js_sb_puts(sb, "\xe2\x94\x82");  // │
  for (int c = 0; c < ncols; c++) {
    js_sb_putc(sb, ' ');
    int w = 0;
    if (cells[c]) {
      js_sb_put_str(rt, sb, js_str(cells[c]));
      w = cell_width(rt, cells[c]);
    }
    for (int i = w; i < widths[c] + 1; i++)
      js_sb_putc(sb, ' ');
    js_sb_puts(sb, "\xe2\x94\x82");
  }
  js_sb_putc(sb, '\n');
}

// Writes the table: a header row of [cols], then [nrows] rows of cells
// (a NULL cell is blank).
static void table_print(JsRt *rt, JsValue *cols, JsValue **cells, uint32_t nrows,
                        int ncols) {
  int *widths = js_gc_alloc_atomic(sizeof(int) * (size_t)ncols);
  for (int c = 0; c < ncols; c++) {
    widths[c] = cell_width(rt, cols[c]);
    for (uint32_t r = 0; r < nrows; r++)
      if (cells[r][c] && cell_width(rt, cells[r][c]) > widths[c])
        widths[c] = cell_width(rt, cells[r][c]);
  }
  JsStrBuf sb;
  js_sb_init(&sb);
  table_border(&sb, widths, ncols, "\xe2\x94\x8c", "\xe2\x94\xac", "\xe2\x94\x90");
  table_row(rt, &sb, cols, widths, ncols);
  table_border(&sb, widths, ncols, "\xe2\x94\x9c", "\xe2\x94\xbc", "\xe2\x94\xa4");
  for (uint32_t r = 0; r < nrows; r++)
    table_row(rt, &sb, cells[r], widths, ncols);
  table_border(&sb, widths, ncols, "\xe2\x94\x94", "\xe2\x94\xb4", "\xe2\x94\x98");
  sb.len--;  // write_str adds the final newline
  write_str(rt, stdout, js_sb_finish(rt, &sb));
}

// Column index of [key] in cols, adding it when new.
static int table_column(JsValue *cols, int *ncols, JsValue key) {
  for (int i = 0; i < *ncols; i++)
    if (cols[i] == key)
      return i;
  cols[*ncols] = key;
  return (*ncols)++;
}

// Map and Set print one row per entry (node iterates them):
// (iteration index), Key for a Map, and Values.
static JsValue table_collection(JsRt *rt, JsValue data, bool is_map) {
  JsValue list = js_iterable_to_array(rt, data);
  if (js_is_exception(list))
    return list;
  uint32_t n = js_obj(list)->elem_len;
  int ncols = is_map ? 3 : 2;
  JsValue cols[3] = { js_atom_cstr(rt, "(iteration index)"), js_atom_cstr(rt, "Key"),
                      js_atom_cstr(rt, "Values") };
  if (!is_map)
    cols[1] = cols[2];
  JsValue **cells = js_gc_alloc(sizeof(JsValue *) * (n + 1));
  for (uint32_t r = 0; r < n; r++) {
    JsValue e = js_array_elem_raw(js_obj(list), r);
    cells[r] = js_gc_alloc(sizeof(JsValue) * 3);
    cells[r][0] = js_new_stringf(rt, "%u", r);
    if (!is_map) {
      cells[r][1] = table_cell(rt, e);
      continue;
    }
    // Map iteration yields fresh [key, value] arrays.
    cells[r][1] = table_cell(rt, js_array_elem_raw(js_obj(e), 0));
    cells[r][2] = table_cell(rt, js_array_elem_raw(js_obj(e), 1));
  }
  table_print(rt, cols, cells, n, ncols);
  return JS_UNDEFINED;
}

static JsValue console_table(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  JsValue data = js_arg(argc, argv, 0);
  if (!js_is_object(data))
    return print_args(rt, stdout, argc, argv);
  // console.table(data, properties): exactly these columns, in this order.
  JsValue props = js_arg(argc, argv, 1);
  if (props != JS_UNDEFINED && !js_is_array(rt, props))
    return js_throw(rt, js_node_error(rt, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                                      "The \"properties\" argument must be an instance "
                                      "of Array. Received %s",
                                      js__describe_received(rt, props)));
  uint16_t cls = js_obj(data)->hdr.class_id;
  if (cls == JS_CLASS_MAP || cls == JS_CLASS_SET)
    return table_collection(rt, data, cls == JS_CLASS_MAP);
  JsValue rows = js_own_keys(rt, data, 5);
  if (js_is_exception(rows))
    return rows;
  uint32_t nrows = js_obj(rows)->elem_len;
  // Columns: (index), the union of the rows' keys, then Values.
  int cap = 64, ncols = 1;
  JsValue *cols = js_gc_alloc(sizeof(JsValue) * (size_t)cap);
  JsValue **cells = js_gc_alloc(sizeof(JsValue *) * (nrows + 1));
  JsValue values_key = js_atom_cstr(rt, "Values");
  bool has_values = false;
  cols[0] = js_atom_cstr(rt, "(index)");
  for (uint32_t r = 0; r < nrows; r++) {
    JsValue key = js_obj(rows)->elems[r];
    JsValue v = js_get_prop(rt, data, key);
    if (js_is_exception(v))
      return v;
    cells[r] = js_gc_alloc(sizeof(JsValue) * (size_t)cap);
    cells[r][0] = js_is_symbol(key) ? js_inspect(rt, key) : key;
    if (!js_is_object(v) && props == JS_UNDEFINED) {
      has_values = true;
      cells[r][cap - 1] = table_cell(rt, v);
      continue;
    }
    JsValue ks = props != JS_UNDEFINED ? props : js_own_keys(rt, v, 5);
    if (js_is_exception(ks))
      return ks;
    for (uint32_t i = 0; i < js_obj(ks)->elem_len && ncols < cap - 2; i++) {
      JsValue k = js_obj(ks)->elems[i];
      if (props != JS_UNDEFINED)
        k = js_to_property_key(rt, k);
      if (js_is_exception(k))
        return k;
      int c = table_column(cols, &ncols, k);
      JsPropDesc d;
      int own = js_is_object(v) ? js_get_own_property(rt, v, k, &d) : 0;
      if (own < 0)
        return JS_EXCEPTION;
      if (!own)
        continue;  // a blank cell, as node's ''
      JsValue cv = js_get_prop(rt, v, k);
      if (js_is_exception(cv))
        return cv;
      cells[r][c] = table_cell(rt, cv);
    }
  }
  if (has_values) {
    cols[ncols] = values_key;
    for (uint32_t r = 0; r < nrows; r++)
      cells[r][ncols] = cells[r][cap - 1];
    ncols++;
  }
  table_print(rt, cols, cells, nrows, ncols);
  return JS_UNDEFINED;
}

// ---------------------------------------------------------------------------
// Registration.
// ---------------------------------------------------------------------------

static const JsNativeDef console_funcs[] = {
  JS_FN("log", console_log, 0),
  JS_FN("info", console_log, 0),
  JS_FN("debug", console_log, 0),
  JS_FN("error", console_error, 0),
  JS_FN("warn", console_error, 0),
  JS_FN("trace", console_trace, 0),
  JS_FN("assert", console_assert, 0),
  JS_FN("dir", console_dir, 0),
  JS_FN("dirxml", console_log, 0),
  JS_FN("table", console_table, 1),
  JS_FN("group", console_group, 0),
  JS_FN("groupCollapsed", console_group, 0),
  JS_FN("groupEnd", console_group_end, 0),
  JS_FN("count", console_count, 0),
  JS_FN("countReset", console_count_reset, 0),
  JS_FN("time", console_time, 0),
  JS_FN("timeEnd", console_time_end, 0),
  JS_FN("timeLog", console_time_log, 0),
};

void stdlib_console_init(JsRt *rt) {
  counts = js_new_object_proto(rt, JS_NULL);
  timers = js_new_object_proto(rt, JS_NULL);
  JsValue console = js_new_object(rt);
  JS_INSTALL(rt, console, console_funcs);
  js_define_value(rt, rt->global, js_atom_cstr(rt, "console"), console,
                  JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}
