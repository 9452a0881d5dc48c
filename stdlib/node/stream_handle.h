// SPDX-License-Identifier: MIT
//
// stream_handle.h: the uv_stream_t layer shared by the stream natives
// (stdlib/node/net.c: TCP and pipe sockets, stdlib/node/stdio.c: stdin and
// child stdio pipes, TTYs): reading into JS callbacks, queued writes,
// shutdown and close, each with its JS callback kept alive in a js_uv_alloc
// block until libuv is done.
#ifndef KILN_STREAM_HANDLE_H
#define KILN_STREAM_HANDLE_H

#include "internal.h"

#include <uv.h>

// How one read becomes the argument of onread: bytes (nread > 0) or the
// end or an error (nread < 0, UV_EOF at the end).
typedef JsValue (*JsStreamReadArg)(JsRt *rt, const char *bytes, ssize_t nread);

// The start of a handle's block; a file's own struct may extend it (its
// first member), and js_uv_close finds the block from the handle.
typedef struct JsStreamHandle {
  union {
    uv_handle_t handle;  // first
    uv_stream_t stream;
    uv_tcp_t tcp;
    uv_pipe_t pipe;
    uv_tty_t tty;
  } h;
  JsRt *rt;
  JsValue onread;   // fn(read_arg(...))
  JsValue onclose;  // fn() once closed
  JsStreamReadArg read_arg;
  int id;           // the owner's small-integer id for JS, -1 once closed
  bool reading;
} JsStreamHandle;

// A zeroed block of [size] bytes (>= sizeof(JsStreamHandle)); the handle
// itself is not initialised.
JsStreamHandle *js_stream_handle_new(JsRt *rt, size_t size, JsStreamReadArg read_arg);
// Starts reading into onread (replacing the callback when already reading):
// 0 or a negative errno. Reading stops by itself at the end or an error.
int js_stream_read_start(JsStreamHandle *s, JsValue onread);
void js_stream_read_stop(JsStreamHandle *s);
// Queues bufs; cb(status) once written. [keep] (a JS value) and [keep_mem]
// (GC memory) stay alive until then; [owned] (malloc'd, may be NULL) is
// freed then. 0 or a negative errno (cb is not called; owned is freed).
int js_stream_write(JsRt *rt, uv_stream_t *st, uv_buf_t *bufs, unsigned n, JsValue keep,
                    void *keep_mem, void *owned, JsValue cb);
// End of writing once queued writes are done; cb(status). 0 or an errno.
int js_stream_shutdown(JsRt *rt, uv_stream_t *st, JsValue cb);
// Closes the handle; onclose() afterwards. Reading callbacks are dropped.
void js_stream_close(JsStreamHandle *s, JsValue onclose);
void js_stream_ref(JsStreamHandle *s, bool on);

// Handles passed over an IPC channel (stdlib/node/net.c, used by
// child_process.c): the stream of net socket or server [id] (NULL if none),
// and the handle pending on [ipc] taken into a new net socket (its id, or a
// negative errno).
uv_stream_t *js_net_stream(int id);
int js_net_accept_pending(JsRt *rt, uv_pipe_t *ipc, bool *is_pipe);

#endif
