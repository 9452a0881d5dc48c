// SPDX-License-Identifier: MIT
//
// child_process.c: the natives of require('kiln:spawn') (see
// stdlib/node/bindings.c): uv_spawn for child_process.spawn (stdio pipes
// are kiln:stdio stream handles, stdlib/node/stdio.c), uv_process_kill,
// and spawnSync on a private libuv loop.
//
// The options object JS passes (stdlib/node/child_process.js) is node's
// normalized form: {file, args, cwd, envPairs, stdio, detached, uid, gid},
// where each stdio slot is -1 (ignore), {fd: n} (inherit n), {pipe: id}
// or {ipc: id} (an IPC channel made by ipcNew).
//
// Memory: a Child block (js_uv_alloc) holds the exit callback until its
// handle has closed. spawnSync touches no JS value while its loop runs:
// the output collects in malloc'd buffers.
#define _GNU_SOURCE  // memfd_create
#include "stream_handle.h"

#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <uv.h>

typedef struct Child {
  uv_process_t proc;  // first: js_uv_close finds the block from it
  JsValue onexit;     // fn(exitCode, signal name | null)
  int id;
} Child;

static JsRt *the_rt;
static Child **children;
static int nchildren, cap_children;

static JsValue get(JsRt *rt, JsValue obj, const char *name) {
  return js_is_object(obj) ? js_get_prop(rt, obj, js_atom_cstr(rt, name)) : JS_UNDEFINED;
}

static const char *cstr_or_null(JsRt *rt, JsValue v) {
  return js_is_string(v) ? js_str_to_utf8(rt, js_str(v), NULL) : NULL;
}

// A NULL-terminated array of the strings in JS array [arr] (GC memory).
static char **string_list(JsRt *rt, JsValue arr) {
  uint32_t n = js_is_array(rt, arr) ? js_obj(arr)->elem_len : 0;
  char **out = js_gc_alloc((n + 1) * sizeof(char *));
  for (uint32_t i = 0; i < n; i++)
    out[i] = (char *)js_cstr(rt, js_array_elem_raw(js_obj(arr), i));
  out[n] = NULL;
  return out;
}

static int int_or(JsValue v, int dflt) {
  return js_is_number(v) ? (int)js_get_number(v) : dflt;
}

// Fills the uv_process_options_t common to spawn and spawnSync. Pipes are
// left for the caller (slot flags UV_CREATE_PIPE).
static void fill_options(JsRt *rt, JsValue o, uv_process_options_t *opt,
                         uv_stdio_container_t *stdio, int nstdio) {
  memset(opt, 0, sizeof *opt);
  opt->file = cstr_or_null(rt, get(rt, o, "file"));
  opt->args = string_list(rt, get(rt, o, "args"));
  opt->cwd = cstr_or_null(rt, get(rt, o, "cwd"));
  JsValue env = get(rt, o, "envPairs");
  opt->env = js_is_array(rt, env) ? string_list(rt, env) : NULL;
  opt->stdio = stdio;
  opt->stdio_count = nstdio;
  if (js_truthy(rt, get(rt, o, "detached")))
    opt->flags |= UV_PROCESS_DETACHED;
  JsValue uid = get(rt, o, "uid"), gid = get(rt, o, "gid");
  if (js_is_number(uid)) {
    opt->flags |= UV_PROCESS_SETUID;
    opt->uid = (uv_uid_t)js_get_number(uid);
  }
  if (js_is_number(gid)) {
    opt->flags |= UV_PROCESS_SETGID;
    opt->gid = (uv_gid_t)js_get_number(gid);
  }
}

// --- IPC channels ----------------------------------------------------------------------

// The channel's block; the bytes of a line not yet complete wait in [partial].
typedef struct Ipc {
  uv_pipe_t pipe;   // first: js_uv_close finds the block from it
  JsValue onread;   // fn([lines], [{id, pipe} of handles received]) or fn(null) at the end
  char *partial;    // malloc memory
  size_t plen, pcap;
  bool reading;
} Ipc;

typedef struct IpcWrite {
  uv_write_t req;   // first: released with js_uv_release
  JsValue cb;       // fn(status)
  char *bytes;      // malloc memory
} IpcWrite;

static Ipc **ipcs;
static int nipcs, cap_ipcs;


static Ipc *ipc_of(int argc, JsValue *argv) {
  int id = int_or(js_arg(argc, argv, 0), -1);
  return id >= 0 && id < nipcs ? ipcs[id] : NULL;
}

static uv_pipe_t *ipc_pipe(int id) {
  return id >= 0 && id < nipcs && ipcs[id] ? &ipcs[id]->pipe : NULL;
}

static int new_ipc(JsRt *rt) {
  if (nipcs == cap_ipcs) {
    cap_ipcs = cap_ipcs ? cap_ipcs * 2 : 8;
    ipcs = realloc(ipcs, (size_t)cap_ipcs * sizeof *ipcs);
  }
  Ipc *c = js_uv_alloc(sizeof(Ipc));
  c->onread = JS_UNDEFINED;
  uv_pipe_init(js_uv_loop(rt), &c->pipe, 1);
  ipcs[nipcs] = c;
  return nipcs++;
}

// ipcNew(): the id of a channel for a child's stdio slot ({ipc: id}).
static JsValue spawn_ipc_new(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  the_rt = rt;
  return js_int(new_ipc(rt));
}

// ipcOpen(fd): the child's end (NODE_CHANNEL_FD): an id or a negative errno.
static JsValue spawn_ipc_open(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  the_rt = rt;
  int id = new_ipc(rt);
  int r = uv_pipe_open(&ipcs[id]->pipe, int_or(js_arg(argc, argv, 0), -1));
  if (r) {
    js_uv_close(&ipcs[id]->pipe, NULL);
    ipcs[id] = NULL;
    return js_int(r);
  }
  return js_int(id);
}

static char ipc_buf[65536];

static void ipc_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  (void)h, (void)suggested;
  buf->base = ipc_buf;
  buf->len = sizeof ipc_buf;
}

static void ipc_read(uv_stream_t *st, ssize_t nread, const uv_buf_t *buf) {
  Ipc *c = (Ipc *)st;
  JsRt *rt = the_rt;
  if (nread == 0)
    return;
  if (nread < 0) {
    uv_read_stop(st);
    c->reading = false;
    JsValue end = JS_NULL;
    if (js_is_callable(c->onread))
      js_loop_callback(rt, c->onread, JS_UNDEFINED, 1, &end);
    return;
  }
  JsValue handles = js_new_array(rt, 0);
  while (uv_pipe_pending_count(&c->pipe) > 0) {
    bool is_pipe;
    int id = js_net_accept_pending(rt, &c->pipe, &is_pipe);
    if (id < 0)
      break;
    JsValue h = js_new_object(rt);
    js_define_field(rt, h, js_atom_cstr(rt, "id"), js_int(id));
    js_define_field(rt, h, js_atom_cstr(rt, "pipe"), js_bool(is_pipe));
    js_array_push(rt, handles, h);
  }
  JsValue lines = js_new_array(rt, 0);
  const char *p = buf->base, *end = buf->base + nread;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (c->plen + n > c->pcap) {
      c->pcap = (c->plen + n) * 2;
      c->partial = realloc(c->partial, c->pcap);
    }
    memcpy(c->partial + c->plen, p, n);
    c->plen += n;
    if (!nl)
      break;
    js_array_push(rt, lines, js_new_string(rt, c->partial, c->plen));
    c->plen = 0;
    p = nl + 1;
  }
  JsValue args[2] = {lines, handles};
  if (js_is_callable(c->onread))
    js_loop_callback(rt, c->onread, JS_UNDEFINED, 2, args);
}

// ipcStart(id, onread): reads messages; 0 or a negative errno.
static JsValue spawn_ipc_start(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  Ipc *c = ipc_of(argc, argv);
  if (!c)
    return js_int(UV_EBADF);
  c->onread = js_arg(argc, argv, 1);
  if (c->reading)
    return js_int(0);
  int r = uv_read_start((uv_stream_t *)&c->pipe, ipc_alloc, ipc_read);
  c->reading = r == 0;
  return js_int(r);
}

static void ipc_write_cb(uv_write_t *req, int status) {
  IpcWrite *w = (IpcWrite *)req;
  JsValue cb = w->cb, st = js_int(status);
  free(w->bytes);
  js_uv_release(w);
  if (js_is_callable(cb))
    js_loop_callback(the_rt, cb, JS_UNDEFINED, 1, &st);
}

// ipcWrite(id, text, handleId (net.c id or -1), cb, now): the text as UTF-8,
// with the handle when one is given; 0 (cb will be called), 1 (with [now]:
// all written at once, cb will not be called) or a negative errno (cb not
// called). Writing at once spares libuv's write request and its callback.
static JsValue spawn_ipc_write(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  Ipc *c = ipc_of(argc, argv);
  if (!c || uv_is_closing((uv_handle_t *)&c->pipe))
    return js_int(UV_EBADF);
  JsValue text = js_arg(argc, argv, 1);
  // Output written before a message reaches its pipe first (the receiver,
  // e.g. a Worker's parent, may print both).
  fflush(stdout);
  fflush(stderr);
  size_t len = 0;
  const char *utf8 = js_is_string(text) ? js_str_to_utf8(rt, js_str(text), &len) : "";
  uv_stream_t *send = js_net_stream(int_or(js_arg(argc, argv, 2), -1));
  if (!send && js_truthy(rt, js_arg(argc, argv, 4)) && len > 0) {
    uv_buf_t now = uv_buf_init((char *)utf8, (unsigned)len);
    int n = uv_try_write((uv_stream_t *)&c->pipe, &now, 1);
    if (n == (int)len)
      return js_int(1);
    if (n > 0) {
      utf8 += n;
      len -= (size_t)n;
    }
  }
  IpcWrite *w = js_uv_alloc(sizeof(IpcWrite));
  w->cb = js_arg(argc, argv, 3);
  w->bytes = malloc(len ? len : 1);
  memcpy(w->bytes, utf8, len);
  uv_buf_t b = uv_buf_init(w->bytes, (unsigned)len);
  int r = send ? uv_write2(&w->req, (uv_stream_t *)&c->pipe, &b, 1, send, ipc_write_cb)
               : uv_write(&w->req, (uv_stream_t *)&c->pipe, &b, 1, ipc_write_cb);
  if (r) {
    free(w->bytes);
    js_uv_release(w);
  }
  return js_int(r);
}

static void ipc_closed(void *handle) {
  Ipc *c = handle;
  free(c->partial);
  c->partial = NULL;
}

// ipcClose(id): closes the channel.
static JsValue spawn_ipc_close(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  Ipc *c = ipc_of(argc, argv);
  if (c) {
    ipcs[int_or(js_arg(argc, argv, 0), -1)] = NULL;
    c->onread = JS_UNDEFINED;
    js_uv_close(&c->pipe, ipc_closed);
  }
  return JS_UNDEFINED;
}

// ipcRef(id, on): whether the channel keeps the process alive.
static JsValue spawn_ipc_ref(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  Ipc *c = ipc_of(argc, argv);
  if (c) {
    if (js_truthy(rt, js_arg(argc, argv, 1)))
      uv_ref((uv_handle_t *)&c->pipe);
    else
      uv_unref((uv_handle_t *)&c->pipe);
  }
  return JS_UNDEFINED;
}

// Reads stdio slot [i]: ignore, inherit an fd, a pipe (*pipe_id >= 0) or
// an IPC channel.
static void stdio_slot(JsRt *rt, JsValue slot, uv_stdio_container_t *c, int *pipe_id) {
  *pipe_id = -1;
  c->flags = UV_IGNORE;
  JsValue fd = get(rt, slot, "fd"), pipe = get(rt, slot, "pipe"), ipc = get(rt, slot, "ipc");
  if (js_is_number(ipc)) {
    uv_pipe_t *p = ipc_pipe((int)js_get_number(ipc));
    if (p) {
      c->flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
      c->data.stream = (uv_stream_t *)p;
    }
  } else if (js_is_number(fd)) {
    c->flags = UV_INHERIT_FD;
    c->data.fd = (int)js_get_number(fd);
  } else if (js_is_number(pipe)) {
    *pipe_id = (int)js_get_number(pipe);
  }
}

// --- spawn ---------------------------------------------------------------------------

static void child_closed(void *handle) { (void)handle; }

static void exit_cb(uv_process_t *proc, int64_t status, int term_signal) {
  Child *c = (Child *)proc;
  JsRt *rt = the_rt;
  const char *sig = term_signal ? js_signal_name(term_signal) : NULL;
  JsValue args[2] = {term_signal ? JS_NULL : js_number((double)status),
                     sig ? js_new_cstring(rt, sig) : JS_NULL};
  JsValue cb = c->onexit;
  children[c->id] = NULL;
  js_uv_close(&c->proc, child_closed);
  if (js_is_callable(cb))
    js_loop_callback(rt, cb, JS_UNDEFINED, 2, args);
}

// spawn(options, onexit): {id, pid} or a negative errno.
static JsValue spawn_spawn(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  the_rt = rt;
  JsValue o = js_arg(argc, argv, 0);
  JsValue slots = get(rt, o, "stdio");
  int n = js_is_array(rt, slots) ? (int)js_obj(slots)->elem_len : 0;
  uv_stdio_container_t *stdio = js_gc_alloc((size_t)(n ? n : 1) * sizeof *stdio);
  uv_process_options_t opt;
  fill_options(rt, o, &opt, stdio, n);
  for (int i = 0; i < n; i++) {
    int pipe_id;
    stdio_slot(rt, js_array_elem_raw(js_obj(slots), (uint32_t)i), &stdio[i], &pipe_id);
    uv_pipe_t *p = pipe_id >= 0 ? js_stdio_pipe(pipe_id) : NULL;
    if (p) {
      stdio[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
      stdio[i].data.stream = (uv_stream_t *)p;
    }
  }
  if (!opt.file)
    return js_int(UV_EINVAL);
  if (nchildren == cap_children) {
    cap_children = cap_children ? cap_children * 2 : 16;
    children = realloc(children, (size_t)cap_children * sizeof *children);
  }
  Child *c = js_uv_alloc(sizeof(Child));
  c->onexit = js_arg(argc, argv, 1);
  opt.exit_cb = exit_cb;
  fflush(stdout);
  fflush(stderr);
  int r = uv_spawn(js_uv_loop(rt), &c->proc, &opt);
  if (r != 0) {
    js_uv_close(&c->proc, child_closed);
    return js_int(r);
  }
  c->id = nchildren;
  children[nchildren++] = c;
  JsValue out = js_new_object(rt);
  js_define_field(rt, out, js_atom_cstr(rt, "id"), js_int(c->id));
  js_define_field(rt, out, js_atom_cstr(rt, "pid"), js_number((double)c->proc.pid));
  return out;
}

static Child *child_of(int argc, JsValue *argv) {
  int id = int_or(js_arg(argc, argv, 0), -1);
  return id >= 0 && id < nchildren ? children[id] : NULL;
}

// kill(id, signal): 0 or a negative errno (ESRCH once it has exited).
static JsValue spawn_kill(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  Child *c = child_of(argc, argv);
  if (!c)
    return js_int(UV_ESRCH);
  return js_int(uv_process_kill(&c->proc, int_or(js_arg(argc, argv, 1), SIGTERM)));
}

static JsValue spawn_ref(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                         JsValue *argv, JsValue new_target) {
  Child *c = child_of(argc, argv);
  if (c) {
    if (js_truthy(rt, js_arg(argc, argv, 1)))
      uv_ref((uv_handle_t *)&c->proc);
    else
      uv_unref((uv_handle_t *)&c->proc);
  }
  return JS_UNDEFINED;
}

// --- spawnSync ------------------------------------------------------------------------

typedef struct Buf {
  char *data;
  size_t len, cap;
} Buf;

typedef struct Sync {
  uv_process_t proc;
  uv_pipe_t pipes[3];
  bool piped[3];
  uv_timer_t timer;
  Buf out[3];
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  double max_buffer;
  int kill_signal;
  int error;           // 0, UV_ETIMEDOUT or UV_ENOBUFS
  bool exited;
  int64_t status;
  int term_signal;
} Sync;

static void sync_kill(Sync *s, int error) {
  if (!s->error)
    s->error = error;
  if (!s->exited)
    uv_process_kill(&s->proc, s->kill_signal);
}

static void sync_exit_cb(uv_process_t *proc, int64_t status, int term_signal) {
  Sync *s = (Sync *)proc;
  s->exited = true;
  s->status = status;
  s->term_signal = term_signal;
  uv_timer_stop(&s->timer);
}

static void sync_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  (void)h;
  buf->base = malloc(suggested);
  buf->len = suggested;
}

static void sync_read(uv_stream_t *st, ssize_t nread, const uv_buf_t *buf) {
  Sync *s = st->data;
  int i = st == (uv_stream_t *)&s->pipes[1] ? 1 : 2;
  if (nread > 0) {
    Buf *b = &s->out[i];
    if (b->len + (size_t)nread > b->cap) {
      b->cap = (b->len + (size_t)nread) * 2;
      b->data = realloc(b->data, b->cap);
    }
    memcpy(b->data + b->len, buf->base, (size_t)nread);
    b->len += (size_t)nread;
    if (s->max_buffer > 0 && (double)b->len > s->max_buffer) {
      // Like node: kill the child and read no more.
      sync_kill(s, UV_ENOBUFS);
      uv_read_stop(st);
      uv_close((uv_handle_t *)st, NULL);
    }
  } else if (nread < 0) {
    uv_read_stop(st);
    uv_close((uv_handle_t *)st, NULL);
  }
  free(buf->base);
}

static void sync_timeout(uv_timer_t *t) { sync_kill(t->data, UV_ETIMEDOUT); }

static void sync_shutdown_cb(uv_shutdown_t *req, int status) {
  (void)status;
  uv_close((uv_handle_t *)req->handle, NULL);
}

static void sync_write_cb(uv_write_t *req, int status) {
  Sync *s = req->data;
  (void)status;
  s->shutdown_req.data = s;
  if (uv_shutdown(&s->shutdown_req, (uv_stream_t *)&s->pipes[0], sync_shutdown_cb) != 0)
    uv_close((uv_handle_t *)&s->pipes[0], NULL);
}

static void close_walk(uv_handle_t *h, void *arg) {
  (void)arg;
  if (!uv_is_closing(h))
    uv_close(h, NULL);
}

static JsValue sync_result(JsRt *rt, Sync *s, int spawn_error) {
  JsValue o = js_new_object(rt);
  js_define_field(rt, o, js_atom_cstr(rt, "pid"),
                  js_number(spawn_error ? 0 : (double)s->proc.pid));
  const char *sig = s->term_signal ? js_signal_name(s->term_signal) : NULL;
  js_define_field(rt, o, js_atom_cstr(rt, "status"),
                  spawn_error || s->term_signal ? JS_NULL : js_number((double)s->status));
  js_define_field(rt, o, js_atom_cstr(rt, "signal"),
                  sig ? js_new_cstring(rt, sig) : JS_NULL);
  JsValue output[3];
  for (int i = 0; i < 3; i++)
    output[i] = !spawn_error && s->piped[i] && i > 0
                    ? js_str_from_latin1(rt, (const uint8_t *)s->out[i].data,
                                         (uint32_t)s->out[i].len)
                    : JS_NULL;
  js_define_field(rt, o, js_atom_cstr(rt, "output"), js_new_array_from(rt, 3, output));
  int err = spawn_error ? spawn_error : s->error;
  js_define_field(rt, o, js_atom_cstr(rt, "error"), err ? js_int(err) : JS_UNDEFINED);
  return o;
}

// spawnSync(options): {pid, status, signal, output: [null, out, err] as
// binary strings (null where not piped), error (negative errno or
// undefined)}. options adds input (binary string), timeout, maxBuffer,
// killSignal (number).
static JsValue spawn_spawn_sync(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  JsValue o = js_arg(argc, argv, 0);
  Sync *s = calloc(1, sizeof(Sync));
  uv_loop_t loop;
  uv_loop_init(&loop);
  JsValue slots = get(rt, o, "stdio");
  uv_stdio_container_t stdio[3];
  uv_process_options_t opt;
  fill_options(rt, o, &opt, stdio, 3);
  s->max_buffer = js_is_number(get(rt, o, "maxBuffer")) ? js_get_number(get(rt, o, "maxBuffer"))
                                                         : 0;
  s->kill_signal = int_or(get(rt, o, "killSignal"), SIGTERM);
  for (int i = 0; i < 3; i++) {
    JsValue slot = js_is_array(rt, slots) && (uint32_t)i < js_obj(slots)->elem_len
                       ? js_array_elem_raw(js_obj(slots), (uint32_t)i) : JS_UNDEFINED;
    int pipe_id;
    stdio_slot(rt, slot, &stdio[i], &pipe_id);
    if (js_is_object(slot) && js_is_number(get(rt, slot, "pipe"))) {
      s->piped[i] = true;
      uv_pipe_init(&loop, &s->pipes[i], 0);
      s->pipes[i].data = s;
      stdio[i].flags = UV_CREATE_PIPE | (i == 0 ? UV_READABLE_PIPE : UV_WRITABLE_PIPE);
      stdio[i].data.stream = (uv_stream_t *)&s->pipes[i];
    }
  }
  opt.exit_cb = sync_exit_cb;
  fflush(stdout);
  fflush(stderr);
  int r = opt.file ? uv_spawn(&loop, &s->proc, &opt) : UV_EINVAL;
  if (r == 0) {
    double timeout = js_is_number(get(rt, o, "timeout")) ? js_get_number(get(rt, o, "timeout"))
                                                          : 0;
    uv_timer_init(&loop, &s->timer);
    s->timer.data = s;
    if (timeout > 0)
      uv_timer_start(&s->timer, sync_timeout, (uint64_t)timeout, 0);
    for (int i = 1; i < 3; i++)
      if (s->piped[i])
        uv_read_start((uv_stream_t *)&s->pipes[i], sync_alloc, sync_read);
    char *input = NULL;
    if (s->piped[0]) {
      JsValue in = get(rt, o, "input");
      size_t len = js_is_string(in) ? js_str_len(js_str(in)) : 0;
      if (len) {
        JsString *str = js_str_flatten(rt, js_str(in));
        input = malloc(len);
        for (size_t k = 0; k < len; k++)
          input[k] = (char)js_str_at(str, (uint32_t)k);
        uv_buf_t buf = uv_buf_init(input, (unsigned)len);
        s->write_req.data = s;
        uv_write(&s->write_req, (uv_stream_t *)&s->pipes[0], &buf, 1, sync_write_cb);
      } else {
        uv_close((uv_handle_t *)&s->pipes[0], NULL);
      }
    }
    uv_unref((uv_handle_t *)&s->timer);
    uv_run(&loop, UV_RUN_DEFAULT);
    free(input);
  }
  uv_walk(&loop, close_walk, NULL);
  uv_run(&loop, UV_RUN_DEFAULT);
  uv_loop_close(&loop);
  JsValue result = sync_result(rt, s, r);
  for (int i = 0; i < 3; i++)
    free(s->out[i].data);
  free(s);
  return result;
}

// --- SharedArrayBuffers shared with workers -----------------------------------
// A SharedArrayBuffer sent to another process (a worker_threads Worker) has
// its bytes moved to a memfd mapped MAP_SHARED; the receiver maps the same
// file through /proc/<sender pid>/fd/<fd>, which the sender keeps open for
// as long as it runs. Buffers received are shared onwards the same way.
typedef struct SharedMap {
  uint8_t *data;
  int fd;
} SharedMap;
static SharedMap *shared_maps;
static int nshared, cap_shared;

static void remember_map(uint8_t *data, int fd) {
  if (nshared == cap_shared) {
    cap_shared = cap_shared ? cap_shared * 2 : 8;
    shared_maps = realloc(shared_maps, sizeof(SharedMap) * (size_t)cap_shared);
  }
  shared_maps[nshared++] = (SharedMap){data, fd};
}

static uint8_t *map_fd(int fd, size_t len) {
  void *p = mmap(NULL, len ? len : 1, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  return p == MAP_FAILED ? NULL : p;
}

// The fd of [sab]'s shared mapping, made on first use (its bytes move
// there), or -1.
static int share_buffer(JsValue sab) {
  size_t len;
  uint8_t **data = js__sab_data(sab, &len);
  if (!data)
    return -1;
  for (int i = 0; i < nshared; i++)
    if (shared_maps[i].data == *data)
      return shared_maps[i].fd;
  int fd = memfd_create("kiln-sab", MFD_CLOEXEC);
  if (fd < 0 || ftruncate(fd, (off_t)(len ? len : 1)) < 0)
    return -1;
  uint8_t *p = map_fd(fd, len);
  if (!p) {
    close(fd);
    return -1;
  }
  memcpy(p, *data, len);
  uint8_t *old = *data;
  *data = p;
  js__atomics_moved(old, len, p);
  remember_map(p, fd);
  return fd;
}

// sabShare(sab): the fd of its shared mapping, or -1.
static JsValue spawn_sab_share(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  (void)rt, (void)callee, (void)this_val, (void)new_target;
  return js_int(share_buffer(js_arg(argc, argv, 0)));
}

// sabOpen(pid, fd, length): a SharedArrayBuffer over the sender's mapping,
// or undefined when it cannot be opened (the sender has exited).
static JsValue spawn_sab_open(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  char path[64];
  snprintf(path, sizeof path, "/proc/%d/fd/%d", int_or(js_arg(argc, argv, 0), 0),
           int_or(js_arg(argc, argv, 1), -1));
  size_t len = (size_t)int_or(js_arg(argc, argv, 2), 0);
  int fd = open(path, O_RDWR | O_CLOEXEC);
  if (fd < 0)
    return JS_UNDEFINED;
  uint8_t *p = map_fd(fd, len);
  if (!p) {
    close(fd);
    return JS_UNDEFINED;
  }
  remember_map(p, fd);
  return js__sab_wrap(rt, p, len);
}

// sabAlias(sab): another SharedArrayBuffer object over the same memory
// (structuredClone within one process), or undefined. The memory is
// mapped first, so that both objects follow it if it is sent to a worker.
static JsValue spawn_sab_alias(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  size_t len;
  JsValue sab = js_arg(argc, argv, 0);
  share_buffer(sab);
  uint8_t **data = js__sab_data(sab, &len);
  return data ? js__sab_wrap(rt, *data, len) : JS_UNDEFINED;
}

// --- messages that JSON carries exactly -------------------------------------------------
// plainTree(v): whether [v] is a tree of strings, booleans, finite numbers
// other than -0, null, ordinary objects and dense arrays (their standard
// prototypes, data properties only, no '__proto__' key) with no object
// reached twice. For such a value structuredClone and a JSON round trip
// give the same thing, so worker_threads sends it as JSON without cloning
// it first. Looks, never calls: no getter, proxy trap or toJSON runs.
typedef struct Seen {
  JsValue *items;  // malloc memory; the values stay reachable from the argument
  size_t n, cap;
} Seen;

static bool plain_tree(JsRt *rt, JsValue v, Seen *seen, int depth);

static bool plain_props(JsRt *rt, JsValue v, Seen *seen, int depth, double length) {
  JsValue keys = js_own_keys(rt, v, 1 | 4);
  uint32_t n = (uint32_t)js_get_number(js_get_prop(rt, keys, js_atom_cstr(rt, "length")));
  if (length >= 0 && (double)n != length)
    return false;
  JsValue proto_key = js_atom_cstr(rt, "__proto__");
  for (uint32_t i = 0; i < n; i++) {
    JsValue key = js_get_index(rt, keys, i);
    if (length >= 0 ? js_atom_index(key) != (int64_t)i : key == proto_key)
      return false;
    JsPropDesc d;
    if (js_get_own_property(rt, v, key, &d) != 1 || (d.has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) ||
        !plain_tree(rt, d.value, seen, depth + 1))
      return false;
  }
  return true;
}

static bool plain_tree(JsRt *rt, JsValue v, Seen *seen, int depth) {
  if (js_is_string(v) || js_is_bool(v) || js_is_null(v))
    return true;
  if (js_is_number(v)) {
    double d = js_get_number(v);
    return d - d == 0 && !(d == 0 && signbit(d));
  }
  if (!js_is_object(v) || depth > 100)
    return false;
  JsClassId c = js_class_of(v);
  JsValue proto = js_get_proto(rt, v);
  if (!(c == JS_CLASS_OBJECT && proto == rt->object_proto) &&
      !(c == JS_CLASS_ARRAY && proto == rt->array_proto))
    return false;
  for (size_t i = 0; i < seen->n; i++)
    if (seen->items[i] == v)
      return false;
  if (seen->n == seen->cap) {
    if (seen->cap >= 4096)
      return false;  // large: the general path
    seen->cap = seen->cap ? seen->cap * 2 : 16;
    seen->items = realloc(seen->items, seen->cap * sizeof *seen->items);
  }
  seen->items[seen->n++] = v;
  double length = -1;
  if (c == JS_CLASS_ARRAY) {
    JsPropDesc d;
    if (js_get_own_property(rt, v, js_atom_cstr(rt, "length"), &d) != 1 ||
        !js_is_number(d.value))
      return false;
    length = js_get_number(d.value);
  }
  return plain_props(rt, v, seen, depth, length);
}

static JsValue spawn_plain_tree(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Seen seen = {0};
  bool ok = plain_tree(rt, js_arg(argc, argv, 0), &seen, 0);
  free(seen.items);
  return js_bool(ok);
}

static const JsNativeDef spawn_funcs[] = {
    JS_FN("plainTree", spawn_plain_tree, 1),
    JS_FN("sabAlias", spawn_sab_alias, 1),
    JS_FN("sabShare", spawn_sab_share, 1),
    JS_FN("sabOpen", spawn_sab_open, 3),
    JS_FN("spawn", spawn_spawn, 2),
    JS_FN("kill", spawn_kill, 2),
    JS_FN("ref", spawn_ref, 2),
    JS_FN("spawnSync", spawn_spawn_sync, 1),
    JS_FN("ipcNew", spawn_ipc_new, 0),
    JS_FN("ipcOpen", spawn_ipc_open, 1),
    JS_FN("ipcStart", spawn_ipc_start, 2),
    JS_FN("ipcWrite", spawn_ipc_write, 4),
    JS_FN("ipcClose", spawn_ipc_close, 1),
    JS_FN("ipcRef", spawn_ipc_ref, 2),
};

JsValue js_binding_spawn(JsRt *rt) {
  the_rt = rt;
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, spawn_funcs);
  return b;
}
