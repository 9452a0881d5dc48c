// SPDX-License-Identifier: MIT
//
// zlib.c: the natives of require('kiln:zlib') (see stdlib/node/bindings.c):
// compression contexts over zlib's z_stream and brotli's encoder and
// decoder states, for stdlib/node/zlib.js.
//
// A context is a malloc'd ZCtx named by a small integer id (JS keeps the
// number): it holds no JS values, so the thread pool may work on it. The
// API, all numbers in node's constants (DEFLATE .. BROTLI_ENCODE, Z_*):
//   create(mode) -> id
//   init(id, windowBits, level, memLevel, strategy, dictionary?)
//   initBrotli(id, params: Uint32Array, 0xffffffff = unset) -> bool
//   writeSync(id, flush, in, inOff, inLen, out, outOff, outLen, state)
//   write(... same ..., state, callback)          (libuv's thread pool)
//   params(id, level, strategy), reset(id), close(id)
// state is a Uint32Array(2) that receives [avail_out, avail_in] after a
// write. A failure is reported as an array [message, errno, code]: the
// return value of writeSync/params/reset, the argument of write's
// callback (undefined when the write succeeded).
//
// zlib is initialised lazily, on the first write, params or reset, the
// way node does: options are validated in JS, failures of zlib itself
// show up as errors of that first operation. Like node, an unzip context
// looks at the first two bytes and becomes gunzip or inflate; a gunzip
// context goes on with the next member when more gzip data follows the
// end of one (zero padding is ignored).
#include "internal.h"

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>
#include <zlib.h>

enum {
  M_NONE, M_DEFLATE, M_INFLATE, M_GZIP, M_GUNZIP, M_DEFLATERAW, M_INFLATERAW,
  M_UNZIP, M_BROTLI_DECODE, M_BROTLI_ENCODE
};

typedef struct ZCtx {
  int mode;
  bool zlib_ready;        // deflateInit2/inflateInit2 done
  bool busy;              // an async write is on the thread pool
  bool pending_close;     // close() came while busy
  z_stream strm;
  int level, window_bits, mem_level, strategy, flush, err;
  uint8_t *dict;
  size_t dict_len;
  int gzip_id_bytes;      // unzip: magic bytes seen so far
  BrotliEncoderState *benc;
  BrotliDecoderState *bdec;
  const uint8_t *next_in;  // brotli's buffers (zlib keeps them in strm)
  uint8_t *next_out;
  size_t avail_in, avail_out;
  int bresult;            // last brotli result (BROTLI_TRUE/.. or decoder result)
  int berror;             // BrotliDecoderErrorCode of a failed decode
} ZCtx;

// The table of live contexts; ids are indexes, reused after close.
static ZCtx **ctxs;
static int nctxs;

static ZCtx *ctx_of(JsValue id) {
  if (!js_is_int(id))
    return NULL;
  int i = js_get_int(id);
  return i >= 0 && i < nctxs ? ctxs[i] : NULL;
}

// --- zlib ----------------------------------------------------------------------

static const char *zlib_code(int err) {
  switch (err) {
  case Z_OK: return "Z_OK";
  case Z_STREAM_END: return "Z_STREAM_END";
  case Z_NEED_DICT: return "Z_NEED_DICT";
  case Z_ERRNO: return "Z_ERRNO";
  case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
  case Z_DATA_ERROR: return "Z_DATA_ERROR";
  case Z_MEM_ERROR: return "Z_MEM_ERROR";
  case Z_BUF_ERROR: return "Z_BUF_ERROR";
  case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
  default: return "Z_UNKNOWN_ERROR";
  }
}

static bool is_deflate(int mode) {
  return mode == M_DEFLATE || mode == M_GZIP || mode == M_DEFLATERAW;
}

static int set_dictionary(ZCtx *c) {
  if (!c->dict_len)
    return Z_OK;
  c->err = Z_OK;
  // gzip has no dictionaries; inflate and gunzip take theirs when inflate()
  // asks for it (Z_NEED_DICT), raw inflate up front.
  if (c->mode == M_DEFLATE || c->mode == M_DEFLATERAW)
    c->err = deflateSetDictionary(&c->strm, c->dict, (uInt)c->dict_len);
  else if (c->mode == M_INFLATERAW)
    c->err = inflateSetDictionary(&c->strm, c->dict, (uInt)c->dict_len);
  return c->err;
}

// Initialises the z_stream once. Returns true on the call that did it (its
// outcome is then in c->err).
static bool zlib_start(ZCtx *c) {
  if (c->zlib_ready || c->mode == M_NONE)
    return false;
  if (is_deflate(c->mode))
    c->err = deflateInit2(&c->strm, c->level, Z_DEFLATED, c->window_bits,
                          c->mem_level, c->strategy);
  else
    c->err = inflateInit2(&c->strm, c->window_bits);
  if (c->err != Z_OK) {
    c->mode = M_NONE;
    return true;
  }
  c->zlib_ready = true;
  set_dictionary(c);
  return true;
}

// Unzip: decides between gunzip and inflate on the gzip magic bytes
// 1f 8b, which may arrive one per write.
static void unzip_sniff(ZCtx *c) {
  if (c->strm.avail_in == 0)
    return;
  const Bytef *p = c->strm.next_in;
  size_t n = c->strm.avail_in;
  if (c->gzip_id_bytes == 0) {
    if (*p != 0x1f) {
      c->mode = M_INFLATE;
      return;
    }
    c->gzip_id_bytes = 1;
    p++;
    if (--n == 0)
      return;
  }
  if (*p == 0x8b) {
    c->gzip_id_bytes = 2;
    c->mode = M_GUNZIP;
  } else {
    c->mode = M_INFLATE;
  }
}

static void zlib_work(ZCtx *c) {
  if (zlib_start(c) && c->err != Z_OK)
    return;
  if (c->mode == M_NONE) {
    c->err = Z_STREAM_ERROR;
    return;
  }
  if (is_deflate(c->mode)) {
    c->err = deflate(&c->strm, c->flush);
    return;
  }
  if (c->mode == M_UNZIP)
    unzip_sniff(c);
  c->err = inflate(&c->strm, c->flush);
  if (c->mode != M_INFLATERAW && c->err == Z_NEED_DICT && c->dict_len) {
    c->err = inflateSetDictionary(&c->strm, c->dict, (uInt)c->dict_len);
    if (c->err == Z_OK)
      c->err = inflate(&c->strm, c->flush);
    else if (c->err == Z_DATA_ERROR)
      c->err = Z_NEED_DICT;  // tells a bad dictionary from bad input
  }
  // More gzip members (or trailing garbage, which then fails) after the
  // end of one; zero bytes are padding.
  while (c->strm.avail_in > 0 && c->mode == M_GUNZIP &&
         c->err == Z_STREAM_END && c->strm.next_in[0] != 0) {
    c->err = inflateReset(&c->strm);
    if (c->err == Z_OK)
      c->err = inflate(&c->strm, c->flush);
  }
}

// --- brotli ----------------------------------------------------------------------

static bool brotli_start(ZCtx *c) {
  if (c->mode == M_BROTLI_ENCODE) {
    if (c->benc)
      BrotliEncoderDestroyInstance(c->benc);
    c->benc = BrotliEncoderCreateInstance(NULL, NULL, NULL);
    return c->benc != NULL;
  }
  if (c->bdec)
    BrotliDecoderDestroyInstance(c->bdec);
  c->bdec = BrotliDecoderCreateInstance(NULL, NULL, NULL);
  c->berror = BROTLI_DECODER_NO_ERROR;
  return c->bdec != NULL;
}

static void brotli_work(ZCtx *c) {
  if (c->mode == M_BROTLI_ENCODE) {
    c->bresult = BrotliEncoderCompressStream(c->benc, (BrotliEncoderOperation)c->flush,
                                             &c->avail_in, &c->next_in, &c->avail_out,
                                             &c->next_out, NULL);
    return;
  }
  c->bresult = BrotliDecoderDecompressStream(c->bdec, &c->avail_in, &c->next_in,
                                             &c->avail_out, &c->next_out, NULL);
  if (c->bresult == BROTLI_DECODER_RESULT_ERROR)
    c->berror = BrotliDecoderGetErrorCode(c->bdec);
}

static bool is_brotli(int mode) {
  return mode == M_BROTLI_ENCODE || mode == M_BROTLI_DECODE;
}

// --- errors ----------------------------------------------------------------------

// node's [message, errno, code] triple.
static JsValue error_triple(JsRt *rt, const char *msg, int err, const char *code) {
  JsValue a = js_new_array(rt, 3);
  js_array_push(rt, a, js_new_cstring(rt, msg));
  js_array_push(rt, a, js_int(err));
  js_array_push(rt, a, js_new_cstring(rt, code));
  return a;
}

static JsValue zlib_error(JsRt *rt, ZCtx *c, const char *msg) {
  return error_triple(rt, c->strm.msg ? c->strm.msg : msg, c->err, zlib_code(c->err));
}

// The outcome of a write: undefined, or the error triple.
static JsValue write_error(JsRt *rt, ZCtx *c) {
  if (c->mode == M_BROTLI_ENCODE) {
    if (!c->bresult)
      return error_triple(rt, "Compression failed", -1, "ERR_BROTLI_COMPRESSION_FAILED");
    return JS_UNDEFINED;
  }
  if (c->mode == M_BROTLI_DECODE) {
    if (c->berror != BROTLI_DECODER_NO_ERROR) {
      char code[96];
      snprintf(code, sizeof code, "ERR_%s",
               BrotliDecoderErrorString((BrotliDecoderErrorCode)c->berror));
      return error_triple(rt, "Decompression failed", c->berror, code);
    }
    // A partial stream at the end: brotli cannot tell, so it is an error.
    if (c->flush == BROTLI_OPERATION_FINISH &&
        c->bresult == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
      return error_triple(rt, "unexpected end of file", Z_BUF_ERROR, "Z_BUF_ERROR");
    return JS_UNDEFINED;
  }
  switch (c->err) {
  case Z_OK:
  case Z_BUF_ERROR:
    if (c->strm.avail_out != 0 && c->flush == Z_FINISH)
      return zlib_error(rt, c, "unexpected end of file");
    return JS_UNDEFINED;
  case Z_STREAM_END:
    return JS_UNDEFINED;
  case Z_NEED_DICT:
    return zlib_error(rt, c, c->dict_len ? "Bad dictionary" : "Missing dictionary");
  default:
    return zlib_error(rt, c, "Zlib error");
  }
}

// --- natives ----------------------------------------------------------------------

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)new_target

static int int_arg(int argc, JsValue *argv, int i) {
  JsValue v = js_arg(argc, argv, i);
  return js_is_number(v) ? (int)js_get_number(v) : 0;
}

static double num_arg(int argc, JsValue *argv, int i) {
  JsValue v = js_arg(argc, argv, i);
  return js_is_number(v) ? js_get_number(v) : -1;
}

static JsValue bad_ctx(JsRt *rt) {
  return js_throw_error(rt, JS_ERROR, "zlib binding closed");
}

NATIVE(zlib_create) {
  UNUSED_ARGS;
  ZCtx *c = calloc(1, sizeof(ZCtx));
  if (!c)
    return js_throw_error(rt, JS_RANGE_ERROR, "Out of memory");
  c->mode = int_arg(argc, argv, 0);
  int id = 0;
  while (id < nctxs && ctxs[id])
    id++;
  if (id == nctxs) {
    ZCtx **grown = realloc(ctxs, (size_t)(nctxs + 16) * sizeof(ZCtx *));
    if (!grown) {
      free(c);
      return js_throw_error(rt, JS_RANGE_ERROR, "Out of memory");
    }
    ctxs = grown;
    memset(ctxs + nctxs, 0, 16 * sizeof(ZCtx *));
    nctxs += 16;
  }
  ctxs[id] = c;
  return js_int(id);
}

// init(id, windowBits, level, memLevel, strategy, dictionary?)
NATIVE(zlib_init) {
  UNUSED_ARGS;
  ZCtx *c = ctx_of(js_arg(argc, argv, 0));
  if (!c)
    return bad_ctx(rt);
  c->window_bits = int_arg(argc, argv, 1);
  c->level = int_arg(argc, argv, 2);
  c->mem_level = int_arg(argc, argv, 3);
  c->strategy = int_arg(argc, argv, 4);
  c->flush = Z_NO_FLUSH;
  c->err = Z_OK;
  if (c->mode == M_GZIP || c->mode == M_GUNZIP)
    c->window_bits += 16;
  else if (c->mode == M_UNZIP)
    c->window_bits += 32;
  else if (c->mode == M_DEFLATERAW || c->mode == M_INFLATERAW)
    c->window_bits = -c->window_bits;
  size_t n;
  const uint8_t *d = js_typed_bytes(js_arg(argc, argv, 5), &n);
  if (d && n) {
    c->dict = malloc(n);
    if (!c->dict)
      return js_throw_error(rt, JS_RANGE_ERROR, "Out of memory");
    memcpy(c->dict, d, n);
    c->dict_len = n;
  }
  return JS_UNDEFINED;
}

// initBrotli(id, params) -> false when the state or a parameter failed.
NATIVE(zlib_init_brotli) {
  UNUSED_ARGS;
  ZCtx *c = ctx_of(js_arg(argc, argv, 0));
  if (!c)
    return bad_ctx(rt);
  c->flush = BROTLI_OPERATION_PROCESS;
  if (!brotli_start(c))
    return JS_FALSE;
  size_t n;
  const uint8_t *p = js_typed_bytes(js_arg(argc, argv, 1), &n);
  for (size_t i = 0; p && i + 4 <= n; i += 4) {
    uint32_t v;
    memcpy(&v, p + i, 4);
    if (v == UINT32_MAX)
      continue;
    bool ok = c->mode == M_BROTLI_ENCODE
                  ? BrotliEncoderSetParameter(c->benc, (BrotliEncoderParameter)(i / 4), v)
                  : BrotliDecoderSetParameter(c->bdec, (BrotliDecoderParameter)(i / 4), v);
    if (!ok)
      return JS_FALSE;
  }
  return JS_TRUE;
}

// Points the context at in[inOff, inOff + inLen) and out[outOff, outOff +
// outLen) (bounds checked against the views). False when they do not fit.
static bool set_buffers(ZCtx *c, int argc, JsValue *argv) {
  size_t in_n, out_n;
  uint8_t *in = js_typed_bytes(js_arg(argc, argv, 2), &in_n);
  uint8_t *out = js_typed_bytes(js_arg(argc, argv, 5), &out_n);
  double in_off = num_arg(argc, argv, 3);
  double in_len = num_arg(argc, argv, 4);
  double out_off = num_arg(argc, argv, 6);
  double out_len = num_arg(argc, argv, 7);
  if (in_off < 0 || in_len < 0 || in_off + in_len > (double)in_n || out_off < 0 ||
      out_len < 0 || out_off + out_len > (double)out_n)
    return false;
  c->flush = int_arg(argc, argv, 1);
  uint8_t *ip = in ? in + (size_t)in_off : NULL;
  uint8_t *op = out ? out + (size_t)out_off : NULL;
  if (is_brotli(c->mode)) {
    c->next_in = ip;
    c->avail_in = (size_t)in_len;
    c->next_out = op;
    c->avail_out = (size_t)out_len;
  } else {
    c->strm.next_in = ip;
    c->strm.avail_in = (uInt)in_len;
    c->strm.next_out = op;
    c->strm.avail_out = (uInt)out_len;
  }
  return true;
}

static void do_work(ZCtx *c) {
  if (is_brotli(c->mode))
    brotli_work(c);
  else
    zlib_work(c);
}

static void store_state(ZCtx *c, JsValue state) {
  size_t n;
  uint8_t *p = js_typed_bytes(state, &n);
  if (!p || n < 8)
    return;
  uint32_t w[2];
  if (is_brotli(c->mode)) {
    w[0] = (uint32_t)c->avail_out;
    w[1] = (uint32_t)c->avail_in;
  } else {
    w[0] = c->strm.avail_out;
    w[1] = c->strm.avail_in;
  }
  memcpy(p, w, 8);
}

static JsValue check_write(JsRt *rt, ZCtx *c, int argc, JsValue *argv) {
  if (!c)
    return bad_ctx(rt);
  if (c->busy)
    return js_throw_error(rt, JS_ERROR, "write already in progress");
  if (!set_buffers(c, argc, argv))
    return js_throw_error(rt, JS_RANGE_ERROR, "zlib write out of bounds");
  return JS_UNDEFINED;
}

// writeSync(id, flush, in, inOff, inLen, out, outOff, outLen, state)
NATIVE(zlib_write_sync) {
  UNUSED_ARGS;
  ZCtx *c = ctx_of(js_arg(argc, argv, 0));
  JsValue r = check_write(rt, c, argc, argv);
  if (js_is_exception(r))
    return r;
  do_work(c);
  JsValue err = write_error(rt, c);
  if (js_is_undefined(err))
    store_state(c, js_arg(argc, argv, 8));
  return err;
}

// An async write: the request and the JS values it must keep alive.
typedef struct WriteReq {
  uv_work_t req;  // first: the block is found from it
  JsRt *rt;
  ZCtx *c;
  int id;
  JsValue in, out, state, callback;
} WriteReq;

static void ctx_free(int id);

static void write_work(uv_work_t *req) {
  WriteReq *w = (WriteReq *)req;
  do_work(w->c);
}

static void write_done(uv_work_t *req, int status) {
  WriteReq *w = (WriteReq *)req;
  JsRt *rt = w->rt;
  ZCtx *c = w->c;
  c->busy = false;
  JsValue err = status == 0 ? write_error(rt, c)
                            : error_triple(rt, "write cancelled", -1, "ECANCELED");
  if (js_is_undefined(err))
    store_state(c, w->state);
  if (c->pending_close)
    ctx_free(w->id);
  JsValue cb = w->callback;
  js_uv_release(w);
  if (!js_loop_ending(rt))
    js_loop_callback(rt, cb, JS_UNDEFINED, 1, &err);
}

// write(id, flush, in, inOff, inLen, out, outOff, outLen, state, callback)
NATIVE(zlib_write) {
  UNUSED_ARGS;
  ZCtx *c = ctx_of(js_arg(argc, argv, 0));
  JsValue r = check_write(rt, c, argc, argv);
  if (js_is_exception(r))
    return r;
  WriteReq *w = js_uv_alloc(sizeof(WriteReq));
  w->rt = rt;
  w->c = c;
  w->id = js_get_int(argv[0]);
  w->in = js_arg(argc, argv, 2);
  w->out = js_arg(argc, argv, 5);
  w->state = js_arg(argc, argv, 8);
  w->callback = js_arg(argc, argv, 9);
  c->busy = true;
  int rc = uv_queue_work(js_uv_loop(rt), &w->req, write_work, write_done);
  if (rc != 0) {
    c->busy = false;
    js_uv_release(w);
    return js_throw_error(rt, JS_ERROR, "%s", uv_strerror(rc));
  }
  return JS_UNDEFINED;
}

// params(id, level, strategy): deflate's deflateParams (a no-op for gzip
// and the inflaters, as in node).
NATIVE(zlib_params) {
  UNUSED_ARGS;
  ZCtx *c = ctx_of(js_arg(argc, argv, 0));
  if (!c)
    return bad_ctx(rt);
  if (c->busy)
    return js_throw_error(rt, JS_ERROR, "zlib write in progress");
  if (is_brotli(c->mode))
    return JS_UNDEFINED;
  if (zlib_start(c) && c->err != Z_OK)
    return zlib_error(rt, c, "Failed to init stream before set parameters");
  c->err = Z_OK;
  if (c->mode == M_DEFLATE || c->mode == M_DEFLATERAW)
    c->err = deflateParams(&c->strm, int_arg(argc, argv, 1), int_arg(argc, argv, 2));
  if (c->err != Z_OK && c->err != Z_BUF_ERROR)
    return zlib_error(rt, c, "Failed to set parameters");
  return JS_UNDEFINED;
}

NATIVE(zlib_reset) {
  UNUSED_ARGS;
  ZCtx *c = ctx_of(js_arg(argc, argv, 0));
  if (!c)
    return bad_ctx(rt);
  if (c->busy)
    return js_throw_error(rt, JS_ERROR, "zlib write in progress");
  if (is_brotli(c->mode)) {
    if (!brotli_start(c))
      return error_triple(rt, "Initialization failed", -1, "ERR_ZLIB_INITIALIZATION_FAILED");
    return JS_UNDEFINED;
  }
  if (zlib_start(c) && c->err != Z_OK)
    return zlib_error(rt, c, "Failed to init stream before reset");
  c->err = Z_OK;
  if (is_deflate(c->mode))
    c->err = deflateReset(&c->strm);
  else if (c->mode == M_INFLATE || c->mode == M_INFLATERAW || c->mode == M_GUNZIP)
    c->err = inflateReset(&c->strm);
  if (c->err != Z_OK)
    return zlib_error(rt, c, "Failed to reset stream");
  if (set_dictionary(c) != Z_OK)
    return zlib_error(rt, c, "Failed to set dictionary");
  return JS_UNDEFINED;
}

static void ctx_free(int id) {
  ZCtx *c = ctxs[id];
  if (c->zlib_ready) {
    if (is_deflate(c->mode))
      deflateEnd(&c->strm);
    else
      inflateEnd(&c->strm);
  }
  if (c->benc)
    BrotliEncoderDestroyInstance(c->benc);
  if (c->bdec)
    BrotliDecoderDestroyInstance(c->bdec);
  free(c->dict);
  free(c);
  ctxs[id] = NULL;
}

// close(id): frees the context now, or after the write in progress.
NATIVE(zlib_close) {
  UNUSED_ARGS;
  JsValue id = js_arg(argc, argv, 0);
  ZCtx *c = ctx_of(id);
  if (!c)
    return JS_UNDEFINED;
  if (c->busy)
    c->pending_close = true;
  else
    ctx_free(js_get_int(id));
  return JS_UNDEFINED;
}

// crc32(bytes, value) -> the CRC-32 of [bytes] continuing from [value].
NATIVE(zlib_crc32) {
  UNUSED_ARGS;
  size_t n = 0;
  const uint8_t *p = js_typed_bytes(js_arg(argc, argv, 0), &n);
  JsValue v = js_arg(argc, argv, 1);
  uLong crc = js_is_number(v) ? (uLong)js_get_number(v) : 0;
  while (p && n > 0) {
    uInt step = n > 0x40000000u ? 0x40000000u : (uInt)n;
    crc = crc32(crc, p, step);
    p += step;
    n -= step;
  }
  return js_number((double)(uint32_t)crc);
}

JsValue js_binding_zlib(JsRt *rt) {
  static const JsNativeDef fns[] = {
      JS_FN("create", zlib_create, 1),
      JS_FN("init", zlib_init, 6),
      JS_FN("initBrotli", zlib_init_brotli, 2),
      JS_FN("writeSync", zlib_write_sync, 9),
      JS_FN("write", zlib_write, 10),
      JS_FN("params", zlib_params, 3),
      JS_FN("reset", zlib_reset, 1),
      JS_FN("close", zlib_close, 1),
      JS_FN("crc32", zlib_crc32, 2),
  };
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, fns);
  return b;
}
