// SPDX-License-Identifier: MIT
//
// stack.c: JavaScript stack traces. Compiled functions keep a chain of
// JsFrame records on the C stack (kiln.h: JS_FRAME_ENTER / JS_POS); this
// file turns the chain into V8's text ("    at fn (/abs/app.js:3:9)"),
// honouring Error.stackTraceLimit, Error.captureStackTrace's `fn` and
// Error.prepareStackTrace (with CallSite objects).
//
// Frame names follow V8's CallSite rules: a construct call is "new Name";
// a call whose receiver is undefined, null or the global object is just
// the function's name (or, anonymous, no name: "at file:line:col"); any
// other receiver makes a method call "Type.name" (Type: the receiver's
// constructor name, or the receiver's own name when it is a function). A
// CommonJS module body is "Object.<anonymous>"; an ES module's body has no
// name and its file is a file:// URL.
#include "internal.h"

#include <string.h>

JsFrame *js__frame;

// Where a frame's code lives: an absolute path, or file:///... for an ES module.
static void put_file(JsStrBuf *sb, const JsFrame *f) {
  int format = 0;
  const char *path = js_module_filename(f->info->module, &format);
  if (!path) {
    js_sb_puts(sb, "<anonymous>");
    return;
  }
  if (format == JS_MOD_ESM && path[0] == '/') {
    js_sb_puts(sb, "file://");
    for (const char *p = path; *p; p++) {
      unsigned char c = (unsigned char)*p;
      if (c == ' ' || c == '%' || c == '#' || c == '?' || c < 32 || c >= 127) {
        char esc[4];
        snprintf(esc, sizeof esc, "%%%02X", c);
        js_sb_puts(sb, esc);
      } else {
        char one[2] = {(char)c, 0};
        js_sb_puts(sb, one);
      }
    }
    return;
  }
  js_sb_puts(sb, path);
}

// V8's GetTypeName for a method call's receiver.
static JsValue type_name(JsRt *rt, JsValue recv) {
  if (js_is_string(recv))
    return js_atom_cstr(rt, "String");
  if (js_is_number(recv))
    return js_atom_cstr(rt, "Number");
  if (recv == JS_TRUE || recv == JS_FALSE)
    return js_atom_cstr(rt, "Boolean");
  if (!js_is_object(recv))
    return rt->atom_empty;
  if (js_is_callable(recv)) {
    JsValue n = js_function_name_of(rt, recv);
    if (js_str_len(js_str(n)))
      return n;
    return js_atom_cstr(rt, "Function");
  }
  // V8 reads the constructor without running code: only data properties
  // count here, and a stack built while one is read (a Proxy trap that
  // throws) names no type; a getter that threw recursed forever.
  static bool reading;
  if (reading)
    return js_atom_cstr(rt, "Object");
  reading = true;
  bool had = rt->has_exception;
  JsValue saved = rt->exception;
  JsValue ctor = JS_UNDEFINED;
  JsValue key = js_atom_cstr(rt, "constructor");
  JsValue o = recv;
  for (int depth = 0; depth < 64 && js_is_object(o); depth++) {
    JsPropDesc d;
    int r = js_get_own_property(rt, o, key, &d);
    if (r != 0) {
      if (r == 1 && (d.has & JS_DESC_HAS_VALUE))
        ctor = d.value;
      break;
    }
    JsObject *proto = js_obj(o)->proto;
    o = proto ? js_from_cell(proto) : JS_NULL;
  }
  rt->has_exception = had;
  rt->exception = saved;
  reading = false;
  if (js_is_callable(ctor)) {
    JsValue n = js_function_name_of(rt, ctor);
    if (js_str_len(js_str(n)))
      return n;
  }
  return js_atom_cstr(rt, "Object");
}

static bool is_toplevel(JsRt *rt, const JsFrame *f) {
  return js_is_nullish(f->recv) || f->recv == rt->global;
}

static bool is_construct(const JsFrame *f) {
  return f->ntarget != JS_UNDEFINED && js_is_object(f->ntarget) &&
         f->info->kind != JS_FRAME_MODULE;
}

// The function part of a frame's line ("new C", "C.m", "fn"), or "" for
// an anonymous top-level frame.
static void put_function(JsRt *rt, JsStrBuf *sb, const JsFrame *f) {
  const JsFuncInfo *fi = f->info;
  if (fi->kind == JS_FRAME_MODULE) {
    if (!is_toplevel(rt, f))
      js_sb_puts(sb, "Object.<anonymous>");
    return;
  }
  if (fi->kind == JS_FRAME_ASYNC)
    js_sb_puts(sb, "async ");
  if (is_construct(f)) {
    js_sb_puts(sb, "new ");
    js_sb_puts(sb, *fi->name ? fi->name : "<anonymous>");
    return;
  }
  if (is_toplevel(rt, f)) {
    js_sb_puts(sb, fi->name);
    return;
  }
  JsValue tn = type_name(rt, f->recv);
  size_t nl = strlen(fi->name);
  JsString *ts = js_str(tn);
  const char *t = js_str_to_utf8(rt, ts, NULL);
  size_t tl = strlen(t);
  if (*t && !(nl >= tl && strncmp(fi->name, t, tl) == 0 && fi->name[tl] == '.')) {
    js_sb_puts(sb, t);
    js_sb_puts(sb, ".");
  }
  js_sb_puts(sb, nl ? fi->name : "<anonymous>");
}

static void put_frame(JsRt *rt, JsStrBuf *sb, const JsFrame *f) {
  JsStrBuf fn;
  js_sb_init(&fn);
  put_function(rt, &fn, f);
  JsValue name = js_sb_finish(rt, &fn);
  char pos[32];
  snprintf(pos, sizeof pos, ":%u:%u", f->line, f->col);
  js_sb_puts(sb, "\n    at ");
  if (js_str_len(js_str(name))) {
    js_sb_put_str(rt, sb, js_str(name));
    js_sb_puts(sb, " (");
    put_file(sb, f);
    js_sb_puts(sb, pos);
    js_sb_puts(sb, ")");
  } else {
    put_file(sb, f);
    js_sb_puts(sb, pos);
  }
}

// Error.stackTraceLimit: -1 when it is not a number (no stack at all).
static int stack_limit(JsRt *rt) {
  JsPropDesc d;
  JsValue ctor = rt->error_ctors[JS_ERROR];
  if (js_get_own_property(rt, ctor, js_atom_cstr(rt, "stackTraceLimit"), &d) != 1 ||
      !(d.has & JS_DESC_HAS_VALUE) || !js_is_number(d.value))
    return -1;
  double n = js_get_number(d.value);
  if (!(n > 0))
    return 0;
  return n > 1e6 ? 1000000 : (int)n;
}

// The first frame to show: below the innermost frame of [skip]'s code when
// it is a function on the stack (Error.captureStackTrace(obj, fn)).
static const JsFrame *first_frame(JsValue skip) {
  const JsFrame *f = js__frame;
  if (!js_is_object(skip) || !js_is_callable(skip))
    return f;
  JsFn code = js_obj(skip)->fn;
  for (const JsFrame *g = f; g; g = g->prev)
    if (g->info->fn == code)
      return g->prev;
  return f;  // not on the stack (V8 shows no frames): Kiln's stdlib functions have no frames
}

// --- Error.prepareStackTrace: CallSite objects ------------------------------------------

typedef struct CallSite {
  JsFrame frame;  // a copy (the frame itself dies with its C function)
} CallSite;

#define CALLSITE(name)                                                               \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc,          \
                      JsValue *argv, JsValue new_target) {                           \
    (void)callee, (void)argc, (void)argv, (void)new_target;                          \
    CallSite *cs = js_is_object(this_val) ? js_obj(this_val)->internal : NULL;       \
    if (!cs)                                                                         \
      return JS_UNDEFINED;                                                           \
    const JsFrame *f = &cs->frame;                                                   \
    (void)f;
#define END }

CALLSITE(cs_file_name) {
  JsStrBuf sb;
  js_sb_init(&sb);
  put_file(&sb, f);
  return js_sb_finish(rt, &sb);
}
END
CALLSITE(cs_line) { return js_int((int32_t)f->line); }
END
CALLSITE(cs_column) { return js_int((int32_t)f->col); }
END
CALLSITE(cs_function_name) {
  if (f->info->kind == JS_FRAME_MODULE || !*f->info->name)
    return JS_NULL;
  return js_new_cstring(rt, f->info->name);
}
END
CALLSITE(cs_method_name) {
  if (f->info->kind == JS_FRAME_MODULE || !*f->info->name || is_toplevel(rt, f) ||
      is_construct(f))
    return JS_NULL;
  return js_new_cstring(rt, f->info->name);
}
END
CALLSITE(cs_type_name) {
  if (is_toplevel(rt, f) || is_construct(f))
    return JS_NULL;
  return type_name(rt, f->recv);
}
END
CALLSITE(cs_this) { return is_toplevel(rt, f) ? JS_UNDEFINED : f->recv; }
END
CALLSITE(cs_false) { return JS_FALSE; }
END
CALLSITE(cs_toplevel) { return js_bool(is_toplevel(rt, f)); }
END
CALLSITE(cs_constructor) { return js_bool(is_construct(f)); }
END
CALLSITE(cs_async) { return js_bool(f->info->kind == JS_FRAME_ASYNC); }
END
CALLSITE(cs_null) { return JS_NULL; }
END
CALLSITE(cs_to_string) {
  JsStrBuf sb;
  js_sb_init(&sb);
  put_frame(rt, &sb, f);
  JsValue s = js_sb_finish(rt, &sb);
  return js_str_substring(rt, js_str(s), 8, js_str_len(js_str(s)));  // "\n    at "
}
END

static const JsNativeDef callsite_funcs[] = {
    JS_FN("getFileName", cs_file_name, 0),
    JS_FN("getScriptNameOrSourceURL", cs_file_name, 0),
    JS_FN("getLineNumber", cs_line, 0),
    JS_FN("getColumnNumber", cs_column, 0),
    JS_FN("getFunctionName", cs_function_name, 0),
    JS_FN("getMethodName", cs_method_name, 0),
    JS_FN("getTypeName", cs_type_name, 0),
    JS_FN("getThis", cs_this, 0),
    JS_FN("getFunction", cs_null, 0),
    JS_FN("getEvalOrigin", cs_null, 0),
    JS_FN("getScriptHash", cs_null, 0),
    JS_FN("getEnclosingLineNumber", cs_null, 0),
    JS_FN("getEnclosingColumnNumber", cs_null, 0),
    JS_FN("getPosition", cs_null, 0),
    JS_FN("getPromiseIndex", cs_null, 0),
    JS_FN("isNative", cs_false, 0),
    JS_FN("isEval", cs_false, 0),
    JS_FN("isPromiseAll", cs_false, 0),
    JS_FN("isToplevel", cs_toplevel, 0),
    JS_FN("isConstructor", cs_constructor, 0),
    JS_FN("isAsync", cs_async, 0),
    JS_FN("toString", cs_to_string, 0),
};

static JsValue callsite_proto = JS_UNDEFINED;  // a root: Boehm scans static data

static JsValue new_callsite(JsRt *rt, const JsFrame *f) {
  if (callsite_proto == JS_UNDEFINED) {
    callsite_proto = js_new_object(rt);
    JS_INSTALL(rt, callsite_proto, callsite_funcs);
  }
  JsValue o = js_from_cell(js_new_object_class(rt, callsite_proto, JS_CLASS_OBJECT));
  CallSite *cs = js_gc_alloc(sizeof *cs);
  cs->frame = *f;
  cs->frame.prev = NULL;
  js_obj(o)->internal = cs;
  return o;
}

// --- building the stack -----------------------------------------------------------------

// The text of err.stack for an error (or captureStackTrace target) [err]
// whose header ("Name: message") is [header], skipping frames above
// [skip]. Returns JS_EMPTY when Error.stackTraceLimit is not a number (no
// stack), or what Error.prepareStackTrace returns (may throw).
JsValue js_build_stack(JsRt *rt, JsValue err, JsValue header, JsValue skip) {
  int limit = stack_limit(rt);
  if (limit < 0)
    return JS_EMPTY;
  const JsFrame *f = first_frame(skip);
  JsValue prep = JS_UNDEFINED;
  JsPropDesc d;
  if (js_get_own_property(rt, rt->error_ctors[JS_ERROR], js_atom_cstr(rt, "prepareStackTrace"),
                          &d) == 1 && (d.has & JS_DESC_HAS_VALUE))
    prep = d.value;
  if (js_is_callable(prep)) {
    JsValue arr = js_new_array(rt, 0);
    for (int n = 0; f && n < limit; f = f->prev, n++)
      js_array_push(rt, arr, new_callsite(rt, f));
    return js_call(rt, prep, rt->error_ctors[JS_ERROR], 2, (JsValue[]){err, arr});
  }
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_put_str(rt, &sb, js_str(header));
  // An error made with no JS code on the stack (in an event loop callback
  // of the stdlib, where node shows its internal frames): one anonymous
  // frame, so that it still prints as a stack, not as [Error: ...].
  if (!f && limit > 0)
    js_sb_puts(&sb, "\n    at <anonymous>");
  for (int n = 0; f && n < limit; f = f->prev, n++)
    put_frame(rt, &sb, f);
  return js_sb_finish(rt, &sb);
}

// console.trace's frames ("\n    at ..." lines), without a header.
JsValue js_stack_frames(JsRt *rt) {
  int limit = stack_limit(rt);
  JsStrBuf sb;
  js_sb_init(&sb);
  int n = 0;
  for (const JsFrame *f = js__frame; f && n < limit; f = f->prev, n++)
    put_frame(rt, &sb, f);
  return js_sb_finish(rt, &sb);
}
