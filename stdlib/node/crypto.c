// SPDX-License-Identifier: MIT
//
// crypto.c: the natives of require('kiln:crypto') (see stdlib/node/bindings.c)
// over OpenSSL 3's libcrypto: digests (EVP_MD), HMAC (EVP_MAC), ciphers
// (EVP_CIPHER), random bytes, PBKDF2, scrypt and HKDF, asymmetric keys
// (import/export/generate, sign/verify over EVP_PKEY), and the byte/string
// encodings crypto.js needs. stdlib/node/crypto.js does node's API surface,
// argument validation and messages; this file does the OpenSSL work.
//
// A hash, HMAC or cipher in progress is a plain null-prototype object whose
// `internal` points at a Ctx (GC memory with a finalizer that frees the
// OpenSSL context; digest()/final() free it at once).
//
// The async forms (pbkdf2, scrypt, hkdf, randomFill) are a Job: a
// js_uv_alloc block with the uv_work_t first. Inputs are copied into malloc
// memory on the loop thread, the thread pool computes into malloc memory,
// and the completion makes the Uint8Array and calls back through
// js_loop_callback. No GC memory is touched off the loop thread.
#include "crypto.h"

#define OPENSSL_SUPPRESS_DEPRECATED  // PKCS#1 and SEC1 PEM writers (node exports them)
#include <gc.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

// --- arguments -------------------------------------------------------------------

// The bytes of argument [i] (ArrayBuffer or typed array; anything else is
// empty: crypto.js validates first).
const uint8_t *crypto_arg_bytes(int argc, JsValue *argv, int i, size_t *len) {
  uint8_t *p = js_typed_bytes(js_arg(argc, argv, i), len);
  if (!p)
    *len = 0;
  return p && *len ? p : (const uint8_t *)"";
}

// A new Uint8Array holding a copy of [n] bytes at [data]; crypto.js makes
// Buffers (or takes .buffer where node gives an ArrayBuffer).
JsValue crypto_new_bytes(JsRt *rt, const void *data, size_t n) {
  JsValue u = js_new_uint8_array(rt, JS_UNDEFINED, n);
  if (js_is_exception(u) || !n)
    return u;
  size_t len;
  memcpy(js_typed_bytes(u, &len), data, n);
  return u;
}

static double arg_num(int argc, JsValue *argv, int i) {
  JsValue v = js_arg(argc, argv, i);
  return js_is_number(v) ? js_get_number(v) : 0;
}

static const char *arg_str(JsRt *rt, int argc, JsValue *argv, int i) {
  return js_cstr(rt, js_arg(argc, argv, i));
}

// Node's codes name some libraries: ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH,
// but ERR_OSSL_BAD_DECRYPT for the provider library.
static const char *lib_prefix(int lib) {
  static const struct { int lib; const char *name; } libs[] = {
      {ERR_LIB_SYS, "SYS_"}, {ERR_LIB_BN, "BN_"}, {ERR_LIB_RSA, "RSA_"},
      {ERR_LIB_DH, "DH_"}, {ERR_LIB_EVP, "EVP_"}, {ERR_LIB_BUF, "BUF_"},
      {ERR_LIB_OBJ, "OBJ_"}, {ERR_LIB_PEM, "PEM_"}, {ERR_LIB_DSA, "DSA_"},
      {ERR_LIB_X509, "X509_"}, {ERR_LIB_ASN1, "ASN1_"}, {ERR_LIB_CONF, "CONF_"},
      {ERR_LIB_CRYPTO, "CRYPTO_"}, {ERR_LIB_EC, "EC_"}, {ERR_LIB_SSL, "SSL_"},
      {ERR_LIB_BIO, "BIO_"}, {ERR_LIB_PKCS7, "PKCS7_"}, {ERR_LIB_X509V3, "X509V3_"},
      {ERR_LIB_PKCS12, "PKCS12_"}, {ERR_LIB_RAND, "RAND_"}, {ERR_LIB_DSO, "DSO_"},
      {ERR_LIB_ENGINE, "ENGINE_"}, {ERR_LIB_OCSP, "OCSP_"}, {ERR_LIB_UI, "UI_"},
      {ERR_LIB_COMP, "COMP_"}, {ERR_LIB_ECDSA, "ECDSA_"}, {ERR_LIB_ECDH, "ECDH_"},
      {ERR_LIB_OSSL_STORE, "OSSL_STORE_"}, {ERR_LIB_FIPS, "FIPS_"},
      {ERR_LIB_CMS, "CMS_"}, {ERR_LIB_TS, "TS_"}, {ERR_LIB_HMAC, "HMAC_"},
      {ERR_LIB_CT, "CT_"}, {ERR_LIB_ASYNC, "ASYNC_"}, {ERR_LIB_KDF, "KDF_"},
      {ERR_LIB_SM2, "SM2_"}, {ERR_LIB_USER, "USER_"}};
  for (size_t i = 0; i < sizeof libs / sizeof libs[0]; i++)
    if (libs[i].lib == lib)
      return libs[i].name;
  return "";
}

// The OpenSSL error on top of the queue as node throws it: message
// "error:1C800064:Provider routines::bad decrypt" with library, reason and
// code ERR_OSSL_BAD_DECRYPT. Clears the queue.
JsValue crypto_openssl_error(JsRt *rt, unsigned long e) {
  char msg[256];
  ERR_error_string_n(e, msg, sizeof msg);
  ERR_clear_error();
  JsValue err = js_new_error(rt, JS_ERROR, "%s", msg);
  const char *lib = ERR_lib_error_string(e);
  const char *reason = ERR_reason_error_string(e);
  if (lib)
    js_define_value(rt, err, js_atom_cstr(rt, "library"), js_new_cstring(rt, lib),
                    JS_PROP_DEFAULT);
  if (reason) {
    js_define_value(rt, err, js_atom_cstr(rt, "reason"), js_new_cstring(rt, reason),
                    JS_PROP_DEFAULT);
    char code[128];
    snprintf(code, sizeof code, "ERR_OSSL_%s", lib_prefix(ERR_GET_LIB(e)));
    size_t n = strlen(code);
    for (const char *r = reason; *r && n + 1 < sizeof code; r++)
      code[n++] = *r == ' ' ? '_' : (char)(*r >= 'a' && *r <= 'z' ? *r - 32 : *r);
    code[n] = 0;
    js_define_value(rt, err, js_atom_cstr(rt, "code"), js_new_cstring(rt, code),
                    JS_PROP_DEFAULT);
  }
  return err;
}

JsValue crypto_coded_error(JsRt *rt, JsErrorKind kind, const char *code, const char *msg) {
  JsValue err = js_new_error(rt, kind, "%s", msg);
  js_define_value(rt, err, js_atom_cstr(rt, "code"), js_new_cstring(rt, code), JS_PROP_DEFAULT);
  return err;
}

// --- contexts --------------------------------------------------------------------

enum { CTX_MAGIC = 0x6b43747a };
enum { KIND_HASH, KIND_HMAC, KIND_CIPHER };

typedef struct Ctx {
  uint32_t magic;
  int kind;
  EVP_MD_CTX *md;
  EVP_MAC_CTX *mac;
  EVP_CIPHER_CTX *cipher;
  long xof_len;    // shake output length in bytes, -1 for the default
  int tag_len;     // AEAD tag length
  int mode;        // EVP_CIPH_*_MODE
  bool encrypt;
} Ctx;

static void ctx_free(Ctx *c) {
  EVP_MD_CTX_free(c->md);
  EVP_MAC_CTX_free(c->mac);
  EVP_CIPHER_CTX_free(c->cipher);
  c->md = NULL;
  c->mac = NULL;
  c->cipher = NULL;
}

static void ctx_finalize(void *obj, void *data) {
  (void)data;
  ctx_free(obj);
}

static JsValue ctx_new(JsRt *rt, int kind, Ctx **out) {
  Ctx *c = js_gc_alloc(sizeof(Ctx));
  c->magic = CTX_MAGIC;
  c->kind = kind;
  c->xof_len = -1;
  GC_register_finalizer_no_order(c, ctx_finalize, NULL, NULL, NULL);
  JsObject *o = js_new_object_class(rt, JS_NULL, JS_CLASS_OBJECT);
  o->internal = c;
  *out = c;
  return js_obj_value(o);
}

static Ctx *ctx_of(JsValue v, int kind) {
  if (js_class_of(v) != JS_CLASS_OBJECT)
    return NULL;
  Ctx *c = js_obj(v)->internal;
  return c && c->magic == CTX_MAGIC && c->kind == kind ? c : NULL;
}

static JsValue bad_ctx(JsRt *rt) {
  return js_throw_error(rt, JS_TYPE_ERROR, "kiln:crypto: not a live context");
}

// --- hashes ------------------------------------------------------------------------

static const EVP_MD *find_md(const char *name) {
  // EVP_get_digestbyname knows the aliases node accepts (RSA-SHA256 ...);
  // the fetch is case-insensitive (SHA256).
  const EVP_MD *md = EVP_get_digestbyname(name);
  if (!md)
    md = EVP_MD_fetch(NULL, name, NULL);  // leaked once per name: cheap
  ERR_clear_error();
  return md;
}

// hashNew(name, xofLen) -> context, or undefined when unsupported.
static JsValue crypto_hash_new(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  const EVP_MD *md = find_md(arg_str(rt, argc, argv, 0));
  if (!md)
    return JS_UNDEFINED;
  Ctx *c;
  JsValue h = ctx_new(rt, KIND_HASH, &c);
  c->md = EVP_MD_CTX_new();
  if (!EVP_DigestInit_ex(c->md, md, NULL))
    return js_throw(rt, crypto_openssl_error(rt, ERR_get_error()));
  double xof = arg_num(argc, argv, 1);
  if (xof >= 0) {
    if (!(EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) && xof != EVP_MD_get_size(md)) {
      // Node asks OpenSSL for the length and reports its error.
      ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
      ctx_free(c);
      return js_throw(rt, crypto_openssl_error(rt, ERR_get_error()));
    }
    c->xof_len = (long)xof;
  }
  return h;
}

// hashCopy(ctx, xofLen) -> context.
static JsValue crypto_hash_copy(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Ctx *src = ctx_of(js_arg(argc, argv, 0), KIND_HASH);
  if (!src || !src->md)
    return bad_ctx(rt);
  Ctx *c;
  JsValue h = ctx_new(rt, KIND_HASH, &c);
  c->md = EVP_MD_CTX_new();
  EVP_MD_CTX_copy_ex(c->md, src->md);
  double xof = arg_num(argc, argv, 1);
  c->xof_len = xof >= 0 ? (long)xof : src->xof_len;
  return h;
}

// update(ctx, bytes) for a hash or an HMAC.
static JsValue crypto_hash_update(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  JsValue h = js_arg(argc, argv, 0);
  size_t n;
  const uint8_t *p = crypto_arg_bytes(argc, argv, 1, &n);
  Ctx *c = ctx_of(h, KIND_HASH);
  if (c && c->md) {
    EVP_DigestUpdate(c->md, p, n);
    return JS_UNDEFINED;
  }
  c = ctx_of(h, KIND_HMAC);
  if (c && c->mac) {
    EVP_MAC_update(c->mac, p, n);
    return JS_UNDEFINED;
  }
  return bad_ctx(rt);
}

// digest(ctx) -> Uint8Array, for a hash or an HMAC; frees the context.
static JsValue crypto_hash_digest(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  JsValue h = js_arg(argc, argv, 0);
  Ctx *c = ctx_of(h, KIND_HASH);
  if (c && c->md) {
    const EVP_MD *md = EVP_MD_CTX_get0_md(c->md);
    size_t n = c->xof_len >= 0 ? (size_t)c->xof_len : (size_t)EVP_MD_get_size(md);
    uint8_t *out = malloc(n ? n : 1);
    unsigned int got = (unsigned int)n;
    int ok = 1;
    if (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF)
      ok = n == 0 || EVP_DigestFinalXOF(c->md, out, n);
    else
      ok = EVP_DigestFinal_ex(c->md, out, &got);
    ctx_free(c);
    JsValue r = ok ? crypto_new_bytes(rt, out, n)
                   : js_throw(rt, crypto_openssl_error(rt, ERR_get_error()));
    free(out);
    return r;
  }
  c = ctx_of(h, KIND_HMAC);
  if (c && c->mac) {
    uint8_t out[EVP_MAX_MD_SIZE];
    size_t n = 0;
    EVP_MAC_final(c->mac, out, &n, sizeof out);
    ctx_free(c);
    return crypto_new_bytes(rt, out, n);
  }
  return bad_ctx(rt);
}

// hmacNew(name, key) -> context, or undefined when the digest is unknown.
static JsValue crypto_hmac_new(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  const EVP_MD *md = find_md(arg_str(rt, argc, argv, 0));
  if (!md)
    return JS_UNDEFINED;
  size_t klen;
  const uint8_t *key = crypto_arg_bytes(argc, argv, 1, &klen);
  EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  Ctx *c;
  JsValue h = ctx_new(rt, KIND_HMAC, &c);
  c->mac = EVP_MAC_CTX_new(mac);
  EVP_MAC_free(mac);
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                       (char *)EVP_MD_get0_name(md), 0),
      OSSL_PARAM_construct_end()};
  if (!EVP_MAC_init(c->mac, key, klen, params)) {
    ctx_free(c);
    return js_throw(rt, crypto_openssl_error(rt, ERR_get_error()));
  }
  return h;
}

// --- ciphers -----------------------------------------------------------------------

static const EVP_CIPHER *find_cipher(const char *name) {
  const EVP_CIPHER *ci = EVP_get_cipherbyname(name);
  if (!ci)
    ci = EVP_CIPHER_fetch(NULL, name, NULL);
  ERR_clear_error();
  return ci;
}

static const char *mode_name(int mode) {
  switch (mode) {
  case EVP_CIPH_ECB_MODE: return "ecb";
  case EVP_CIPH_CBC_MODE: return "cbc";
  case EVP_CIPH_CFB_MODE: return "cfb";
  case EVP_CIPH_OFB_MODE: return "ofb";
  case EVP_CIPH_CTR_MODE: return "ctr";
  case EVP_CIPH_GCM_MODE: return "gcm";
  case EVP_CIPH_CCM_MODE: return "ccm";
  case EVP_CIPH_XTS_MODE: return "xts";
  case EVP_CIPH_WRAP_MODE: return "wrap";
  case EVP_CIPH_OCB_MODE: return "ocb";
  default: return "stream";
  }
}

// cipherInfo(name) -> [keyLength, ivLength, mode, blockSize, nid, short name], or
// undefined when unknown.
static JsValue crypto_cipher_info(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  const EVP_CIPHER *ci = find_cipher(arg_str(rt, argc, argv, 0));
  if (!ci)
    return JS_UNDEFINED;
  JsValue a = js_new_array(rt, 0);
  int mode = EVP_CIPHER_get_mode(ci);
  if (EVP_CIPHER_get_nid(ci) == NID_chacha20_poly1305)
    mode = -1;
  js_set_index(rt, a, 0, js_int(EVP_CIPHER_get_key_length(ci)), false);
  js_set_index(rt, a, 1, js_int(EVP_CIPHER_get_iv_length(ci)), false);
  js_set_index(rt, a, 2,
               js_new_cstring(rt, mode == -1 ? "chacha20-poly1305" : mode_name(mode)), false);
  js_set_index(rt, a, 3, js_int(EVP_CIPHER_get_block_size(ci)), false);
  int nid = EVP_CIPHER_get_nid(ci);
  js_set_index(rt, a, 4, js_int(nid), false);
  const char *sn = OBJ_nid2sn(nid);
  js_set_index(rt, a, 5, js_new_cstring(rt, sn ? sn : ""), false);
  return a;
}

// cipherNew(name, key, iv|null, encrypt, authTagLength) -> context. The
// lengths were checked by crypto.js.
static JsValue crypto_cipher_new(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  const EVP_CIPHER *ci = find_cipher(arg_str(rt, argc, argv, 0));
  if (!ci)
    return bad_ctx(rt);
  size_t klen, ivlen;
  const uint8_t *key = crypto_arg_bytes(argc, argv, 1, &klen);
  const uint8_t *iv = crypto_arg_bytes(argc, argv, 2, &ivlen);
  bool has_iv = js_arg(argc, argv, 2) != JS_NULL;
  Ctx *c;
  JsValue h = ctx_new(rt, KIND_CIPHER, &c);
  c->encrypt = js_arg(argc, argv, 3) == JS_TRUE;
  c->tag_len = (int)arg_num(argc, argv, 4);
  c->mode = EVP_CIPHER_get_mode(ci);
  c->cipher = EVP_CIPHER_CTX_new();
  int enc = c->encrypt ? 1 : 0;
  bool aead = EVP_CIPHER_get_flags(ci) & EVP_CIPH_FLAG_AEAD_CIPHER;
  if (!EVP_CipherInit_ex(c->cipher, ci, NULL, NULL, NULL, enc))
    goto fail;
  if (aead && has_iv &&
      !EVP_CIPHER_CTX_ctrl(c->cipher, EVP_CTRL_AEAD_SET_IVLEN, (int)ivlen, NULL))
    goto fail;
  if (aead && c->mode == EVP_CIPH_CCM_MODE &&
      !EVP_CIPHER_CTX_ctrl(c->cipher, EVP_CTRL_AEAD_SET_TAG, c->tag_len, NULL))
    goto fail;
  if (!EVP_CipherInit_ex(c->cipher, NULL, NULL, key, has_iv ? iv : NULL, enc))
    goto fail;
  return h;
fail:
  ctx_free(c);
  return js_throw(rt, crypto_openssl_error(rt, ERR_get_error()));
}

static Ctx *cipher_arg(int argc, JsValue *argv) {
  Ctx *c = ctx_of(js_arg(argc, argv, 0), KIND_CIPHER);
  return c && c->cipher ? c : NULL;
}

// cipherUpdate(ctx, bytes) -> Uint8Array.
static JsValue crypto_cipher_update(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                    JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Ctx *c = cipher_arg(argc, argv);
  if (!c)
    return bad_ctx(rt);
  size_t n;
  const uint8_t *in = crypto_arg_bytes(argc, argv, 1, &n);
  int bs = EVP_CIPHER_CTX_get_block_size(c->cipher);
  uint8_t *out = malloc(n + (size_t)bs + 1);
  int got = 0;
  if (!EVP_CipherUpdate(c->cipher, out, &got, in, (int)n)) {
    free(out);
    unsigned long e = ERR_get_error();
    if (!e)
      return js_throw(rt, js_new_error(rt, JS_ERROR, "Trying to add data in unsupported state"));
    return js_throw(rt, crypto_openssl_error(rt, e));
  }
  JsValue r = crypto_new_bytes(rt, out, (size_t)got);
  free(out);
  return r;
}

// cipherFinal(ctx) -> Uint8Array, or null when it failed without an
// OpenSSL error (an AEAD tag mismatch); throws OpenSSL's error otherwise.
static JsValue crypto_cipher_final(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Ctx *c = cipher_arg(argc, argv);
  if (!c)
    return bad_ctx(rt);
  uint8_t out[EVP_MAX_BLOCK_LENGTH];
  int got = 0;
  if (EVP_CipherFinal_ex(c->cipher, out, &got))
    return crypto_new_bytes(rt, out, (size_t)got);
  unsigned long e = ERR_get_error();
  if (!e)
    return JS_NULL;
  return js_throw(rt, crypto_openssl_error(rt, e));
}

// cipherGetTag(ctx) -> Uint8Array (after final, encrypting).
static JsValue crypto_cipher_get_tag(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                     JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Ctx *c = cipher_arg(argc, argv);
  if (!c)
    return bad_ctx(rt);
  uint8_t tag[16];
  int n = c->tag_len > 0 && c->tag_len <= 16 ? c->tag_len : 16;
  if (!EVP_CIPHER_CTX_ctrl(c->cipher, EVP_CTRL_AEAD_GET_TAG, n, tag))
    return js_throw(rt, crypto_openssl_error(rt, ERR_get_error()));
  return crypto_new_bytes(rt, tag, (size_t)n);
}

// cipherSetTag(ctx, bytes) -> true when accepted.
static JsValue crypto_cipher_set_tag(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                     JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Ctx *c = cipher_arg(argc, argv);
  if (!c)
    return bad_ctx(rt);
  size_t n;
  const uint8_t *tag = crypto_arg_bytes(argc, argv, 1, &n);
  int ok = EVP_CIPHER_CTX_ctrl(c->cipher, EVP_CTRL_AEAD_SET_TAG, (int)n, (void *)tag);
  ERR_clear_error();
  return js_bool(ok == 1);
}

// cipherSetAAD(ctx, bytes, plaintextLength) -> true when accepted.
static JsValue crypto_cipher_set_aad(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                     JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Ctx *c = cipher_arg(argc, argv);
  if (!c)
    return bad_ctx(rt);
  size_t n;
  const uint8_t *aad = crypto_arg_bytes(argc, argv, 1, &n);
  int got = 0;
  if (c->mode == EVP_CIPH_CCM_MODE) {
    double plen = arg_num(argc, argv, 2);
    if (!EVP_CipherUpdate(c->cipher, NULL, &got, NULL, (int)plen)) {
      ERR_clear_error();
      return JS_FALSE;
    }
  }
  int ok = EVP_CipherUpdate(c->cipher, NULL, &got, aad, (int)n);
  ERR_clear_error();
  return js_bool(ok == 1);
}

// cipherSetPadding(ctx, bool).
static JsValue crypto_cipher_set_padding(JsRt *rt, JsValue callee, JsValue this_val,
                                         int argc, JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Ctx *c = cipher_arg(argc, argv);
  if (!c)
    return bad_ctx(rt);
  EVP_CIPHER_CTX_set_padding(c->cipher, js_arg(argc, argv, 1) == JS_TRUE ? 1 : 0);
  return JS_UNDEFINED;
}

// cipherFree(ctx): after final().
static JsValue crypto_cipher_free(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  (void)rt, (void)callee, (void)this_val, (void)new_target;
  Ctx *c = cipher_arg(argc, argv);
  if (c)
    ctx_free(c);
  return JS_UNDEFINED;
}

// --- random bytes, PBKDF2, scrypt, HKDF: sync or on the thread pool -------------------

enum { JOB_RANDOM, JOB_PBKDF2, JOB_SCRYPT, JOB_HKDF, JOB_DIGEST, JOB_PRIME, JOB_CHECK_PRIME,
       JOB_KEYGEN };

typedef struct Job {
  uv_work_t req;       // first: the block is the request
  JsRt *rt;
  JsValue callback;    // cb(err, Uint8Array) (JOB_RANDOM: cb(err))
  JsValue target;      // JOB_RANDOM: the view filled at completion
  size_t target_off;
  int kind;
  char digest[64];
  uint8_t *pass, *salt, *info;
  size_t pass_len, salt_len, info_len;
  uint64_t iter, n, r, p, maxmem;
  bool safe, has_add, has_rem;  // JOB_PRIME (add, rem in salt, info)
  char key_type[16];            // JOB_KEYGEN: type, bits in iter, exponent in n, curve in digest
  EVP_PKEY *pkey;               // JOB_KEYGEN: the new key
  uint8_t *out;
  size_t out_len;
  unsigned long err;   // OpenSSL error when it failed
  bool ok;
} Job;

static uint8_t *dup_bytes(const uint8_t *p, size_t n) {
  uint8_t *d = malloc(n ? n : 1);
  memcpy(d, p, n);
  return d;
}

// A malloc copy of the bytes of argument [i], for a job (its length in *len).
static uint8_t *arg_copy(int argc, JsValue *argv, int i, size_t *len) {
  const uint8_t *p = crypto_arg_bytes(argc, argv, i, len);
  return dup_bytes(p, *len);
}

static void job_free_inputs(Job *j) {
  free(j->pass);
  free(j->salt);
  free(j->info);
  free(j->out);
  j->pass = j->salt = j->info = j->out = NULL;
}

static EVP_PKEY *keygen_run(const char *type, int bits, unsigned long exponent,
                            const char *curve);
static JsValue pkey_describe(JsRt *rt, EVP_PKEY *pk, bool priv);

// generatePrime: a prime of j->iter bits into j->out (j->out_len adjusted).
static bool prime_run(Job *j) {
  BIGNUM *prime = BN_new();
  BIGNUM *add = j->has_add ? BN_bin2bn(j->salt, (int)j->salt_len, NULL) : NULL;
  BIGNUM *rem = j->has_rem ? BN_bin2bn(j->info, (int)j->info_len, NULL) : NULL;
  bool ok = BN_generate_prime_ex(prime, (int)j->iter, j->safe, add, rem, NULL) == 1;
  if (ok) {
    j->out_len = (size_t)BN_num_bytes(prime);
    BN_bn2binpad(prime, j->out, (int)j->out_len);
  }
  BN_free(prime);
  BN_free(add);
  BN_free(rem);
  return ok;
}

// checkPrime: j->out[0] is 1 when the candidate in j->pass is (probably) prime.
static bool check_prime_run(Job *j) {
  BIGNUM *c = BN_bin2bn(j->pass, (int)j->pass_len, NULL);
  BN_CTX *ctx = BN_CTX_new();
  int r = BN_is_prime_ex(c, (int)j->iter, ctx, NULL);
  BN_CTX_free(ctx);
  BN_free(c);
  j->out[0] = r == 1;
  return r >= 0;
}

static bool hkdf_run(Job *j) {
  EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
  EVP_KDF_CTX *kc = EVP_KDF_CTX_new(kdf);
  EVP_KDF_free(kdf);
  if (!kc)
    return false;
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, j->digest, 0),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, j->pass, j->pass_len),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, j->salt, j->salt_len),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, j->info, j->info_len),
      OSSL_PARAM_construct_end()};
  bool ok = EVP_KDF_derive(kc, j->out, j->out_len, params) == 1;
  EVP_KDF_CTX_free(kc);
  return ok;
}

// The computation itself; runs on a pool thread (async) or inline (sync).
static void job_run(Job *j) {
  switch (j->kind) {
  case JOB_RANDOM:
    j->ok = j->out_len == 0 || RAND_bytes(j->out, (int)j->out_len) == 1;
    break;
  case JOB_PBKDF2:
    j->ok = PKCS5_PBKDF2_HMAC((const char *)j->pass, (int)j->pass_len, j->salt,
                              (int)j->salt_len, (int)j->iter, find_md(j->digest),
                              (int)j->out_len, j->out) == 1;
    break;
  case JOB_SCRYPT:
    j->ok = EVP_PBE_scrypt((const char *)j->pass, j->pass_len, j->salt, j->salt_len,
                           j->n, j->r, j->p, j->maxmem, j->out, j->out_len) == 1;
    break;
  case JOB_HKDF:
    j->ok = hkdf_run(j);
    break;
  case JOB_PRIME:
    j->ok = prime_run(j);
    break;
  case JOB_CHECK_PRIME:
    j->ok = check_prime_run(j);
    break;
  case JOB_KEYGEN:
    j->pkey = keygen_run(j->key_type, (int)j->iter, (unsigned long)j->n, j->digest);
    j->ok = j->pkey != NULL;
    break;
  case JOB_DIGEST: {
    unsigned int n = 0;
    const EVP_MD *md = find_md(j->digest);
    j->ok = md && EVP_Digest(j->pass, j->pass_len, j->out, &n, md, NULL) == 1;
    j->out_len = n;
    break;
  }
  }
  if (!j->ok)
    j->err = ERR_get_error();
}

static void job_work(uv_work_t *req) { job_run((Job *)req); }

// The result as a JS value: the Uint8Array (or, for randomFill, the bytes
// copied into the target view and undefined), or the error.
static JsValue job_result(JsRt *rt, Job *j, JsValue *err) {
  *err = JS_NULL;
  if (!j->ok) {
    *err = j->err ? crypto_openssl_error(rt, j->err)
                  : js_new_error(rt, JS_ERROR, "%s failed",
                                 j->kind == JOB_SCRYPT ? "scrypt" : "key derivation");
    return JS_UNDEFINED;
  }
  if (j->kind == JOB_KEYGEN) {
    JsValue d = pkey_describe(rt, j->pkey, true);
    EVP_PKEY_free(j->pkey);
    j->pkey = NULL;
    return d;
  }
  if (j->kind == JOB_RANDOM) {
    size_t n;
    uint8_t *p = js_typed_bytes(j->target, &n);
    if (j->out_len && p && j->target_off + j->out_len <= n)
      memcpy(p + j->target_off, j->out, j->out_len);
    return JS_UNDEFINED;
  }
  return crypto_new_bytes(rt, j->out, j->out_len);
}

static void job_done(uv_work_t *req, int status) {
  (void)status;
  Job *j = (Job *)req;
  JsRt *rt = j->rt;
  JsValue err;
  JsValue r = job_result(rt, j, &err);
  job_free_inputs(j);
  JsValue cb = j->callback;
  js_uv_release(j);
  JsValue args[2] = {err, r};
  js_loop_callback(rt, cb, JS_UNDEFINED, 2, args);
}

// Runs [j] now (no callback: returns the result or throws) or queues it on
// the thread pool (returns undefined).
static JsValue job_start(JsRt *rt, Job *j, JsValue callback) {
  j->out = malloc(j->out_len ? j->out_len : 1);
  if (!js_is_callable(callback)) {
    job_run(j);
    JsValue err;
    JsValue r = job_result(rt, j, &err);
    job_free_inputs(j);
    js_uv_release(j);
    return err != JS_NULL ? js_throw(rt, err) : r;
  }
  j->rt = rt;
  j->callback = callback;
  uv_queue_work(js_uv_loop(rt), &j->req, job_work, job_done);
  return JS_UNDEFINED;
}

static Job *job_new(int kind) {
  Job *j = js_uv_alloc(sizeof(Job));
  j->kind = kind;
  return j;
}

// randomFill(view, offset, size[, cb]): fills view[offset, offset+size).
static JsValue crypto_random_fill(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Job *j = job_new(JOB_RANDOM);
  j->target = js_arg(argc, argv, 0);
  j->target_off = (size_t)arg_num(argc, argv, 1);
  j->out_len = (size_t)arg_num(argc, argv, 2);
  return job_start(rt, j, js_arg(argc, argv, 3));
}

// pbkdf2(password, salt, iterations, keylen, digest[, cb]) -> Uint8Array.
static JsValue crypto_pbkdf2(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Job *j = job_new(JOB_PBKDF2);
  j->pass = arg_copy(argc, argv, 0, &j->pass_len);
  j->salt = arg_copy(argc, argv, 1, &j->salt_len);
  j->iter = (uint64_t)arg_num(argc, argv, 2);
  j->out_len = (size_t)arg_num(argc, argv, 3);
  snprintf(j->digest, sizeof j->digest, "%s", arg_str(rt, argc, argv, 4));
  return job_start(rt, j, js_arg(argc, argv, 5));
}

// scrypt(password, salt, keylen, N, r, p, maxmem[, cb]) -> Uint8Array.
static JsValue crypto_scrypt(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Job *j = job_new(JOB_SCRYPT);
  j->pass = arg_copy(argc, argv, 0, &j->pass_len);
  j->salt = arg_copy(argc, argv, 1, &j->salt_len);
  j->out_len = (size_t)arg_num(argc, argv, 2);
  j->n = (uint64_t)arg_num(argc, argv, 3);
  j->r = (uint64_t)arg_num(argc, argv, 4);
  j->p = (uint64_t)arg_num(argc, argv, 5);
  j->maxmem = (uint64_t)arg_num(argc, argv, 6);
  return job_start(rt, j, js_arg(argc, argv, 7));
}

// scryptCheck(N, r, p, maxmem) -> '' when OpenSSL accepts the parameters,
// else its error string.
static JsValue crypto_scrypt_check(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  if (EVP_PBE_scrypt(NULL, 0, NULL, 0, (uint64_t)arg_num(argc, argv, 0),
                     (uint64_t)arg_num(argc, argv, 1), (uint64_t)arg_num(argc, argv, 2),
                     (uint64_t)arg_num(argc, argv, 3), NULL, 0) == 1)
    return js_new_cstring(rt, "");
  unsigned long e = ERR_get_error();
  char msg[256] = "";
  if (e)
    ERR_error_string_n(e, msg, sizeof msg);
  ERR_clear_error();
  return js_new_cstring(rt, msg);
}

// hkdf(digest, ikm, salt, info, keylen[, cb]) -> Uint8Array.
static JsValue crypto_hkdf(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Job *j = job_new(JOB_HKDF);
  const EVP_MD *md = find_md(arg_str(rt, argc, argv, 0));
  snprintf(j->digest, sizeof j->digest, "%s", md ? EVP_MD_get0_name(md) : "");
  j->pass = arg_copy(argc, argv, 1, &j->pass_len);
  j->salt = arg_copy(argc, argv, 2, &j->salt_len);
  j->info = arg_copy(argc, argv, 3, &j->info_len);
  j->out_len = (size_t)arg_num(argc, argv, 4);
  return job_start(rt, j, js_arg(argc, argv, 5));
}

// generatePrime(bits, safe, add|undefined, rem|undefined[, cb]) -> the
// prime's bytes. A bad add or rem throws at once, as in node.
static JsValue crypto_generate_prime(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                     JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  int bits = (int)arg_num(argc, argv, 0);
  size_t an = 0, rn = 0;
  bool has_add = !js_is_undefined(js_arg(argc, argv, 2));
  bool has_rem = !js_is_undefined(js_arg(argc, argv, 3));
  const uint8_t *add = has_add ? crypto_arg_bytes(argc, argv, 2, &an) : NULL;
  const uint8_t *rem = has_rem ? crypto_arg_bytes(argc, argv, 3, &rn) : NULL;
  if (has_add) {
    BIGNUM *a = BN_bin2bn(add, (int)an, NULL), *r = has_rem ? BN_bin2bn(rem, (int)rn, NULL) : NULL;
    const char *bad = BN_num_bits(a) > bits ? "invalid options.add"
                      : r && BN_cmp(a, r) != 1 ? "invalid options.rem" : NULL;
    BN_free(a);
    BN_free(r);
    if (bad)
      return js_throw(rt, crypto_coded_error(rt, JS_RANGE_ERROR, "ERR_OUT_OF_RANGE", bad));
  }
  Job *j = job_new(JOB_PRIME);
  j->iter = (uint64_t)(bits > 0 ? bits : 0);
  j->safe = js_truthy(rt, js_arg(argc, argv, 1));
  j->has_add = has_add;
  j->has_rem = has_add && has_rem;
  j->salt = arg_copy(argc, argv, 2, &j->salt_len);
  j->info = arg_copy(argc, argv, 3, &j->info_len);
  j->out_len = ((size_t)j->iter + 7) / 8 + 1;
  return job_start(rt, j, js_arg(argc, argv, 4));
}

// checkPrime(candidate, checks[, cb]) -> Uint8Array [1] or [0].
static JsValue crypto_check_prime(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Job *j = job_new(JOB_CHECK_PRIME);
  j->pass = arg_copy(argc, argv, 0, &j->pass_len);
  j->iter = (uint64_t)arg_num(argc, argv, 1);
  j->out_len = 1;
  return job_start(rt, j, js_arg(argc, argv, 2));
}

// --- asymmetric keys: parse, export, generate, sign, verify ---------------------------
//
// crypto.js keeps an asymmetric KeyObject as DER bytes (PKCS#8 for a private
// key, SPKI for a public one); each operation here decodes them into an
// EVP_PKEY for its duration.

static EVP_PKEY *pkey_from_der(const uint8_t *p, size_t n, bool priv) {
  const unsigned char *q = p;
  return priv ? d2i_AutoPrivateKey(NULL, &q, (long)n) : d2i_PUBKEY(NULL, &q, (long)n);
}

// A public key from DER: SPKI, or PKCS#1 RSAPublicKey when [pkcs1].
static EVP_PKEY *pubkey_from_der(const unsigned char *p, long n, bool pkcs1) {
  const unsigned char *q = p;
  if (!pkcs1)
    return d2i_PUBKEY(NULL, &q, n);
  RSA *rsa = d2i_RSAPublicKey(NULL, &q, n);
  if (!rsa)
    return NULL;
  EVP_PKEY *pk = EVP_PKEY_new();
  EVP_PKEY_assign_RSA(pk, rsa);
  return pk;
}

// The key a native gets as its first two arguments (der, priv). NULL when
// the bytes do not decode, with OpenSSL's error thrown into [*thrown].
static EVP_PKEY *arg_pkey(JsRt *rt, int argc, JsValue *argv, JsValue *thrown) {
  size_t n;
  const uint8_t *p = crypto_arg_bytes(argc, argv, 0, &n);
  EVP_PKEY *pk = pkey_from_der(p, n, js_truthy(rt, js_arg(argc, argv, 1)));
  if (!pk)
    *thrown = js_throw(rt, crypto_openssl_error(rt, ERR_get_error()));
  return pk;
}

// Bytes of a memory BIO as a Uint8Array (der) or a string (pem).
static JsValue bio_result(JsRt *rt, BIO *bio, bool text) {
  char *data;
  long n = BIO_get_mem_data(bio, &data);
  JsValue r;
  if (text) {  // PEM text is ASCII
    char *s = malloc((size_t)n + 1);
    memcpy(s, data, (size_t)n);
    s[n] = 0;
    r = js_new_cstring(rt, s);
    free(s);
  } else {
    r = crypto_new_bytes(rt, data, (size_t)n);
  }
  BIO_free(bio);
  return r;
}

static int passphrase_cb(char *buf, int size, int rwflag, void *u) {
  (void)rwflag;
  const char *pass = u;
  if (!pass)
    return -1;
  int n = (int)strlen(pass);
  if (n > size)
    n = size;
  memcpy(buf, pass, (size_t)n);
  return n;
}

// A description of [pk] as crypto.js wants it: { type, der, pub, bits,
// exponent, curve } (der: PKCS#8 or SPKI; pub: SPKI of the public half).
static JsValue pkey_describe(JsRt *rt, EVP_PKEY *pk, bool priv) {
  JsValue o = js_new_object(rt);
  const char *type = "unknown";
  switch (EVP_PKEY_get_base_id(pk)) {
  case EVP_PKEY_RSA: type = "rsa"; break;
  case EVP_PKEY_RSA_PSS: type = "rsa-pss"; break;
  case EVP_PKEY_EC: type = "ec"; break;
  case EVP_PKEY_ED25519: type = "ed25519"; break;
  case EVP_PKEY_ED448: type = "ed448"; break;
  case EVP_PKEY_X25519: type = "x25519"; break;
  case EVP_PKEY_X448: type = "x448"; break;
  case EVP_PKEY_DSA: type = "dsa"; break;
  case EVP_PKEY_DH: type = "dh"; break;
  }
  js_define_field(rt, o, js_atom_cstr(rt, "type"), js_new_cstring(rt, type));
  unsigned char *der = NULL;
  int n;
  if (priv) {
    BIO *bio = BIO_new(BIO_s_mem());
    i2d_PKCS8PrivateKey_bio(bio, pk, NULL, NULL, 0, NULL, NULL);
    js_define_field(rt, o, js_atom_cstr(rt, "der"), bio_result(rt, bio, false));
  }
  n = i2d_PUBKEY(pk, &der);
  if (n > 0) {
    js_define_field(rt, o, js_atom_cstr(rt, priv ? "pub" : "der"),
                    crypto_new_bytes(rt, der, (size_t)n));
    OPENSSL_free(der);
  }
  BIGNUM *e = NULL;
  if (EVP_PKEY_get_bn_param(pk, OSSL_PKEY_PARAM_RSA_E, &e)) {
    js_define_field(rt, o, js_atom_cstr(rt, "bits"), js_number(EVP_PKEY_get_bits(pk)));
    char *dec = BN_bn2dec(e);
    js_define_field(rt, o, js_atom_cstr(rt, "exponent"), js_new_cstring(rt, dec));
    OPENSSL_free(dec);
    BN_free(e);
  }
  char curve[80];
  if (EVP_PKEY_get_utf8_string_param(pk, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve, NULL))
    js_define_field(rt, o, js_atom_cstr(rt, "curve"), js_new_cstring(rt, curve));
  ERR_clear_error();
  return o;
}

// keyImport(bytes, pem, priv, passphrase|undefined) -> description, or
// throws OpenSSL's error. A private key given where a public one is wanted
// gives its public half (crypto.js asks with priv=false, then priv=true).
static JsValue crypto_key_import(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  size_t n;
  const uint8_t *p = crypto_arg_bytes(argc, argv, 0, &n);
  bool pem = js_truthy(rt, js_arg(argc, argv, 1));
  bool priv = js_truthy(rt, js_arg(argc, argv, 2));
  JsValue pass = js_arg(argc, argv, 3);
  char *passphrase = js_is_undefined(pass) ? NULL : (char *)arg_str(rt, argc, argv, 3);
  EVP_PKEY *pk = NULL;
  bool from_priv = priv;
  ERR_clear_error();
  if (pem) {
    BIO *bio = BIO_new_mem_buf(p, (int)n);
    if (priv) {
      pk = PEM_read_bio_PrivateKey(bio, NULL, passphrase_cb, passphrase);
    } else {
      // As node: the PEM block named PUBLIC KEY (SPKI) or RSA PUBLIC KEY
      // (PKCS#1) decoded as DER, so a bad body reports the ASN.1 error.
      static const char *const names[] = { "PUBLIC KEY", "RSA PUBLIC KEY" };
      bool found = false;
      for (int i = 0; i < 2 && !pk && !found; i++) {
        unsigned char *der = NULL;
        long dl = 0;
        BIO_reset(bio);
        ERR_set_mark();
        if (PEM_bytes_read_bio(&der, &dl, NULL, names[i], bio, NULL, NULL) == 1) {
          ERR_pop_to_mark();
          found = true;
          pk = pubkey_from_der(der, dl, i == 1);
          OPENSSL_free(der);
        } else {
          ERR_pop_to_mark();
        }
      }
      if (!pk && !found) {  // a private key (or a certificate) in place of a public one
        BIO_reset(bio);
        pk = PEM_read_bio_PrivateKey(bio, NULL, passphrase_cb, passphrase);
        if (pk)
          from_priv = true;
      }
    }
    BIO_free(bio);
  } else {
    pk = pkey_from_der(p, n, priv);
    if (!pk && !priv)
      pk = pubkey_from_der(p, (long)n, true);
  }
  if (!pk) {
    // Node reports the first error of the queue.
    unsigned long e = ERR_peek_error(), last = ERR_peek_last_error();
    if (ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_BAD_PASSWORD_READ) {
      // An encrypted key without a passphrase: node's (OpenSSL 3.0's) error.
      ERR_clear_error();
      ERR_raise(ERR_LIB_CRYPTO, ERR_R_INTERRUPTED_OR_CANCELLED);
      e = ERR_peek_error();
    }
    if (!e)
      return js_throw_error(rt, JS_ERROR, "error:1E08010C:DECODER routines::unsupported");
    return js_throw(rt, crypto_openssl_error(rt, e));
  }
  ERR_clear_error();
  JsValue d = pkey_describe(rt, pk, from_priv && priv);
  if (from_priv && !priv) {
    // Only the public half was asked for.
    JsValue full = pkey_describe(rt, pk, true);
    js_define_field(rt, d, js_atom_cstr(rt, "der"), js_get_prop(rt, full, js_atom_cstr(rt, "pub")));
  }
  EVP_PKEY_free(pk);
  return d;
}

// keyExport(der, priv, pem, type, cipher|undefined, passphrase|undefined)
// with type 'pkcs8' | 'pkcs1' | 'sec1' | 'spki'.
static JsValue crypto_key_export(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  bool priv = js_truthy(rt, js_arg(argc, argv, 1));
  bool pem = js_truthy(rt, js_arg(argc, argv, 2));
  const char *type = arg_str(rt, argc, argv, 3);
  const EVP_CIPHER *cipher = NULL;
  if (!js_is_undefined(js_arg(argc, argv, 4)))
    cipher = EVP_get_cipherbyname(arg_str(rt, argc, argv, 4));
  char *pass = js_is_undefined(js_arg(argc, argv, 5)) ? NULL : (char *)arg_str(rt, argc, argv, 5);
  JsValue thrown;
  EVP_PKEY *pk = arg_pkey(rt, argc, argv, &thrown);
  if (!pk)
    return thrown;
  BIO *bio = BIO_new(BIO_s_mem());
  int ok;
  int plen = pass ? (int)strlen(pass) : 0;
  if (!priv) {
    if (!strcmp(type, "pkcs1"))
      ok = pem ? PEM_write_bio_RSAPublicKey(bio, EVP_PKEY_get0_RSA(pk))
               : i2d_RSAPublicKey_bio(bio, EVP_PKEY_get0_RSA(pk));
    else
      ok = pem ? PEM_write_bio_PUBKEY(bio, pk) : i2d_PUBKEY_bio(bio, pk);
  } else if (!strcmp(type, "pkcs1")) {
    ok = pem ? PEM_write_bio_RSAPrivateKey(bio, EVP_PKEY_get0_RSA(pk), cipher,
                                           (unsigned char *)pass, plen, NULL, NULL)
             : i2d_RSAPrivateKey_bio(bio, EVP_PKEY_get0_RSA(pk));
  } else if (!strcmp(type, "sec1")) {
    ok = pem ? PEM_write_bio_ECPrivateKey(bio, EVP_PKEY_get0_EC_KEY(pk), cipher,
                                          (unsigned char *)pass, plen, NULL, NULL)
             : i2d_ECPrivateKey_bio(bio, EVP_PKEY_get0_EC_KEY(pk));
  } else {
    ok = pem ? PEM_write_bio_PKCS8PrivateKey(bio, pk, cipher, pass, plen, NULL, NULL)
             : i2d_PKCS8PrivateKey_bio(bio, pk, cipher, pass, plen, NULL, NULL);
  }
  EVP_PKEY_free(pk);
  if (!ok) {
    BIO_free(bio);
    return js_throw(rt, crypto_openssl_error(rt, ERR_get_error()));
  }
  return bio_result(rt, bio, pem);
}

// A new key of [type] (rsa: [bits], [exponent]; ec: [curve]; ed25519,
// ed448, x25519, x448); NULL with OpenSSL's error queued. Any thread.
static EVP_PKEY *keygen_run(const char *type, int bits, unsigned long exponent,
                            const char *curve) {
  EVP_PKEY *pk = NULL;
  if (!strcmp(type, "rsa")) {
    EVP_PKEY_CTX *kc = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
    BIGNUM *e = BN_new();
    BN_set_word(e, (BN_ULONG)exponent);
    if (kc && EVP_PKEY_keygen_init(kc) > 0 && EVP_PKEY_CTX_set_rsa_keygen_bits(kc, bits) > 0 &&
        EVP_PKEY_CTX_set1_rsa_keygen_pubexp(kc, e) > 0)
      EVP_PKEY_keygen(kc, &pk);
    BN_free(e);
    EVP_PKEY_CTX_free(kc);
  } else if (!strcmp(type, "ec")) {
    pk = EVP_PKEY_Q_keygen(NULL, NULL, "EC", curve);
  } else {
    const char *name = !strcmp(type, "ed25519") ? "ED25519" : !strcmp(type, "ed448") ? "ED448"
                       : !strcmp(type, "x25519") ? "X25519" : "X448";
    pk = EVP_PKEY_Q_keygen(NULL, NULL, name);
  }
  return pk;
}

// keyGenerate(type, modulusLength, publicExponent, namedCurve, dhSpec,
// dhGenerator[, cb]) -> description of the new private key; with cb (not
// for dh) the key is made on the thread pool and cb(err, description)
// called. An unknown curve throws at once, as in node.
static JsValue crypto_key_generate(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  const char *type = arg_str(rt, argc, argv, 0);
  if (!strcmp(type, "ec")) {
    const char *curve = arg_str(rt, argc, argv, 3);
    if (EC_curve_nist2nid(curve) == NID_undef && OBJ_sn2nid(curve) == NID_undef)
      return js_throw(rt, crypto_coded_error(rt, JS_TYPE_ERROR, "ERR_CRYPTO_INVALID_CURVE",
                                             "Invalid EC curve name"));
  }
  EVP_PKEY *pk;
  if (!strcmp(type, "dh")) {
    pk = crypto_dh_generate(rt, argc, argv, 4);
  } else {
    Job *j = job_new(JOB_KEYGEN);
    snprintf(j->key_type, sizeof j->key_type, "%s", type);
    snprintf(j->digest, sizeof j->digest, "%s", arg_str(rt, argc, argv, 3));
    j->iter = (uint64_t)arg_num(argc, argv, 1);
    j->n = (uint64_t)arg_num(argc, argv, 2);
    return job_start(rt, j, js_arg(argc, argv, 6));
  }
  if (!pk)
    return js_throw(rt, crypto_openssl_error(rt, ERR_get_error()));
  JsValue d = pkey_describe(rt, pk, true);
  EVP_PKEY_free(pk);
  return d;
}

// signVerify(der, priv, digest|'', data, padding, saltLength, p1363, sig|undefined):
// sign -> signature bytes; verify (sig given) -> boolean.
static JsValue crypto_sign_verify(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  size_t dn;
  const char *digest = arg_str(rt, argc, argv, 2);
  const uint8_t *data = crypto_arg_bytes(argc, argv, 3, &dn);
  int padding = (int)arg_num(argc, argv, 4);
  int salt = (int)arg_num(argc, argv, 5);
  bool p1363 = js_truthy(rt, js_arg(argc, argv, 6));
  bool verify = !js_is_undefined(js_arg(argc, argv, 7));
  JsValue thrown;
  EVP_PKEY *pk = arg_pkey(rt, argc, argv, &thrown);
  if (!pk)
    return thrown;
  const EVP_MD *md = *digest ? find_md(digest) : NULL;
  if (*digest && !md) {
    EVP_PKEY_free(pk);
    return js_throw_error(rt, JS_ERROR, "Invalid digest");
  }
  EVP_MD_CTX *mc = EVP_MD_CTX_new();
  EVP_PKEY_CTX *pc = NULL;
  int ok = verify ? EVP_DigestVerifyInit(mc, &pc, md, NULL, pk)
                  : EVP_DigestSignInit(mc, &pc, md, NULL, pk);
  int base = EVP_PKEY_get_base_id(pk);
  if (ok > 0 && padding && (base == EVP_PKEY_RSA || base == EVP_PKEY_RSA_PSS)) {
    ok = EVP_PKEY_CTX_set_rsa_padding(pc, padding);
    if (ok > 0 && padding == RSA_PKCS1_PSS_PADDING)
      ok = EVP_PKEY_CTX_set_rsa_pss_saltlen(pc, salt);
  }
  int bytes = (EVP_PKEY_get_bits(pk) + 7) / 8;  // ECDSA P1363: r and s of this size
  JsValue result = JS_UNDEFINED;
  if (ok > 0 && verify) {
    size_t sn;
    const uint8_t *sig = crypto_arg_bytes(argc, argv, 7, &sn);
    unsigned char *der = NULL;
    int dlen = 0;
    if (p1363 && base == EVP_PKEY_EC) {  // r || s -> DER
      ECDSA_SIG *es = ECDSA_SIG_new();
      if (sn == (size_t)bytes * 2) {
        ECDSA_SIG_set0(es, BN_bin2bn(sig, bytes, NULL), BN_bin2bn(sig + bytes, bytes, NULL));
        dlen = i2d_ECDSA_SIG(es, &der);
      }
      ECDSA_SIG_free(es);
      sig = der;
      sn = dlen > 0 ? (size_t)dlen : 0;
    }
    int v = sig && sn ? EVP_DigestVerify(mc, sig, sn, data, dn) : 0;
    OPENSSL_free(der);
    result = js_bool(v == 1);
  } else if (ok > 0) {
    size_t sn = 0;
    if (EVP_DigestSign(mc, NULL, &sn, data, dn) > 0) {
      unsigned char *sig = malloc(sn);
      if (EVP_DigestSign(mc, sig, &sn, data, dn) > 0) {
        if (p1363 && base == EVP_PKEY_EC) {  // DER -> r || s
          const unsigned char *q = sig;
          ECDSA_SIG *es = d2i_ECDSA_SIG(NULL, &q, (long)sn);
          unsigned char *out = calloc(1, (size_t)bytes * 2);
          BN_bn2binpad(ECDSA_SIG_get0_r(es), out, bytes);
          BN_bn2binpad(ECDSA_SIG_get0_s(es), out + bytes, bytes);
          result = crypto_new_bytes(rt, out, (size_t)bytes * 2);
          free(out);
          ECDSA_SIG_free(es);
        } else {
          result = crypto_new_bytes(rt, sig, sn);
        }
      }
      free(sig);
    }
  }
  unsigned long err = ERR_get_error();
  EVP_MD_CTX_free(mc);
  EVP_PKEY_free(pk);
  ERR_clear_error();
  if (js_is_undefined(result))
    return verify ? JS_FALSE : js_throw(rt, crypto_openssl_error(rt, err));
  return result;
}

// rsaCrypt(der, priv, op, data, padding, oaepHash, oaepLabel|undefined) with op
// 0 publicEncrypt, 1 privateDecrypt, 2 privateEncrypt, 3 publicDecrypt.
static JsValue crypto_rsa_crypt(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  size_t dn, ln = 0;
  int op = (int)arg_num(argc, argv, 2);
  const uint8_t *data = crypto_arg_bytes(argc, argv, 3, &dn);
  int padding = (int)arg_num(argc, argv, 4);
  const char *hash = arg_str(rt, argc, argv, 5);
  bool has_label = !js_is_undefined(js_arg(argc, argv, 6));
  const uint8_t *label = has_label ? crypto_arg_bytes(argc, argv, 6, &ln) : NULL;
  JsValue thrown;
  EVP_PKEY *pk = arg_pkey(rt, argc, argv, &thrown);
  if (!pk)
    return thrown;
  EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new(pk, NULL);
  int ok = op == 0 ? EVP_PKEY_encrypt_init(pc) : op == 1 ? EVP_PKEY_decrypt_init(pc)
         : op == 2 ? EVP_PKEY_sign_init(pc) : EVP_PKEY_verify_recover_init(pc);
  if (ok > 0)
    ok = EVP_PKEY_CTX_set_rsa_padding(pc, padding);
  if (ok > 0 && padding == RSA_PKCS1_OAEP_PADDING) {
    const EVP_MD *md = find_md(hash);
    ok = md ? EVP_PKEY_CTX_set_rsa_oaep_md(pc, md) : 0;
    if (ok > 0 && has_label && ln > 0) {
      unsigned char *copy = OPENSSL_malloc(ln);
      memcpy(copy, label, ln);
      ok = EVP_PKEY_CTX_set0_rsa_oaep_label(pc, copy, (int)ln);
    }
  }
  JsValue result = JS_UNDEFINED;
  size_t outlen = 0;
  if (ok > 0) {
    ok = op == 0 ? EVP_PKEY_encrypt(pc, NULL, &outlen, data, dn)
       : op == 1 ? EVP_PKEY_decrypt(pc, NULL, &outlen, data, dn)
       : op == 2 ? EVP_PKEY_sign(pc, NULL, &outlen, data, dn)
                 : EVP_PKEY_verify_recover(pc, NULL, &outlen, data, dn);
  }
  if (ok > 0) {
    unsigned char *out = malloc(outlen ? outlen : 1);
    ok = op == 0 ? EVP_PKEY_encrypt(pc, out, &outlen, data, dn)
       : op == 1 ? EVP_PKEY_decrypt(pc, out, &outlen, data, dn)
       : op == 2 ? EVP_PKEY_sign(pc, out, &outlen, data, dn)
                 : EVP_PKEY_verify_recover(pc, out, &outlen, data, dn);
    if (ok > 0)
      result = crypto_new_bytes(rt, out, outlen);
    free(out);
  }
  unsigned long err = ERR_peek_error();
  EVP_PKEY_CTX_free(pc);
  EVP_PKEY_free(pk);
  if (js_is_undefined(result))
    return js_throw(rt, crypto_openssl_error(rt, err));
  ERR_clear_error();
  return result;
}

// keyJwk(der, priv) -> the key's JWK numbers as bytes: RSA n e [d p q dp dq
// qi], EC x y [d] (padded to the field size), OKP x [d].
static void jwk_bn(JsRt *rt, JsValue o, EVP_PKEY *pk, const char *param, const char *name,
                   int pad) {
  BIGNUM *bn = NULL;
  if (!EVP_PKEY_get_bn_param(pk, param, &bn))
    return;
  int n = pad > 0 ? pad : BN_num_bytes(bn);
  unsigned char *buf = calloc(1, (size_t)(n ? n : 1));
  BN_bn2binpad(bn, buf, n);
  js_define_field(rt, o, js_atom_cstr(rt, name), crypto_new_bytes(rt, buf, (size_t)n));
  free(buf);
  BN_free(bn);
}

static JsValue crypto_key_jwk(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  bool priv = js_truthy(rt, js_arg(argc, argv, 1));
  JsValue thrown;
  EVP_PKEY *pk = arg_pkey(rt, argc, argv, &thrown);
  if (!pk)
    return thrown;
  JsValue o = js_new_object(rt);
  int base = EVP_PKEY_get_base_id(pk);
  if (base == EVP_PKEY_RSA || base == EVP_PKEY_RSA_PSS) {
    jwk_bn(rt, o, pk, OSSL_PKEY_PARAM_RSA_N, "n", 0);
    jwk_bn(rt, o, pk, OSSL_PKEY_PARAM_RSA_E, "e", 0);
    if (priv) {
      jwk_bn(rt, o, pk, OSSL_PKEY_PARAM_RSA_D, "d", 0);
      jwk_bn(rt, o, pk, OSSL_PKEY_PARAM_RSA_FACTOR1, "p", 0);
      jwk_bn(rt, o, pk, OSSL_PKEY_PARAM_RSA_FACTOR2, "q", 0);
      jwk_bn(rt, o, pk, OSSL_PKEY_PARAM_RSA_EXPONENT1, "dp", 0);
      jwk_bn(rt, o, pk, OSSL_PKEY_PARAM_RSA_EXPONENT2, "dq", 0);
      jwk_bn(rt, o, pk, OSSL_PKEY_PARAM_RSA_COEFFICIENT1, "qi", 0);
    }
  } else if (base == EVP_PKEY_EC) {
    int size = (EVP_PKEY_get_bits(pk) + 7) / 8;
    jwk_bn(rt, o, pk, OSSL_PKEY_PARAM_EC_PUB_X, "x", size);
    jwk_bn(rt, o, pk, OSSL_PKEY_PARAM_EC_PUB_Y, "y", size);
    if (priv)
      jwk_bn(rt, o, pk, OSSL_PKEY_PARAM_PRIV_KEY, "d", size);
  } else {
    unsigned char buf[128];
    size_t len = sizeof buf;
    if (EVP_PKEY_get_raw_public_key(pk, buf, &len))
      js_define_field(rt, o, js_atom_cstr(rt, "x"), crypto_new_bytes(rt, buf, len));
    len = sizeof buf;
    if (priv && EVP_PKEY_get_raw_private_key(pk, buf, &len))
      js_define_field(rt, o, js_atom_cstr(rt, "d"), crypto_new_bytes(rt, buf, len));
  }
  ERR_clear_error();
  EVP_PKEY_free(pk);
  return o;
}

// keyFromJwk(kty, crv, parts, priv) -> description of the key built from a
// JWK's numbers (parts: { n, e, d, p, q, dp, dq, qi } | { x, y, d } | { x, d }
// as bytes), or undefined when OpenSSL refuses them.
static BIGNUM *part_bn(JsRt *rt, JsValue parts, const char *name) {
  JsValue v = js_get_prop(rt, parts, js_atom_cstr(rt, name));
  size_t n;
  uint8_t *b = js_is_object(v) ? js_typed_bytes(v, &n) : NULL;
  return b ? BN_bin2bn(b, (int)n, NULL) : NULL;
}

static JsValue crypto_key_from_jwk(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  const char *kty = arg_str(rt, argc, argv, 0);
  char crv[32];
  snprintf(crv, sizeof crv, "%s", arg_str(rt, argc, argv, 1));
  JsValue parts = js_arg(argc, argv, 2);
  bool priv = js_truthy(rt, js_arg(argc, argv, 3));
  EVP_PKEY *pk = NULL;
  if (!strcmp(kty, "OKP")) {
    JsValue v = js_get_prop(rt, parts, js_atom_cstr(rt, priv ? "d" : "x"));
    size_t n;
    uint8_t *b = js_is_object(v) ? js_typed_bytes(v, &n) : NULL;
    if (b)
      pk = priv ? EVP_PKEY_new_raw_private_key_ex(NULL, crv, NULL, b, n)
                : EVP_PKEY_new_raw_public_key_ex(NULL, crv, NULL, b, n);
  } else {
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    BIGNUM *bns[8] = { 0 };
    int nb = 0;
    bool ok = true;
    const char *type = "RSA";
    unsigned char *point = NULL;
    if (!strcmp(kty, "RSA")) {
      static const char *const names[] = { "n", "e", "d", "p", "q", "dp", "dq", "qi" };
      static const char *const params[] = {
          OSSL_PKEY_PARAM_RSA_N, OSSL_PKEY_PARAM_RSA_E, OSSL_PKEY_PARAM_RSA_D,
          OSSL_PKEY_PARAM_RSA_FACTOR1, OSSL_PKEY_PARAM_RSA_FACTOR2,
          OSSL_PKEY_PARAM_RSA_EXPONENT1, OSSL_PKEY_PARAM_RSA_EXPONENT2,
          OSSL_PKEY_PARAM_RSA_COEFFICIENT1 };
      for (int i = 0; i < (priv ? 8 : 2) && ok; i++) {
        bns[nb] = part_bn(rt, parts, names[i]);
        ok = bns[nb] && OSSL_PARAM_BLD_push_BN(bld, params[i], bns[nb]);
        nb++;
      }
    } else {
      type = "EC";
      size_t xn = 0, yn = 0;
      JsValue xv = js_get_prop(rt, parts, js_atom_cstr(rt, "x"));
      JsValue yv = js_get_prop(rt, parts, js_atom_cstr(rt, "y"));
      uint8_t *x = js_is_object(xv) ? js_typed_bytes(xv, &xn) : NULL;
      uint8_t *y = js_is_object(yv) ? js_typed_bytes(yv, &yn) : NULL;
      ok = x && y && xn == yn;
      if (ok) {
        point = malloc(1 + xn + yn);
        point[0] = 4;
        memcpy(point + 1, x, xn);
        memcpy(point + 1 + xn, y, yn);
        ok = OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, crv, 0) &&
             OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point, 1 + xn + yn);
      }
      if (ok && priv) {
        bns[nb] = part_bn(rt, parts, "d");
        ok = bns[nb] && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, bns[nb]);
        nb++;
      }
    }
    OSSL_PARAM *params = ok ? OSSL_PARAM_BLD_to_param(bld) : NULL;
    if (params) {
      EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new_from_name(NULL, type, NULL);
      if (pc && EVP_PKEY_fromdata_init(pc) > 0)
        EVP_PKEY_fromdata(pc, &pk, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params);
      EVP_PKEY_CTX_free(pc);
      OSSL_PARAM_free(params);
    }
    for (int i = 0; i < nb; i++)
      BN_free(bns[i]);
    free(point);
    OSSL_PARAM_BLD_free(bld);
  }
  ERR_clear_error();
  if (!pk)
    return JS_UNDEFINED;
  JsValue d = pkey_describe(rt, pk, priv);
  EVP_PKEY_free(pk);
  return d;
}

// digest(name, data[, cb]) -> Uint8Array: a one-shot digest (subtle.digest,
// which node runs on the thread pool).
static JsValue crypto_digest(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Job *j = job_new(JOB_DIGEST);
  snprintf(j->digest, sizeof j->digest, "%s", arg_str(rt, argc, argv, 0));
  j->pass = arg_copy(argc, argv, 1, &j->pass_len);
  j->out_len = EVP_MAX_MD_SIZE;
  return job_start(rt, j, js_arg(argc, argv, 2));
}

// digestSize(name) -> the digest's output bytes, or -1 when unknown.
static JsValue crypto_digest_size(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  const EVP_MD *md = find_md(arg_str(rt, argc, argv, 0));
  return js_int(md ? EVP_MD_get_size(md) : -1);
}

// --- encodings ------------------------------------------------------------------------
// Node's Buffer encodings for digest(enc), update(str, enc) and the like,
// so that crypto does not depend on buffer.js.

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char B64URL[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static JsValue encode_base64(JsRt *rt, const uint8_t *p, size_t n, bool url) {
  const char *tab = url ? B64URL : B64;
  char *s = js_gc_alloc_atomic(n / 3 * 4 + 5);
  size_t k = 0, i = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
    s[k++] = tab[v >> 18], s[k++] = tab[(v >> 12) & 63];
    s[k++] = tab[(v >> 6) & 63], s[k++] = tab[v & 63];
  }
  if (n - i == 1) {
    s[k++] = tab[p[i] >> 2], s[k++] = tab[(p[i] & 3) << 4];
    if (!url)
      s[k++] = '=', s[k++] = '=';
  } else if (n - i == 2) {
    uint32_t v = (uint32_t)p[i] << 8 | p[i + 1];
    s[k++] = tab[v >> 10], s[k++] = tab[(v >> 4) & 63], s[k++] = tab[(v << 2) & 63];
    if (!url)
      s[k++] = '=';
  }
  return js_str_from_latin1(rt, (const uint8_t *)s, (uint32_t)k);
}

// UTF-8 to UTF-16 with U+FFFD for each maximal invalid subpart (WHATWG).
static JsValue decode_utf8(JsRt *rt, const uint8_t *p, size_t n) {
  uint16_t *u = js_gc_alloc_atomic(n * 2 + 2);
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    uint32_t c = p[i];
    int need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2
             : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need <= 0) {
      u[k++] = need == 0 ? (uint16_t)c : 0xfffd;
      i++;
      continue;
    }
    uint8_t lo = 0x80, hi = 0xbf;
    if (c == 0xe0) lo = 0xa0;
    if (c == 0xed) hi = 0x9f;
    if (c == 0xf0) lo = 0x90;
    if (c == 0xf4) hi = 0x8f;
    c &= 0x3f >> need;
    size_t j = i + 1;
    int got = 0;
    for (; got < need && j < n; got++, j++) {
      if (p[j] < lo || p[j] > hi)
        break;
      lo = 0x80, hi = 0xbf;
      c = c << 6 | (p[j] & 0x3f);
    }
    i = j;
    if (got < need) {
      u[k++] = 0xfffd;
      continue;
    }
    if (c >= 0x10000) {
      c -= 0x10000;
      u[k++] = (uint16_t)(0xd800 + (c >> 10));
      u[k++] = (uint16_t)(0xdc00 + (c & 0x3ff));
    } else {
      u[k++] = (uint16_t)c;
    }
  }
  return js_str_from_utf16(rt, u, (uint32_t)k);
}

// encode(bytes, enc) -> string; enc is a normalized node encoding.
static JsValue crypto_encode(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  size_t n;
  const uint8_t *p = crypto_arg_bytes(argc, argv, 0, &n);
  const char *enc = arg_str(rt, argc, argv, 1);
  if (strcmp(enc, "hex") == 0) {
    static const char hex[] = "0123456789abcdef";
    uint8_t *s = js_gc_alloc_atomic(n * 2 + 1);
    for (size_t i = 0; i < n; i++)
      s[2 * i] = (uint8_t)hex[p[i] >> 4], s[2 * i + 1] = (uint8_t)hex[p[i] & 15];
    return js_str_from_latin1(rt, s, (uint32_t)(n * 2));
  }
  if (strcmp(enc, "base64") == 0 || strcmp(enc, "base64url") == 0)
    return encode_base64(rt, p, n, enc[6] == 'u');
  if (strcmp(enc, "latin1") == 0)
    return js_str_from_latin1(rt, p, (uint32_t)n);
  if (strcmp(enc, "ascii") == 0) {
    uint8_t *s = js_gc_alloc_atomic(n + 1);
    for (size_t i = 0; i < n; i++)
      s[i] = p[i] & 0x7f;
    return js_str_from_latin1(rt, s, (uint32_t)n);
  }
  if (strcmp(enc, "utf16le") == 0) {
    uint16_t *u = js_gc_alloc_atomic(n + 2);
    for (size_t i = 0; i + 1 < n; i += 2)
      u[i / 2] = (uint16_t)(p[i] | p[i + 1] << 8);
    return js_str_from_utf16(rt, u, (uint32_t)(n / 2));
  }
  return decode_utf8(rt, p, n);
}

static int hex_val(uint16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static int b64_val(uint16_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

// decode(string, enc) -> Uint8Array of the string's bytes in [enc].
static JsValue crypto_decode(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  JsValue sv = js_arg(argc, argv, 0);
  if (!js_is_string(sv))
    return crypto_new_bytes(rt, "", 0);
  JsString *s = js_str_flatten(rt, js_str(sv));
  uint32_t len = js_str_len(s);
  const char *enc = arg_str(rt, argc, argv, 1);
  if (strcmp(enc, "utf8") == 0) {
    size_t n;
    char *u = js_str_to_utf8(rt, s, &n);
    return crypto_new_bytes(rt, u, n);
  }
  uint8_t *out = js_gc_alloc_atomic((size_t)len * 2 + 1);
  size_t k = 0;
  if (strcmp(enc, "hex") == 0) {
    for (uint32_t i = 0; i + 1 < len; i += 2) {
      int a = hex_val(js_str_at(s, i)), b = hex_val(js_str_at(s, i + 1));
      if (a < 0 || b < 0)
        break;
      out[k++] = (uint8_t)(a << 4 | b);
    }
  } else if (strcmp(enc, "base64") == 0 || strcmp(enc, "base64url") == 0) {
    uint32_t acc = 0;
    int bits = 0;
    for (uint32_t i = 0; i < len; i++) {
      uint16_t c = js_str_at(s, i);
      if (c == '=')
        break;
      int v = b64_val(c);
      if (v < 0)
        continue;
      acc = acc << 6 | (uint32_t)v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[k++] = (uint8_t)(acc >> bits);
      }
    }
  } else if (strcmp(enc, "utf16le") == 0) {
    for (uint32_t i = 0; i < len; i++) {
      uint16_t c = js_str_at(s, i);
      out[k++] = (uint8_t)c, out[k++] = (uint8_t)(c >> 8);
    }
  } else {  // latin1, ascii
    for (uint32_t i = 0; i < len; i++)
      out[k++] = (uint8_t)js_str_at(s, i);
  }
  return crypto_new_bytes(rt, out, k);
}

// --- the binding ----------------------------------------------------------------------

static const JsNativeDef crypto_funcs[] = {
    JS_FN("hashNew", crypto_hash_new, 2),
    JS_FN("hashCopy", crypto_hash_copy, 2),
    JS_FN("hashUpdate", crypto_hash_update, 2),
    JS_FN("hashDigest", crypto_hash_digest, 1),
    JS_FN("hmacNew", crypto_hmac_new, 2),
    JS_FN("digestSize", crypto_digest_size, 1),
    JS_FN("cipherInfo", crypto_cipher_info, 1),
    JS_FN("cipherNew", crypto_cipher_new, 5),
    JS_FN("cipherUpdate", crypto_cipher_update, 2),
    JS_FN("cipherFinal", crypto_cipher_final, 1),
    JS_FN("cipherGetTag", crypto_cipher_get_tag, 1),
    JS_FN("cipherSetTag", crypto_cipher_set_tag, 2),
    JS_FN("cipherSetAAD", crypto_cipher_set_aad, 3),
    JS_FN("cipherSetPadding", crypto_cipher_set_padding, 2),
    JS_FN("cipherFree", crypto_cipher_free, 1),
    JS_FN("randomFill", crypto_random_fill, 4),
    JS_FN("pbkdf2", crypto_pbkdf2, 6),
    JS_FN("scrypt", crypto_scrypt, 8),
    JS_FN("scryptCheck", crypto_scrypt_check, 4),
    JS_FN("hkdf", crypto_hkdf, 6),
    JS_FN("digest", crypto_digest, 3),
    JS_FN("keyImport", crypto_key_import, 4),
    JS_FN("keyExport", crypto_key_export, 6),
    JS_FN("keyGenerate", crypto_key_generate, 7),
    JS_FN("generatePrime", crypto_generate_prime, 5),
    JS_FN("checkPrime", crypto_check_prime, 3),
    JS_FN("signVerify", crypto_sign_verify, 8),
    JS_FN("rsaCrypt", crypto_rsa_crypt, 7),
    JS_FN("keyJwk", crypto_key_jwk, 2),
    JS_FN("keyFromJwk", crypto_key_from_jwk, 4),
    JS_FN("encode", crypto_encode, 2),
    JS_FN("decode", crypto_decode, 2),
};

JsValue js_binding_crypto(JsRt *rt) {
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, crypto_funcs);
  return b;
}
