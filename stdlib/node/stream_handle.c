// SPDX-License-Identifier: MIT
//
// stream_handle.c: the uv_stream_t natives shared by net.c and stdio.c (see
// stream_handle.h): read start/stop with one read buffer, write and
// shutdown requests, close.
//
// Memory: a handle's block holds its JS callbacks until the handle has
// closed (js_uv_close); a request's block holds its callback and what it
// writes until its completion callback (js_uv_release).
#include "stream_handle.h"

#include <stdlib.h>

typedef struct WriteReq {
  uv_write_t req;  // first: released with js_uv_release
  JsRt *rt;
  JsValue cb;      // fn(status)
  JsValue keep;    // the JS chunks being written
  void *keep_mem;  // GC memory of their bytes (the block is scanned)
  void *owned;     // malloc'd bytes, freed when done
} WriteReq;

typedef struct ShutdownReq {
  uv_shutdown_t req;
  JsRt *rt;
  JsValue cb;  // fn(status)
} ShutdownReq;

JsStreamHandle *js_stream_handle_new(JsRt *rt, size_t size, JsStreamReadArg read_arg) {
  JsStreamHandle *s = js_uv_alloc(size);
  s->rt = rt;
  s->onread = s->onclose = JS_UNDEFINED;
  s->read_arg = read_arg;
  s->id = -1;
  return s;
}

// --- reading ---------------------------------------------------------------------------

// libuv hands every read to read_cb right after alloc_cb, so one buffer
// serves all handles; read_arg copies the bytes out.
static char read_buf[65536];

static void alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  (void)h, (void)suggested;
  buf->base = read_buf;
  buf->len = sizeof read_buf;
}

static void read_cb(uv_stream_t *st, ssize_t nread, const uv_buf_t *buf) {
  JsStreamHandle *s = (JsStreamHandle *)st;
  if (nread == 0)
    return;
  JsValue arg = s->read_arg(s->rt, buf->base, nread);
  if (nread < 0) {
    uv_read_stop(st);
    s->reading = false;
  }
  if (js_is_callable(s->onread))
    js_loop_callback(s->rt, s->onread, JS_UNDEFINED, 1, &arg);
}

int js_stream_read_start(JsStreamHandle *s, JsValue onread) {
  s->onread = onread;
  if (s->reading)
    return 0;
  int r = uv_read_start(&s->h.stream, alloc_cb, read_cb);
  s->reading = r == 0;
  return r;
}

void js_stream_read_stop(JsStreamHandle *s) {
  if (s->reading) {
    uv_read_stop(&s->h.stream);
    s->reading = false;
  }
}

// --- writing and shutdown ----------------------------------------------------------------

static void status_callback(JsRt *rt, JsValue cb, int status) {
  JsValue st = js_int(status);
  if (js_is_callable(cb))
    js_loop_callback(rt, cb, JS_UNDEFINED, 1, &st);
}

static void write_cb(uv_write_t *req, int status) {
  WriteReq *w = (WriteReq *)req;
  JsRt *rt = w->rt;
  JsValue cb = w->cb;
  free(w->owned);
  js_uv_release(w);
  status_callback(rt, cb, status);
}

int js_stream_write(JsRt *rt, uv_stream_t *st, uv_buf_t *bufs, unsigned n, JsValue keep,
                    void *keep_mem, void *owned, JsValue cb) {
  WriteReq *w = js_uv_alloc(sizeof(WriteReq));
  w->rt = rt;
  w->cb = cb;
  w->keep = keep;
  w->keep_mem = keep_mem;
  w->owned = owned;
  int r = uv_write(&w->req, st, bufs, n, write_cb);
  if (r) {
    free(owned);
    js_uv_release(w);
  }
  return r;
}

static void shutdown_cb(uv_shutdown_t *req, int status) {
  ShutdownReq *q = (ShutdownReq *)req;
  JsRt *rt = q->rt;
  JsValue cb = q->cb;
  js_uv_release(q);
  status_callback(rt, cb, status);
}

int js_stream_shutdown(JsRt *rt, uv_stream_t *st, JsValue cb) {
  ShutdownReq *q = js_uv_alloc(sizeof(ShutdownReq));
  q->rt = rt;
  q->cb = cb;
  int r = uv_shutdown(&q->req, st, shutdown_cb);
  if (r)
    js_uv_release(q);
  return r;
}

// --- closing ---------------------------------------------------------------------------

static void handle_closed(void *handle) {
  JsStreamHandle *s = handle;
  if (js_is_callable(s->onclose))
    js_loop_callback(s->rt, s->onclose, JS_UNDEFINED, 0, NULL);
}

void js_stream_close(JsStreamHandle *s, JsValue onclose) {
  s->id = -1;
  s->onclose = onclose;
  s->onread = JS_UNDEFINED;
  js_uv_close(&s->h.handle, handle_closed);
}

void js_stream_ref(JsStreamHandle *s, bool on) {
  if (on)
    uv_ref(&s->h.handle);
  else
    uv_unref(&s->h.handle);
}
