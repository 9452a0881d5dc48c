// SPDX-License-Identifier: MIT
//
// stdio.c: the natives of require('kiln:stdio') (see stdlib/node/bindings.c):
// libuv stream handles (pipes and TTYs) for process.stdin and for child
// processes' stdio pipes (stdlib/node/child_process.c spawns with them),
// chunked reads of stdin when it is a file, and the synchronous writes
// behind process.stdout/stderr (stdlib/node/internal_stdio.js).
//
// A stream handle is known to JS by a small integer id (an index into
// `streams`). Bytes cross between C and JS as "binary strings" (one char
// per byte, Latin-1), which JS turns into Buffers; a JS string to write as
// UTF-8 is passed as it is.
//
// Memory: a stream's block (js_uv_alloc) holds its JS callbacks and stays
// until its handle has closed; a write request holds its callback and a
// malloc'd copy of the bytes until libuv reports the write done. Reading,
// writing, shutdown and close go through the shared stream layer
// (stdlib/node/stream_handle.c).
#include "stream_handle.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <uv.h>

// onread gets a binary string, null at EOF, or a negative errno.
typedef JsStreamHandle Stream;

static JsRt *the_rt;
static Stream **streams;
static int nstreams, cap_streams;

static int arg_int(int argc, JsValue *argv, int i) {
  JsValue v = js_arg(argc, argv, i);
  return js_is_number(v) ? (int)js_get_number(v) : -1;
}

static Stream *stream_of(int argc, JsValue *argv, int i) {
  int id = arg_int(argc, argv, i);
  return id >= 0 && id < nstreams ? streams[id] : NULL;
}

// A read as a binary string, null at the end, or the errno.
static JsValue read_arg(JsRt *rt, const char *bytes, ssize_t nread) {
  if (nread == UV_EOF)
    return JS_NULL;
  if (nread < 0)
    return js_int((int)nread);
  return js_str_from_latin1(rt, (const uint8_t *)bytes, (uint32_t)nread);
}

static Stream *new_stream(void) {
  if (nstreams == cap_streams) {
    cap_streams = cap_streams ? cap_streams * 2 : 16;
    streams = realloc(streams, (size_t)cap_streams * sizeof *streams);
  }
  Stream *s = js_stream_handle_new(the_rt, sizeof(Stream), read_arg);
  s->id = nstreams;
  streams[nstreams++] = s;
  return s;
}

// The bytes of a binary string (chars <= 0xFF) in malloc memory.
static char *binary_bytes(JsRt *rt, JsValue v, size_t *len) {
  JsString *s = js_str_flatten(rt, js_str(v));
  uint32_t n = js_str_len(s);
  char *out = malloc(n ? n : 1);
  for (uint32_t i = 0; i < n; i++)
    out[i] = (char)js_str_at(s, i);
  *len = n;
  return out;
}

// The bytes to write: a binary string when [binary], else UTF-8 text.
static char *write_bytes(JsRt *rt, JsValue data, bool binary, size_t *len) {
  if (!js_is_string(data)) {
    *len = 0;
    return malloc(1);
  }
  if (binary)
    return binary_bytes(rt, data, len);
  char *utf8 = js_str_to_utf8(rt, js_str(data), len);
  char *out = malloc(*len ? *len : 1);
  memcpy(out, utf8, *len);
  return out;
}

// --- handles ------------------------------------------------------------------------

// Exported for child_process.c: a new pipe handle (not yet open), and the
// uv_pipe_t of id [id].
uv_pipe_t *js_stdio_new_pipe(JsRt *rt, int *id) {
  the_rt = rt;
  Stream *s = new_stream();
  uv_pipe_init(js_uv_loop(rt), &s->h.pipe, 0);
  *id = s->id;
  return &s->h.pipe;
}

uv_pipe_t *js_stdio_pipe(int id) {
  return id >= 0 && id < nstreams && streams[id] ? &streams[id]->h.pipe : NULL;
}

// newPipe(): the id of a new pipe handle for a child's stdio.
static JsValue stdio_new_pipe(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  int id;
  js_stdio_new_pipe(rt, &id);
  return js_int(id);
}

// guessHandleType(fd): node's 'TTY', 'PIPE', 'FILE', 'TCP', 'UDP' or 'UNKNOWN'.
static JsValue stdio_guess(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  int fd = arg_int(argc, argv, 0);
  switch (fd < 0 ? UV_UNKNOWN_HANDLE : uv_guess_handle(fd)) {
  case UV_TTY: return js_new_cstring(rt, "TTY");
  case UV_NAMED_PIPE: return js_new_cstring(rt, "PIPE");
  case UV_FILE: return js_new_cstring(rt, "FILE");
  case UV_TCP: return js_new_cstring(rt, "TCP");
  case UV_UDP: return js_new_cstring(rt, "UDP");
  default: return js_new_cstring(rt, "UNKNOWN");
  }
}

// openFd(fd, tty): a stream handle over fd (a TTY or a pipe/socket), or a
// negative errno.
static JsValue stdio_open_fd(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  the_rt = rt;
  int fd = arg_int(argc, argv, 0);
  bool tty = js_truthy(rt, js_arg(argc, argv, 1));
  Stream *s = new_stream();
  int r = tty ? uv_tty_init(js_uv_loop(rt), &s->h.tty, fd, 0)
              : uv_pipe_init(js_uv_loop(rt), &s->h.pipe, 0);
  if (r == 0 && !tty)
    r = uv_pipe_open(&s->h.pipe, fd);
  if (r != 0) {
    streams[s->id] = NULL;
    js_uv_close(&s->h.handle, NULL);
    return js_int(r);
  }
  return js_int(s->id);
}

// readStart(id, onread): 0 or a negative errno.
static JsValue stdio_read_start(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  Stream *s = stream_of(argc, argv, 0);
  return js_int(s ? js_stream_read_start(s, js_arg(argc, argv, 1)) : UV_EBADF);
}

static JsValue stdio_read_stop(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  Stream *s = stream_of(argc, argv, 0);
  if (s)
    js_stream_read_stop(s);
  return JS_UNDEFINED;
}

// write(id, data, binary, cb): queues the bytes; cb(status) when written.
// Returns 0 or a negative errno (then cb is not called).
static JsValue stdio_write(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  Stream *s = stream_of(argc, argv, 0);
  if (!s || uv_is_closing(&s->h.handle))
    return js_int(UV_EBADF);
  size_t len;
  char *bytes = write_bytes(rt, js_arg(argc, argv, 1), js_truthy(rt, js_arg(argc, argv, 2)), &len);
  uv_buf_t buf = uv_buf_init(bytes, (unsigned)len);
  return js_int(js_stream_write(rt, &s->h.stream, &buf, 1, JS_UNDEFINED, NULL, bytes,
                                js_arg(argc, argv, 3)));
}

// shutdown(id, cb): end of writing once queued writes are done.
static JsValue stdio_shutdown(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  Stream *s = stream_of(argc, argv, 0);
  if (!s || uv_is_closing(&s->h.handle))
    return js_int(UV_EBADF);
  return js_int(js_stream_shutdown(rt, &s->h.stream, js_arg(argc, argv, 1)));
}

// close(id, cb): closes the handle; cb() afterwards.
static JsValue stdio_close(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  Stream *s = stream_of(argc, argv, 0);
  if (!s)
    return JS_UNDEFINED;
  streams[s->id] = NULL;
  js_stream_close(s, js_arg(argc, argv, 1));
  return JS_UNDEFINED;
}

static JsValue stdio_ref(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                         JsValue *argv, JsValue new_target) {
  Stream *s = stream_of(argc, argv, 0);
  if (s)
    js_stream_ref(s, js_truthy(rt, js_arg(argc, argv, 1)));
  return JS_UNDEFINED;
}

// --- TTYs ------------------------------------------------------------------------------

// windowSize(id): [columns, rows] or a negative errno.
static JsValue stdio_window_size(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  Stream *s = stream_of(argc, argv, 0);
  int w, h;
  int r = s ? uv_tty_get_winsize(&s->h.tty, &w, &h) : UV_EBADF;
  if (r != 0)
    return js_int(r);
  JsValue parts[2] = {js_int(w), js_int(h)};
  return js_new_array_from(rt, 2, parts);
}

static JsValue stdio_set_raw_mode(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  Stream *s = stream_of(argc, argv, 0);
  if (!s)
    return js_int(UV_EBADF);
  return js_int(uv_tty_set_mode(&s->h.tty, js_truthy(rt, js_arg(argc, argv, 1))
                                               ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

// fdWindowSize(fd): [columns, rows] of terminal fd, or a negative errno.
// (stdout's size needs no uv_tty_t, which could make fd 1 non-blocking.)
static JsValue stdio_fd_window_size(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                    JsValue *argv, JsValue new_target) {
  struct winsize ws;
  if (ioctl(arg_int(argc, argv, 0), TIOCGWINSZ, &ws) != 0)
    return js_int(-errno);
  JsValue parts[2] = {js_int(ws.ws_col), js_int(ws.ws_row)};
  return js_new_array_from(rt, 2, parts);
}

// isatty(fd)
static JsValue stdio_isatty(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  int fd = arg_int(argc, argv, 0);
  return js_bool(fd >= 0 && isatty(fd));
}

// --- files and synchronous writes -------------------------------------------------------

typedef struct ReadReq {
  uv_fs_t req;  // first
  JsValue cb;   // fn(binary string ('' at EOF) | negative errno)
  char *buf;
} ReadReq;

static void fs_read_cb(uv_fs_t *req) {
  ReadReq *q = (ReadReq *)req;
  JsRt *rt = the_rt;
  JsValue arg = req->result < 0 ? js_int((int)req->result)
                                : js_str_from_latin1(rt, (const uint8_t *)q->buf,
                                                     (uint32_t)req->result);
  JsValue cb = q->cb;
  uv_fs_req_cleanup(req);
  free(q->buf);
  js_uv_release(q);
  js_loop_callback(rt, cb, JS_UNDEFINED, 1, &arg);
}

// readFile(fd, size, cb): reads the next [size] bytes of fd on the thread pool.
static JsValue stdio_read_file(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  the_rt = rt;
  int fd = arg_int(argc, argv, 0), size = arg_int(argc, argv, 1);
  if (size <= 0)
    size = 65536;
  ReadReq *q = js_uv_alloc(sizeof(ReadReq));
  q->cb = js_arg(argc, argv, 2);
  q->buf = malloc((size_t)size);
  uv_buf_t buf = uv_buf_init(q->buf, (unsigned)size);
  int r = uv_fs_read(js_uv_loop(rt), &q->req, fd, &buf, 1, -1, fs_read_cb);
  if (r < 0) {
    free(q->buf);
    js_uv_release(q);
  }
  return js_int(r < 0 ? r : 0);
}

// writeSync(fd, data, binary): fd 1 and 2 go through C's stdout/stderr
// (console.log writes there too, so the order is kept); other fds are
// written directly. Returns the byte count or a negative errno.
static JsValue stdio_write_sync(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  int fd = arg_int(argc, argv, 0);
  size_t len;
  char *bytes = write_bytes(rt, js_arg(argc, argv, 1), js_truthy(rt, js_arg(argc, argv, 2)),
                            &len);
  long done = (long)len;
  if (fd == 1 || fd == 2) {
    FILE *out = fd == 1 ? stdout : stderr;
    fflush(fd == 1 ? stderr : stdout);
    errno = 0;
    fwrite(bytes, 1, len, out);
    if (fd == 2)
      fflush(stderr);
    // A failed write (EPIPE: the reader went away) shows as the stream's
    // error flag, on this write or, buffered, a later one.
    if (ferror(out)) {
      int e = errno ? errno : EIO;
      clearerr(out);
      done = -e;
    }
  } else {
    size_t off = 0;
    while (off < len) {
      ssize_t n = write(fd, bytes + off, len - off);
      if (n < 0) {
        done = -errno;
        break;
      }
      off += (size_t)n;
    }
  }
  free(bytes);
  return js_number((double)done);
}

// utf8(binary): the text of UTF-8 bytes held in a binary string.
static JsValue stdio_utf8(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  JsValue v = js_arg(argc, argv, 0);
  if (!js_is_string(v))
    return js_new_cstring(rt, "");
  size_t len;
  char *bytes = binary_bytes(rt, v, &len);
  JsValue s = js_new_string(rt, bytes, len);
  free(bytes);
  return s;
}

// fromUtf8(text): the UTF-8 bytes of a string, as a binary string.
static JsValue stdio_from_utf8(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  JsValue v = js_arg(argc, argv, 0);
  size_t len = 0;
  char *p = js_is_string(v) ? js_str_to_utf8(rt, js_str(v), &len) : "";
  return js_str_from_latin1(rt, (const uint8_t *)p, (uint32_t)len);
}

static const JsNativeDef stdio_funcs[] = {
    JS_FN("newPipe", stdio_new_pipe, 0),
    JS_FN("guessHandleType", stdio_guess, 1),
    JS_FN("openFd", stdio_open_fd, 2),
    JS_FN("readStart", stdio_read_start, 2),
    JS_FN("readStop", stdio_read_stop, 1),
    JS_FN("write", stdio_write, 4),
    JS_FN("shutdown", stdio_shutdown, 2),
    JS_FN("close", stdio_close, 2),
    JS_FN("ref", stdio_ref, 2),
    JS_FN("windowSize", stdio_window_size, 1),
    JS_FN("fdWindowSize", stdio_fd_window_size, 1),
    JS_FN("setRawMode", stdio_set_raw_mode, 2),
    JS_FN("isatty", stdio_isatty, 1),
    JS_FN("readFile", stdio_read_file, 3),
    JS_FN("writeSync", stdio_write_sync, 3),
    JS_FN("utf8", stdio_utf8, 1),
    JS_FN("fromUtf8", stdio_from_utf8, 1),
};

JsValue js_binding_stdio(JsRt *rt) {
  the_rt = rt;
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, stdio_funcs);
  return b;
}
