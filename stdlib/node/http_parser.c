// SPDX-License-Identifier: MIT
//
// http_parser.c: the natives of require('kiln:http_parser'), node's
// HTTP/1.1 parser (llhttp 8.1, compiled from Debian's node-llhttp; see
// runtime/CMakeLists.txt) for stdlib/node/internal_http_parser.js.
//
// A parser is known to JS by a small integer id (an index into `parsers`,
// like zlib.c's contexts); JS frees it. execute(id, buffer, target) feeds
// bytes and calls target's methods while llhttp runs, as node's
// HTTPParser does:
//   onHeadersComplete(major, minor, [name, value, ...], method, url,
//                     statusCode, statusMessage, upgrade, shouldKeepAlive)
//     -> 1 to skip the body (a response to HEAD), 2 to skip it and upgrade
//   onBody(Buffer)
//   onMessageComplete([trailer name, value, ...] or undefined)
// Header names and values, the URL and the status message are Latin-1
// strings (node's one-byte strings); trailing blanks of values are dropped.
//
// Memory: a parser's block and its text buffers are malloc'd and hold no JS
// values; the JS target lives on the C stack only during execute().
#include "internal.h"

#include <llhttp.h>
#include <stdlib.h>
#include <string.h>

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)new_target

typedef struct Text {
  char *p;
  size_t len, cap;
} Text;

typedef struct Parser {
  llhttp_t p;      // first: llhttp's callbacks get it
  Text url, status;
  Text *fields;    // header (or trailer) names and values, alternating
  size_t nfields, capfields;
  bool in_value;   // the last span was a value
  bool headers_done;
  size_t header_bytes, max_header_bytes;
  // During execute():
  JsRt *rt;
  JsValue target;
  bool exception;  // a callback threw; it is pending in rt
  bool overflow;   // headers longer than max_header_bytes
  bool executing;  // inside llhttp: free() waits until it returns
  bool freed;
} Parser;

static Parser **parsers;
static int nparsers;
static llhttp_settings_t settings;
static JsValue buffer_proto;  // static: a GC root

// --- text -----------------------------------------------------------------------------

static void text_add(Text *t, const char *at, size_t len) {
  if (len == 0)  // llhttp reports empty spans; t->p may still be NULL
    return;
  if (t->len + len > t->cap) {
    t->cap = (t->len + len) * 2 + 32;
    t->p = realloc(t->p, t->cap);
    if (!t->p) {
      fputs("FATAL ERROR: out of memory (http_parser)\n", stderr);
      abort();
    }
  }
  memcpy(t->p + t->len, at, len);
  t->len += len;
}

static JsValue text_value(JsRt *rt, const Text *t) {
  return js_str_from_latin1(rt, (const uint8_t *)(t->p ? t->p : ""), (uint32_t)t->len);
}

static void clear_fields(Parser *ps) {
  for (size_t i = 0; i < ps->nfields; i++)
    ps->fields[i].len = 0;
  ps->nfields = 0;
  ps->in_value = false;
}

// The headers so far as [name, value, ...]; values lose trailing blanks.
static JsValue fields_array(Parser *ps) {
  JsRt *rt = ps->rt;
  JsValue arr = js_new_array_from(rt, 0, NULL);
  for (size_t i = 0; i < ps->nfields; i++) {
    Text *t = &ps->fields[i];
    if (i % 2)
      while (t->len && (t->p[t->len - 1] == ' ' || t->p[t->len - 1] == '\t'))
        t->len--;
    js_array_push(rt, arr, text_value(rt, t));
  }
  if (ps->nfields % 2)  // a name without a value
    js_array_push(rt, arr, js_new_cstring(rt, ""));
  return arr;
}

// --- llhttp callbacks --------------------------------------------------------------------

// Counts header bytes against the limit: 0, or an error for llhttp.
static int count(Parser *ps, size_t len) {
  if (ps->headers_done)
    return 0;
  ps->header_bytes += len;
  if (ps->max_header_bytes && ps->header_bytes > ps->max_header_bytes) {
    ps->overflow = true;
    llhttp_set_error_reason(&ps->p, "Header overflow");
    return HPE_USER;
  }
  return 0;
}

static int on_message_begin(llhttp_t *p) {
  Parser *ps = (Parser *)p;
  ps->url.len = ps->status.len = 0;
  clear_fields(ps);
  ps->headers_done = false;
  ps->header_bytes = 0;
  return 0;
}

static int on_url(llhttp_t *p, const char *at, size_t len) {
  Parser *ps = (Parser *)p;
  text_add(&ps->url, at, len);
  return count(ps, len);
}

static int on_status(llhttp_t *p, const char *at, size_t len) {
  Parser *ps = (Parser *)p;
  text_add(&ps->status, at, len);
  return count(ps, len);
}

static Text *next_field(Parser *ps) {
  if (ps->nfields == ps->capfields) {
    ps->capfields = ps->capfields ? ps->capfields * 2 : 32;
    ps->fields = realloc(ps->fields, ps->capfields * sizeof(Text));
    memset(ps->fields + ps->nfields, 0, (ps->capfields - ps->nfields) * sizeof(Text));
  }
  Text *t = &ps->fields[ps->nfields++];
  t->len = 0;
  return t;
}

static int on_header_field(llhttp_t *p, const char *at, size_t len) {
  Parser *ps = (Parser *)p;
  if (ps->nfields == 0 || ps->in_value) {
    next_field(ps);
    ps->in_value = false;
  }
  text_add(&ps->fields[ps->nfields - 1], at, len);
  return count(ps, len);
}

static int on_header_value(llhttp_t *p, const char *at, size_t len) {
  Parser *ps = (Parser *)p;
  if (!ps->in_value) {
    next_field(ps);
    ps->in_value = true;
  }
  text_add(&ps->fields[ps->nfields - 1], at, len);
  return count(ps, len);
}

// Calls target[name](args): its result, or JS_EXCEPTION (then remembered).
static JsValue call_target(Parser *ps, const char *name, int argc, JsValue *argv) {
  JsRt *rt = ps->rt;
  JsValue fn = js_get_prop(rt, ps->target, js_atom(rt, name, strlen(name)));
  if (js_is_exception(fn) || !js_is_callable(fn)) {
    ps->exception = js_is_exception(fn);
    return fn;
  }
  JsValue r = js_call(rt, fn, ps->target, argc, argv);
  if (js_is_exception(r))
    ps->exception = true;
  return r;
}

static int on_headers_complete(llhttp_t *p) {
  Parser *ps = (Parser *)p;
  JsRt *rt = ps->rt;
  ps->headers_done = true;
  bool request = p->type == HTTP_REQUEST;
  JsValue args[9] = {
      js_int(p->http_major),
      js_int(p->http_minor),
      fields_array(ps),
      request ? js_new_cstring(rt, llhttp_method_name(p->method)) : JS_UNDEFINED,
      request ? text_value(rt, &ps->url) : JS_UNDEFINED,
      request ? JS_UNDEFINED : js_int(p->status_code),
      request ? JS_UNDEFINED : text_value(rt, &ps->status),
      js_bool(p->upgrade),
      js_bool(llhttp_should_keep_alive(p)),
  };
  clear_fields(ps);
  JsValue r = call_target(ps, "onHeadersComplete", 9, args);
  if (ps->exception)
    return -1;
  return js_is_number(r) ? (int)js_get_number(r) : 0;
}

static int on_body(llhttp_t *p, const char *at, size_t len) {
  Parser *ps = (Parser *)p;
  JsValue buf = js_new_uint8_array(ps->rt, buffer_proto, len);
  size_t n;
  memcpy(js_typed_bytes(buf, &n), at, len);
  call_target(ps, "onBody", 1, &buf);
  return ps->exception ? -1 : 0;
}

static int on_message_complete(llhttp_t *p) {
  Parser *ps = (Parser *)p;
  JsValue trailers = ps->nfields ? fields_array(ps) : JS_UNDEFINED;
  clear_fields(ps);
  call_target(ps, "onMessageComplete", 1, &trailers);
  return ps->exception ? -1 : 0;
}

// --- natives ------------------------------------------------------------------------------

static JsValue result(JsRt *rt, Parser *ps, llhttp_errno_t err, const char *data, size_t len);

static int int_arg(int argc, JsValue *argv, int i) {
  JsValue v = js_arg(argc, argv, i);
  return js_is_number(v) ? (int)js_get_number(v) : 0;
}

static Parser *parser_of(int argc, JsValue *argv) {
  int id = js_is_number(js_arg(argc, argv, 0)) ? int_arg(argc, argv, 0) : -1;
  return id >= 0 && id < nparsers ? parsers[id] : NULL;
}

static void init_parser(Parser *ps, int type, int max_header) {
  llhttp_init(&ps->p, type ? HTTP_RESPONSE : HTTP_REQUEST, &settings);
  ps->url.len = ps->status.len = 0;
  clear_fields(ps);
  ps->headers_done = false;
  ps->header_bytes = 0;
  ps->max_header_bytes = max_header > 0 ? (size_t)max_header : 0;
}

// create(type (0 request, 1 response), maxHeaderSize): a parser id.
NATIVE(hp_create) {
  UNUSED_ARGS, (void)rt;
  int id = 0;
  while (id < nparsers && parsers[id])
    id++;
  if (id == nparsers) {
    parsers = realloc(parsers, (size_t)(nparsers + 16) * sizeof(Parser *));
    memset(parsers + nparsers, 0, 16 * sizeof(Parser *));
    nparsers += 16;
  }
  Parser *ps = calloc(1, sizeof(Parser));
  if (!parsers || !ps)
    return js_throw_error(rt, JS_RANGE_ERROR, "Out of memory");
  init_parser(ps, int_arg(argc, argv, 0), int_arg(argc, argv, 1));
  parsers[id] = ps;
  return js_int(id);
}

// reinitialize(id, type, maxHeaderSize): a fresh start for another stream.
NATIVE(hp_reinitialize) {
  UNUSED_ARGS, (void)rt;
  Parser *ps = parser_of(argc, argv);
  if (ps)
    init_parser(ps, int_arg(argc, argv, 1), int_arg(argc, argv, 2));
  return JS_UNDEFINED;
}

static void destroy_parser(Parser *ps) {
  free(ps->url.p);
  free(ps->status.p);
  for (size_t i = 0; i < ps->capfields; i++)
    free(ps->fields[i].p);
  free(ps->fields);
  free(ps);
}

// free(id): the id is free at once; a parser freed by a callback of its
// own execute() goes when that returns.
NATIVE(hp_free) {
  UNUSED_ARGS, (void)rt;
  Parser *ps = parser_of(argc, argv);
  if (!ps)
    return JS_UNDEFINED;
  parsers[int_arg(argc, argv, 0)] = NULL;
  if (ps->executing)
    ps->freed = true;
  else
    destroy_parser(ps);
  return JS_UNDEFINED;
}

// Runs llhttp_execute or llhttp_finish (data NULL) with [target]'s callbacks.
static JsValue run(JsRt *rt, Parser *ps, JsValue target, const char *data, size_t len) {
  if (ps->executing)
    return js_throw_error(rt, JS_ERROR, "HTTP parser is already executing");
  ps->rt = rt;
  ps->target = target;
  ps->exception = ps->overflow = false;
  ps->executing = true;
  llhttp_errno_t err = data ? llhttp_execute(&ps->p, data, len) : llhttp_finish(&ps->p);
  ps->executing = false;
  JsValue r = result(rt, ps, err, data, len);
  ps->target = JS_UNDEFINED;
  if (ps->freed)
    destroy_parser(ps);
  return r;
}

// The result of llhttp_execute/llhttp_finish: bytes consumed, or [code,
// reason, bytesParsed] for node's parse error.
static JsValue result(JsRt *rt, Parser *ps, llhttp_errno_t err, const char *data, size_t len) {
  if (ps->exception)
    return JS_EXCEPTION;
  size_t used = len;
  if (err == HPE_PAUSED || err == HPE_PAUSED_UPGRADE) {
    const char *pos = llhttp_get_error_pos(&ps->p);
    used = pos && data ? (size_t)(pos - data) : len;
  }
  if (err == HPE_OK || err == HPE_PAUSED || err == HPE_PAUSED_UPGRADE)
    return js_number((double)used);
  const char *pos = llhttp_get_error_pos(&ps->p);
  const char *reason = llhttp_get_error_reason(&ps->p);
  JsValue parts[3] = {
      js_new_cstring(rt, ps->overflow ? "HPE_HEADER_OVERFLOW" : llhttp_errno_name(err)),
      js_new_cstring(rt, reason ? reason : ""),
      js_number(pos && data ? (double)(pos - data) : 0),
  };
  return js_new_array_from(rt, 3, parts);
}

// execute(id, buffer, target): see the top of the file.
NATIVE(hp_execute) {
  UNUSED_ARGS;
  Parser *ps = parser_of(argc, argv);
  if (!ps)
    return js_throw_error(rt, JS_ERROR, "HTTP parser freed");
  size_t len = 0;
  const char *data = (const char *)js_typed_bytes(js_arg(argc, argv, 1), &len);
  return run(rt, ps, js_arg(argc, argv, 2), data ? data : "", data ? len : 0);
}

// finish(id, target): the end of the stream; 0 or a parse error.
NATIVE(hp_finish) {
  UNUSED_ARGS;
  Parser *ps = parser_of(argc, argv);
  if (!ps)
    return js_int(0);
  return run(rt, ps, js_arg(argc, argv, 1), NULL, 0);
}

NATIVE(hp_pause) {
  UNUSED_ARGS, (void)rt;
  Parser *ps = parser_of(argc, argv);
  if (ps)
    llhttp_pause(&ps->p);
  return JS_UNDEFINED;
}

NATIVE(hp_resume) {
  UNUSED_ARGS, (void)rt;
  Parser *ps = parser_of(argc, argv);
  if (ps && llhttp_get_errno(&ps->p) == HPE_PAUSED)
    llhttp_resume(&ps->p);
  return JS_UNDEFINED;
}

// setBufferPrototype(proto): what the Buffers of bodies get.
NATIVE(hp_set_buffer_proto) {
  UNUSED_ARGS, (void)rt;
  buffer_proto = js_arg(argc, argv, 0);
  return JS_UNDEFINED;
}

static const JsNativeDef http_parser_funcs[] = {
    JS_FN("create", hp_create, 3),
    JS_FN("reinitialize", hp_reinitialize, 3),
    JS_FN("free", hp_free, 1),
    JS_FN("execute", hp_execute, 3),
    JS_FN("finish", hp_finish, 2),
    JS_FN("pause", hp_pause, 1),
    JS_FN("resume", hp_resume, 1),
    JS_FN("setBufferPrototype", hp_set_buffer_proto, 1),
};

JsValue js_binding_http_parser(JsRt *rt);  // bindings.c looks it up by name
JsValue js_binding_http_parser(JsRt *rt) {
  llhttp_settings_init(&settings);
  settings.on_message_begin = on_message_begin;
  settings.on_url = on_url;
  settings.on_status = on_status;
  settings.on_header_field = on_header_field;
  settings.on_header_value = on_header_value;
  settings.on_headers_complete = on_headers_complete;
  settings.on_body = on_body;
  settings.on_message_complete = on_message_complete;
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, http_parser_funcs);
  return b;
}
