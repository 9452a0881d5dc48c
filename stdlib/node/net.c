// SPDX-License-Identifier: MIT
//
// net.c: the natives of require('kiln:net') (see stdlib/node/bindings.c):
// libuv TCP and Unix-socket (pipe) handles for stdlib/node/net.js, and
// getaddrinfo for stdlib/node/dns.js.
//
// A socket or server handle is known to JS by a small integer id (an index
// into `socks`; ids of closed handles are reused). Bytes read arrive in JS
// as Buffers (Uint8Arrays with Buffer.prototype, set by net.js); writes take
// Buffers, Uint8Arrays or strings (written as UTF-8), several at once.
//
// A write is first tried synchronously (uv_try_write, as node's StreamBase
// does); only what the kernel did not take is queued with uv_write, and
// then the request block (js_uv_alloc) holds the JS chunks so that their
// bytes stay alive until libuv is done with them.
//
// Memory: a Sock block (js_uv_alloc) holds its JS callbacks and stays until
// its handle has closed (js_uv_close); requests are released after their
// completion callback. Reading, writing, shutdown and close go through the
// shared stream layer (stdlib/node/stream_handle.c).
#include "stream_handle.h"

#include <errno.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <uv.h>

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)new_target

typedef struct Sock {
  JsStreamHandle sh;     // first; onread gets a Buffer or a negative errno (UV_EOF)
  JsValue onconnection;  // fn(status, id of the accepted socket)
  bool is_pipe;
} Sock;

typedef struct ConnectReq {
  uv_connect_t req;
  JsValue cb;  // fn(status)
} ConnectReq;

typedef struct LookupReq {
  uv_getaddrinfo_t req;
  JsValue cb;  // fn(status, [address strings])
  bool verbatim;
} LookupReq;

static JsRt *the_rt;
static JsValue buffer_proto;  // static: a GC root
static Sock **socks;
static int nsocks, cap_socks;
static int *free_ids;
static int nfree;

// A read as a Buffer (copied from libuv's buffer), or the errno.
static JsValue read_arg(JsRt *rt, const char *bytes, ssize_t nread) {
  if (nread < 0)
    return js_int((int)nread);
  JsValue buf = js_new_uint8_array(rt, buffer_proto, (size_t)nread);
  size_t len;
  memcpy(js_typed_bytes(buf, &len), bytes, (size_t)nread);
  return buf;
}

// --- ids ------------------------------------------------------------------------------

static int arg_int(int argc, JsValue *argv, int i, int dflt) {
  JsValue v = js_arg(argc, argv, i);
  return js_is_number(v) ? (int)js_get_number(v) : dflt;
}

static Sock *sock_of(int argc, JsValue *argv, int i) {
  int id = arg_int(argc, argv, i, -1);
  return id >= 0 && id < nsocks ? socks[id] : NULL;
}

static Sock *new_sock(bool is_pipe) {
  int id;
  if (nfree > 0) {
    id = free_ids[--nfree];
  } else {
    if (nsocks == cap_socks) {
      cap_socks = cap_socks ? cap_socks * 2 : 64;
      socks = realloc(socks, (size_t)cap_socks * sizeof *socks);
      free_ids = realloc(free_ids, (size_t)cap_socks * sizeof *free_ids);
      if (!socks || !free_ids) {
        fputs("FATAL ERROR: out of memory (net)\n", stderr);
        abort();
      }
    }
    id = nsocks++;
  }
  Sock *s = (Sock *)js_stream_handle_new(the_rt, sizeof(Sock), read_arg);
  s->sh.id = id;
  s->is_pipe = is_pipe;
  s->onconnection = JS_UNDEFINED;
  socks[id] = s;
  int r = is_pipe ? uv_pipe_init(js_uv_loop(the_rt), &s->sh.h.pipe, 0)
                  : uv_tcp_init(js_uv_loop(the_rt), &s->sh.h.tcp);
  (void)r;  // init of a fresh handle does not fail on Unix
  return s;
}

static void drop_id(Sock *s) {
  if (s->sh.id >= 0 && socks[s->sh.id] == s) {
    socks[s->sh.id] = NULL;
    free_ids[nfree++] = s->sh.id;
  }
  s->sh.id = -1;
}

// setBufferPrototype(proto): what the Buffers of reads get.
NATIVE(net_set_buffer_proto) {
  UNUSED_ARGS;
  the_rt = rt;
  buffer_proto = js_arg(argc, argv, 0);
  return JS_UNDEFINED;
}

// tcp() / pipe(): the id of a new handle.
NATIVE(net_tcp) {
  UNUSED_ARGS, (void)argc, (void)argv;
  the_rt = rt;
  return js_int(new_sock(false)->sh.id);
}

NATIVE(net_pipe) {
  UNUSED_ARGS, (void)argc, (void)argv;
  the_rt = rt;
  return js_int(new_sock(true)->sh.id);
}

// close(id, cb, reset): closes the handle; cb() afterwards. The id is free
// at once. With [reset] a TCP connection ends with RST (SO_LINGER 0, what
// uv_tcp_close_reset does): 0 or an errno.
NATIVE(net_close) {
  UNUSED_ARGS;
  Sock *s = sock_of(argc, argv, 0);
  if (!s)
    return JS_UNDEFINED;
  if (js_truthy(rt, js_arg(argc, argv, 2)) && !s->is_pipe) {
    uv_os_fd_t fd;
    struct linger l = {1, 0};
    if (uv_fileno(&s->sh.h.handle, &fd) == 0 &&
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l) != 0)
      return js_int(uv_translate_sys_error(errno));
  }
  drop_id(s);
  s->onconnection = JS_UNDEFINED;
  js_stream_close(&s->sh, js_arg(argc, argv, 1));
  return js_int(0);
}

// ref(id, on)
NATIVE(net_ref) {
  UNUSED_ARGS;
  Sock *s = sock_of(argc, argv, 0);
  if (s)
    js_stream_ref(&s->sh, js_truthy(rt, js_arg(argc, argv, 1)));
  return JS_UNDEFINED;
}

// --- addresses ---------------------------------------------------------------------------

// The sockaddr of an IPv4 or IPv6 literal [host] and [port]; 0 or an errno.
static int parse_addr(JsRt *rt, JsValue host, int port, struct sockaddr_storage *out) {
  if (!js_is_string(host))
    return UV_EINVAL;
  const char *h = js_str_to_utf8(rt, js_str(host), NULL);
  if (strchr(h, ':'))
    return uv_ip6_addr(h, port, (struct sockaddr_in6 *)out);
  return uv_ip4_addr(h, port, (struct sockaddr_in *)out);
}

// [address, family, port] of a sockaddr.
static JsValue addr_triple(JsRt *rt, const struct sockaddr_storage *ss) {
  char name[INET6_ADDRSTRLEN + 1] = "";
  JsValue parts[3];
  if (ss->ss_family == AF_INET6) {
    const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)ss;
    uv_ip6_name(a, name, sizeof name);
    parts[1] = js_new_cstring(rt, "IPv6");
    parts[2] = js_int(ntohs(a->sin6_port));
  } else {
    const struct sockaddr_in *a = (const struct sockaddr_in *)ss;
    uv_ip4_name(a, name, sizeof name);
    parts[1] = js_new_cstring(rt, "IPv4");
    parts[2] = js_int(ntohs(a->sin_port));
  }
  parts[0] = js_new_cstring(rt, name);
  return js_new_array_from(rt, 3, parts);
}

// sockname(id, peer): [address, family, port] (a TCP handle), the path (a
// pipe), or a negative errno.
NATIVE(net_sockname) {
  UNUSED_ARGS;
  Sock *s = sock_of(argc, argv, 0);
  if (!s)
    return js_int(UV_EBADF);
  bool peer = js_truthy(rt, js_arg(argc, argv, 1));
  if (s->is_pipe) {
    char path[1024];
    size_t len = sizeof path;
    int r = peer ? uv_pipe_getpeername(&s->sh.h.pipe, path, &len)
                 : uv_pipe_getsockname(&s->sh.h.pipe, path, &len);
    return r ? js_int(r) : js_new_string(rt, path, len);
  }
  struct sockaddr_storage ss;
  int len = sizeof ss;
  int r = peer ? uv_tcp_getpeername(&s->sh.h.tcp, (struct sockaddr *)&ss, &len)
               : uv_tcp_getsockname(&s->sh.h.tcp, (struct sockaddr *)&ss, &len);
  return r ? js_int(r) : addr_triple(rt, &ss);
}

// bind(id, host, port, ipv6only): 0 or a negative errno. A pipe binds to
// the path [host].
NATIVE(net_bind) {
  UNUSED_ARGS;
  Sock *s = sock_of(argc, argv, 0);
  if (!s)
    return js_int(UV_EBADF);
  JsValue host = js_arg(argc, argv, 1);
  if (s->is_pipe) {
    if (!js_is_string(host))
      return js_int(UV_EINVAL);
    return js_int(uv_pipe_bind(&s->sh.h.pipe, js_str_to_utf8(rt, js_str(host), NULL)));
  }
  struct sockaddr_storage ss;
  int r = parse_addr(rt, host, arg_int(argc, argv, 2, 0), &ss);
  if (r)
    return js_int(r);
  unsigned flags = js_truthy(rt, js_arg(argc, argv, 3)) ? UV_TCP_IPV6ONLY : 0;
  return js_int(uv_tcp_bind(&s->sh.h.tcp, (struct sockaddr *)&ss, flags));
}

// --- servers -------------------------------------------------------------------------------

static void connection_cb(uv_stream_t *server, int status) {
  Sock *s = (Sock *)server;
  JsRt *rt = the_rt;
  JsValue args[2] = {js_int(status), js_int(-1)};
  if (status == 0) {
    Sock *c = new_sock(s->is_pipe);
    int r = uv_accept(server, &c->sh.h.stream);
    if (r) {
      drop_id(c);
      js_uv_close(&c->sh.h.handle, NULL);
      args[0] = js_int(r);
    } else {
      args[1] = js_int(c->sh.id);
    }
  }
  if (js_is_callable(s->onconnection))
    js_loop_callback(rt, s->onconnection, JS_UNDEFINED, 2, args);
}

// listen(id, backlog, onconnection): 0 or a negative errno.
NATIVE(net_listen) {
  UNUSED_ARGS;
  Sock *s = sock_of(argc, argv, 0);
  if (!s)
    return js_int(UV_EBADF);
  s->onconnection = js_arg(argc, argv, 2);
  return js_int(uv_listen(&s->sh.h.stream, arg_int(argc, argv, 1, 511), connection_cb));
}

// --- connecting --------------------------------------------------------------------------

static void connect_cb(uv_connect_t *req, int status) {
  ConnectReq *q = (ConnectReq *)req;
  JsValue cb = q->cb, st = js_int(status);
  js_uv_release(q);
  if (js_is_callable(cb))
    js_loop_callback(the_rt, cb, JS_UNDEFINED, 1, &st);
}

// connect(id, host, port, cb): 0 or a negative errno; cb(status) later.
// A pipe connects to the path [host] (its errors come through cb).
NATIVE(net_connect) {
  UNUSED_ARGS;
  Sock *s = sock_of(argc, argv, 0);
  if (!s)
    return js_int(UV_EBADF);
  JsValue host = js_arg(argc, argv, 1);
  ConnectReq *q = js_uv_alloc(sizeof(ConnectReq));
  q->cb = js_arg(argc, argv, 3);
  if (s->is_pipe) {
    if (!js_is_string(host)) {
      js_uv_release(q);
      return js_int(UV_EINVAL);
    }
    uv_pipe_connect(&q->req, &s->sh.h.pipe, js_str_to_utf8(rt, js_str(host), NULL), connect_cb);
    return js_int(0);
  }
  struct sockaddr_storage ss;
  int r = parse_addr(rt, host, arg_int(argc, argv, 2, 0), &ss);
  if (!r)
    r = uv_tcp_connect(&q->req, &s->sh.h.tcp, (struct sockaddr *)&ss, connect_cb);
  if (r)
    js_uv_release(q);
  return js_int(r);
}

// setNoDelay(id, on), setKeepAlive(id, on, delaySeconds): 0 or an errno.
NATIVE(net_set_no_delay) {
  UNUSED_ARGS;
  Sock *s = sock_of(argc, argv, 0);
  if (!s || s->is_pipe)
    return js_int(0);
  return js_int(uv_tcp_nodelay(&s->sh.h.tcp, js_truthy(rt, js_arg(argc, argv, 1))));
}

NATIVE(net_set_keep_alive) {
  UNUSED_ARGS;
  Sock *s = sock_of(argc, argv, 0);
  if (!s || s->is_pipe)
    return js_int(0);
  return js_int(uv_tcp_keepalive(&s->sh.h.tcp, js_truthy(rt, js_arg(argc, argv, 1)),
                                 (unsigned)arg_int(argc, argv, 2, 0)));
}

// --- reading -------------------------------------------------------------------------------

// readStart(id, onread): 0 or a negative errno.
NATIVE(net_read_start) {
  UNUSED_ARGS, (void)rt;
  Sock *s = sock_of(argc, argv, 0);
  return js_int(s ? js_stream_read_start(&s->sh, js_arg(argc, argv, 1)) : UV_EBADF);
}

NATIVE(net_read_stop) {
  UNUSED_ARGS, (void)rt;
  Sock *s = sock_of(argc, argv, 0);
  if (!s)
    return js_int(UV_EBADF);
  js_stream_read_stop(&s->sh);
  return js_int(0);
}

// --- writing -------------------------------------------------------------------------------

// The bytes of a chunk: a typed array's or a string's UTF-8.
static uv_buf_t chunk_buf(JsRt *rt, JsValue v, char **utf8) {
  *utf8 = NULL;
  if (js_is_string(v)) {
    size_t len;
    *utf8 = js_str_to_utf8(rt, js_str(v), &len);
    return uv_buf_init(*utf8, (unsigned)len);
  }
  size_t len;
  uint8_t *p = js_typed_bytes(v, &len);
  return uv_buf_init(p ? (char *)p : (char *)"", p ? (unsigned)len : 0);
}

// write(id, chunks, cb): writes an array of chunks. Returns the number of
// bytes written at once when the kernel took them all (cb is never
// called), -1 - bytes when the rest was queued (cb(status) later), or an
// error as [errno].
NATIVE(net_write) {
  UNUSED_ARGS;
  Sock *s = sock_of(argc, argv, 0);
  if (!s || uv_is_closing(&s->sh.h.handle))
    return js_new_array_from(rt, 1, (JsValue[]){js_int(UV_EBADF)});
  uint32_t n = 0;
  JsValue *chunks = js_array_like_to_list(rt, js_arg(argc, argv, 1), &n);
  if (!chunks)
    return JS_EXCEPTION;
  uv_buf_t *bufs = js_gc_alloc((n ? n : 1) * sizeof(uv_buf_t));
  char **utf8 = js_gc_alloc((n ? n : 1) * sizeof(char *));
  double total = 0;
  for (uint32_t i = 0; i < n; i++) {
    bufs[i] = chunk_buf(rt, chunks[i], &utf8[i]);
    total += bufs[i].len;
  }
  // Try at once; on EAGAIN nothing was written.
  int done = n ? uv_try_write(&s->sh.h.stream, bufs, n) : 0;
  if (done == UV_EAGAIN || done == UV_ENOSYS)
    done = 0;
  if (done < 0)
    return js_new_array_from(rt, 1, (JsValue[]){js_int(done)});
  if ((double)done == total)
    return js_number(total);
  // Skip what was written and queue the rest.
  uint32_t first = 0;
  size_t left = (size_t)done;
  while (first < n && left >= bufs[first].len) {
    left -= bufs[first].len;
    first++;
  }
  bufs[first].base += left;
  bufs[first].len -= left;
  int r = js_stream_write(rt, &s->sh.h.stream, bufs + first, n - first, js_arg(argc, argv, 1),
                          utf8, NULL, js_arg(argc, argv, 2));
  if (r)
    return js_new_array_from(rt, 1, (JsValue[]){js_int(r)});
  return js_number(-1 - total);
}

// writeQueueSize(id): bytes queued in libuv, not yet written.
NATIVE(net_write_queue_size) {
  UNUSED_ARGS;
  Sock *s = sock_of(argc, argv, 0);
  return js_number(s ? (double)s->sh.h.stream.write_queue_size : 0);
}

// shutdown(id, cb): end of writing once queued writes are done; 0 or an
// errno (then cb is not called).
NATIVE(net_shutdown) {
  UNUSED_ARGS;
  Sock *s = sock_of(argc, argv, 0);
  if (!s || uv_is_closing(&s->sh.h.handle))
    return js_int(UV_ENOTCONN);
  return js_int(js_stream_shutdown(rt, &s->sh.h.stream, js_arg(argc, argv, 1)));
}

// --- dns -----------------------------------------------------------------------------------

static void lookup_cb(uv_getaddrinfo_t *req, int status, struct addrinfo *res) {
  LookupReq *q = (LookupReq *)req;
  JsRt *rt = the_rt;
  JsValue cb = q->cb;
  bool verbatim = q->verbatim;
  js_uv_release(q);
  JsValue list = js_new_array_from(rt, 0, NULL);
  // Node's order: as the resolver gives them (verbatim), or IPv4 first.
  for (int pass = 0; pass < (verbatim ? 1 : 2); pass++) {
    for (struct addrinfo *a = res; status == 0 && a; a = a->ai_next) {
      if (!verbatim && (a->ai_family == AF_INET) != (pass == 0))
        continue;
      char name[INET6_ADDRSTRLEN + 1] = "";
      if (a->ai_family == AF_INET)
        uv_ip4_name((struct sockaddr_in *)a->ai_addr, name, sizeof name);
      else if (a->ai_family == AF_INET6)
        uv_ip6_name((struct sockaddr_in6 *)a->ai_addr, name, sizeof name);
      else
        continue;
      js_array_push(rt, list, js_new_cstring(rt, name));
    }
  }
  uv_freeaddrinfo(res);
  JsValue args[2] = {js_int(status), list};
  if (js_is_callable(cb))
    js_loop_callback(rt, cb, JS_UNDEFINED, 2, args);
}

// getaddrinfo(host, family, hints, verbatim, cb): 0 or an errno;
// cb(status, [addresses]) from the thread pool's answer.
NATIVE(net_getaddrinfo) {
  UNUSED_ARGS;
  the_rt = rt;
  JsValue host = js_arg(argc, argv, 0);
  if (!js_is_string(host))
    return js_int(UV_EINVAL);
  int family = arg_int(argc, argv, 1, 0);
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = arg_int(argc, argv, 2, 0);
  LookupReq *q = js_uv_alloc(sizeof(LookupReq));
  q->verbatim = js_truthy(rt, js_arg(argc, argv, 3));
  q->cb = js_arg(argc, argv, 4);
  int r = uv_getaddrinfo(js_uv_loop(rt), &q->req, lookup_cb,
                         js_str_to_utf8(rt, js_str(host), NULL), NULL, &hints);
  if (r)
    js_uv_release(q);
  return js_int(r);
}

// --- handles passed over an IPC channel (stdlib/node/child_process.c) ------------------

// The stream of socket or server [id] to send, or NULL.
uv_stream_t *js_net_stream(int id) {
  return id >= 0 && id < nsocks && socks[id] ? &socks[id]->sh.h.stream : NULL;
}

// Takes the handle pending on IPC pipe [ipc] into a new socket: its id (and
// *is_pipe), or a negative errno.
int js_net_accept_pending(JsRt *rt, uv_pipe_t *ipc, bool *is_pipe) {
  the_rt = rt;
  *is_pipe = uv_pipe_pending_type(ipc) == UV_NAMED_PIPE;
  Sock *s = new_sock(*is_pipe);
  int r = uv_accept((uv_stream_t *)ipc, &s->sh.h.stream);
  if (r) {
    drop_id(s);
    js_uv_close(&s->sh.h.handle, NULL);
    return r;
  }
  return s->sh.id;
}

// live(): uv blocks not yet released (runtime/handle.c), for tests.
NATIVE(net_live) {
  UNUSED_ARGS, (void)rt, (void)argc, (void)argv;
  return js_number((double)js_uv_live());
}

static const JsNativeDef net_funcs[] = {
    JS_FN("setBufferPrototype", net_set_buffer_proto, 1),
    JS_FN("tcp", net_tcp, 0),
    JS_FN("pipe", net_pipe, 0),
    JS_FN("close", net_close, 3),
    JS_FN("ref", net_ref, 2),
    JS_FN("sockname", net_sockname, 2),
    JS_FN("bind", net_bind, 4),
    JS_FN("listen", net_listen, 3),
    JS_FN("connect", net_connect, 4),
    JS_FN("setNoDelay", net_set_no_delay, 2),
    JS_FN("setKeepAlive", net_set_keep_alive, 3),
    JS_FN("readStart", net_read_start, 2),
    JS_FN("readStop", net_read_stop, 1),
    JS_FN("write", net_write, 3),
    JS_FN("writeQueueSize", net_write_queue_size, 1),
    JS_FN("shutdown", net_shutdown, 2),
    JS_FN("getaddrinfo", net_getaddrinfo, 5),
    JS_FN("live", net_live, 0),
};

JsValue js_binding_net(JsRt *rt);  // bindings.c looks it up by name
JsValue js_binding_net(JsRt *rt) {
  the_rt = rt;
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, net_funcs);
  return b;
}
