// SPDX-License-Identifier: MIT
//
// tls.c: the natives of require('kiln:tls') (stdlib/node/tls.js) over
// OpenSSL's libssl. A TLS connection is an SSL between two memory BIOs:
// tls.js feeds it the bytes a net.Socket read and sends the bytes it
// produces, so the network stays libuv's and no OpenSSL call ever blocks.
//
// A secure context (SSL_CTX) and a connection (SSL) are each a null-prototype
// object whose `internal` is GC memory with a finalizer that frees the
// OpenSSL object; a connection keeps its context's memory alive (the ALPN
// list the server's callback reads lives there).
//
// Certificates are verified by tls.js after the handshake, as node does: the
// verify callback accepts everything and verifyError() reports what OpenSSL
// found (node's codes are X509_V_ERR_* without the prefix).
#include "crypto.h"

#include <gc.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <stdlib.h>
#include <string.h>

enum { TLS_CTX_MAGIC = 0x6b544378, TLS_CONN_MAGIC = 0x6b54436e };

typedef struct TlsCtx {
  uint32_t magic;
  SSL_CTX *ctx;
  unsigned char *alpn;  // the server's protocols, ALPN wire format (GC memory)
  size_t alpn_len;
} TlsCtx;

typedef struct TlsConn {
  uint32_t magic;
  SSL *ssl;
  BIO *in;    // bytes from the network, read by OpenSSL
  BIO *out;   // bytes OpenSSL wrote, for the network
  TlsCtx *ctx;
} TlsConn;

static void ctx_finalize(void *obj, void *data) {
  (void)data;
  TlsCtx *c = obj;
  SSL_CTX_free(c->ctx);
  c->ctx = NULL;
}

static void conn_finalize(void *obj, void *data) {
  (void)data;
  TlsConn *c = obj;
  SSL_free(c->ssl);  // frees both BIOs
  c->ssl = NULL;
}

static JsValue wrap(JsRt *rt, void *internal) {
  JsObject *o = js_new_object_class(rt, JS_NULL, JS_CLASS_OBJECT);
  o->internal = internal;
  return js_obj_value(o);
}

static void *unwrap(JsValue v, uint32_t magic) {
  if (js_class_of(v) != JS_CLASS_OBJECT)
    return NULL;
  uint32_t *p = js_obj(v)->internal;
  return p && *p == magic ? p : NULL;
}

static JsValue ssl_error(JsRt *rt) {
  unsigned long e = ERR_peek_last_error();
  if (!e)
    return js_throw_error(rt, JS_ERROR, "kiln:tls: OpenSSL failed without an error");
  return js_throw(rt, crypto_openssl_error(rt, e));
}

static int accept_any(int ok, X509_STORE_CTX *store) {
  (void)ok, (void)store;
  return 1;
}

static int select_alpn(SSL *ssl, const unsigned char **out, unsigned char *outlen,
                       const unsigned char *in, unsigned int inlen, void *arg) {
  (void)ssl;
  TlsCtx *c = arg;
  if (!c->alpn)
    return SSL_TLSEXT_ERR_NOACK;
  unsigned char *sel;
  if (SSL_select_next_proto(&sel, outlen, c->alpn, (unsigned)c->alpn_len, in, inlen) !=
      OPENSSL_NPN_NEGOTIATED)
    return SSL_TLSEXT_ERR_ALERT_FATAL;
  *out = sel;
  return SSL_TLSEXT_ERR_OK;
}

static int version_of(const char *s) {
  if (!strcmp(s, "TLSv1.3"))
    return TLS1_3_VERSION;
  if (!strcmp(s, "TLSv1.2"))
    return TLS1_2_VERSION;
  if (!strcmp(s, "TLSv1.1"))
    return TLS1_1_VERSION;
  if (!strcmp(s, "TLSv1"))
    return TLS1_VERSION;
  return 0;
}

// Every certificate in the PEM bytes [p, n), in order (an array the caller frees).
static int pem_certs(const uint8_t *p, size_t n, X509 ***out) {
  BIO *bio = BIO_new_mem_buf(p, (int)n);
  int count = 0, cap = 0;
  X509 **list = NULL;
  X509 *x;
  while ((x = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL)) != NULL) {
    if (count == cap) {
      cap = cap ? cap * 2 : 4;
      list = realloc(list, sizeof *list * (size_t)cap);
    }
    list[count++] = x;
  }
  BIO_free(bio);
  ERR_clear_error();  // the end of the PEM text
  *out = list;
  return count;
}

// createContext(isServer, key, passphrase, cert, caList, minVersion, maxVersion,
//               alpnWire, ciphers) -> context. key and cert are PEM bytes or
// null; caList an array of PEM bytes or null (the system store).
static JsValue tls_create_context(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  bool server = js_truthy(rt, js_arg(argc, argv, 0));
  ERR_clear_error();
  SSL_CTX *ctx = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
  if (!ctx)
    return ssl_error(rt);
  TlsCtx *c = js_gc_alloc(sizeof(TlsCtx));
  c->magic = TLS_CTX_MAGIC;
  c->ctx = ctx;
  GC_register_finalizer_no_order(c, ctx_finalize, NULL, NULL, NULL);
  SSL_CTX_set_verify(ctx, server ? SSL_VERIFY_NONE : SSL_VERIFY_PEER, accept_any);
  SSL_CTX_set_mode(ctx, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_ENABLE_PARTIAL_WRITE);
  size_t n;
  JsValue key = js_arg(argc, argv, 1);
  if (js_is_object(key)) {
    const uint8_t *p = crypto_arg_bytes(argc, argv, 1, &n);
    BIO *bio = BIO_new_mem_buf(p, (int)n);
    const char *pass = js_is_string(js_arg(argc, argv, 2)) ? js_cstr(rt, argv[2]) : NULL;
    EVP_PKEY *pk = PEM_read_bio_PrivateKey(bio, NULL, NULL, (void *)pass);
    BIO_free(bio);
    if (!pk || SSL_CTX_use_PrivateKey(ctx, pk) != 1) {
      EVP_PKEY_free(pk);
      return ssl_error(rt);
    }
    EVP_PKEY_free(pk);
  }
  if (js_is_object(js_arg(argc, argv, 3))) {
    const uint8_t *p = crypto_arg_bytes(argc, argv, 3, &n);
    X509 **certs;
    int count = pem_certs(p, n, &certs);
    if (count == 0) {
      free(certs);
      return js_throw(rt, crypto_coded_error(rt, JS_ERROR, "ERR_OSSL_PEM_NO_START_LINE",
                                             "error:0480006C:PEM routines::no start line"));
    }
    int ok = SSL_CTX_use_certificate(ctx, certs[0]);
    X509_free(certs[0]);
    for (int i = 1; i < count; i++)
      if (ok == 1 && SSL_CTX_add0_chain_cert(ctx, certs[i]) != 1)
        ok = 0;
    free(certs);
    if (ok != 1)
      return ssl_error(rt);
    if (js_is_object(key) && SSL_CTX_check_private_key(ctx) != 1)
      return ssl_error(rt);
  }
  JsValue ca = js_arg(argc, argv, 4);
  if (js_is_object(ca)) {
    X509_STORE *store = X509_STORE_new();
    SSL_CTX_set_cert_store(ctx, store);
    uint32_t len = (uint32_t)js_get_number(js_get_prop(rt, ca, js_atom_cstr(rt, "length")));
    for (uint32_t i = 0; i < len; i++) {
      JsValue item = js_get_index(rt, ca, i);
      const uint8_t *p = crypto_arg_bytes(1, &item, 0, &n);
      X509 **certs;
      int count = pem_certs(p, n, &certs);
      for (int k = 0; k < count; k++) {
        X509_STORE_add_cert(store, certs[k]);
        if (server)
          SSL_CTX_add_client_CA(ctx, certs[k]);
        X509_free(certs[k]);
      }
      free(certs);
    }
    ERR_clear_error();
  } else {
    SSL_CTX_set_default_verify_paths(ctx);
  }
  if (js_is_string(js_arg(argc, argv, 5)))
    SSL_CTX_set_min_proto_version(ctx, version_of(js_cstr(rt, argv[5])));
  if (js_is_string(js_arg(argc, argv, 6)))
    SSL_CTX_set_max_proto_version(ctx, version_of(js_cstr(rt, argv[6])));
  if (server && js_is_object(js_arg(argc, argv, 7))) {
    const uint8_t *p = crypto_arg_bytes(argc, argv, 7, &n);
    c->alpn = js_gc_alloc(n);
    memcpy(c->alpn, p, n);
    c->alpn_len = n;
    SSL_CTX_set_alpn_select_cb(ctx, select_alpn, c);
  }
  if (js_is_string(js_arg(argc, argv, 8))) {
    const char *ciphers = js_cstr(rt, argv[8]);
    // TLS 1.3 suites start with TLS_; the rest is the TLS 1.2 list.
    if (SSL_CTX_set_cipher_list(ctx, ciphers) != 1 && strncmp(ciphers, "TLS_", 4) != 0)
      return ssl_error(rt);
    ERR_clear_error();
  }
  return wrap(rt, c);
}

// newConnection(context, isServer, servername, alpnWire, requestCert) -> connection.
static JsValue tls_new_connection(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  TlsCtx *ctx = unwrap(js_arg(argc, argv, 0), TLS_CTX_MAGIC);
  if (!ctx || !ctx->ctx)
    return js_throw_error(rt, JS_TYPE_ERROR, "kiln:tls: not a secure context");
  bool server = js_truthy(rt, js_arg(argc, argv, 1));
  ERR_clear_error();
  SSL *ssl = SSL_new(ctx->ctx);
  if (!ssl)
    return ssl_error(rt);
  TlsConn *c = js_gc_alloc(sizeof(TlsConn));
  c->magic = TLS_CONN_MAGIC;
  c->ssl = ssl;
  c->ctx = ctx;
  c->in = BIO_new(BIO_s_mem());
  c->out = BIO_new(BIO_s_mem());
  BIO_set_mem_eof_return(c->in, -1);
  SSL_set_bio(ssl, c->in, c->out);
  GC_register_finalizer_no_order(c, conn_finalize, NULL, NULL, NULL);
  if (server) {
    SSL_set_accept_state(ssl);
    if (js_truthy(rt, js_arg(argc, argv, 4)))
      SSL_set_verify(ssl, SSL_VERIFY_PEER, accept_any);
  } else {
    SSL_set_connect_state(ssl);
    if (js_is_string(js_arg(argc, argv, 2)))
      SSL_set_tlsext_host_name(ssl, js_cstr(rt, argv[2]));
    if (js_is_object(js_arg(argc, argv, 3))) {
      size_t n;
      const uint8_t *p = crypto_arg_bytes(argc, argv, 3, &n);
      SSL_set_alpn_protos(ssl, p, (unsigned)n);
    }
  }
  return wrap(rt, c);
}

static TlsConn *conn_arg(int argc, JsValue *argv) {
  TlsConn *c = unwrap(js_arg(argc, argv, 0), TLS_CONN_MAGIC);
  return c && c->ssl ? c : NULL;
}

static JsValue dead(JsRt *rt) {
  return js_throw_error(rt, JS_TYPE_ERROR, "kiln:tls: not a live connection");
}

// feed(conn, bytes): what the network delivered.
static JsValue tls_feed(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                        JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  TlsConn *c = conn_arg(argc, argv);
  if (!c)
    return dead(rt);
  size_t n;
  const uint8_t *p = crypto_arg_bytes(argc, argv, 1, &n);
  if (n)
    BIO_write(c->in, p, (int)n);
  return JS_UNDEFINED;
}

// handshake(conn) -> true when done, false when it needs more bytes; throws
// OpenSSL's error.
static JsValue tls_handshake(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  TlsConn *c = conn_arg(argc, argv);
  if (!c)
    return dead(rt);
  ERR_clear_error();
  int r = SSL_do_handshake(c->ssl);
  if (r == 1)
    return JS_TRUE;
  int e = SSL_get_error(c->ssl, r);
  if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
    return JS_FALSE;
  return ssl_error(rt);
}

// read(conn) -> the plaintext OpenSSL has (a Uint8Array), null when none,
// or 0 once the peer sent close_notify; throws OpenSSL's error.
static JsValue tls_read(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                        JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  TlsConn *c = conn_arg(argc, argv);
  if (!c)
    return dead(rt);
  size_t cap = 16384, len = 0;
  uint8_t *buf = malloc(cap);
  int err = 0;
  ERR_clear_error();
  while (len < 65536) {
    if (cap - len < 16384) {
      cap *= 2;
      buf = realloc(buf, cap);
    }
    int r = SSL_read(c->ssl, buf + len, (int)(cap - len));
    if (r > 0) {
      len += (size_t)r;
      continue;
    }
    err = SSL_get_error(c->ssl, r);
    break;
  }
  JsValue result;
  if (len)
    result = crypto_new_bytes(rt, buf, len);
  else if (err == SSL_ERROR_ZERO_RETURN)
    result = js_number(0);
  else if (err == SSL_ERROR_SSL || err == SSL_ERROR_SYSCALL)
    result = ssl_error(rt);
  else
    result = JS_NULL;
  free(buf);
  return result;
}

// write(conn, bytes): encrypts all of them (the output BIO grows as needed).
static JsValue tls_write(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                         JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  TlsConn *c = conn_arg(argc, argv);
  if (!c)
    return dead(rt);
  size_t n;
  const uint8_t *p = crypto_arg_bytes(argc, argv, 1, &n);
  ERR_clear_error();
  size_t done = 0;
  while (done < n) {
    int r = SSL_write(c->ssl, p + done, (int)(n - done > 1 << 30 ? 1 << 30 : n - done));
    if (r <= 0)
      return ssl_error(rt);
    done += (size_t)r;
  }
  return JS_UNDEFINED;
}

// pending(conn) -> the bytes OpenSSL wrote for the network, or null.
static JsValue tls_pending(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                           JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  TlsConn *c = conn_arg(argc, argv);
  if (!c)
    return JS_NULL;
  size_t n = BIO_ctrl_pending(c->out);
  if (!n)
    return JS_NULL;
  JsValue u = js_new_uint8_array(rt, JS_UNDEFINED, n);
  if (js_is_exception(u))
    return u;
  size_t len;
  BIO_read(c->out, js_typed_bytes(u, &len), (int)n);
  return u;
}

// shutdown(conn): queues close_notify.
static JsValue tls_shutdown(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  TlsConn *c = conn_arg(argc, argv);
  if (!c)
    return dead(rt);
  ERR_clear_error();
  SSL_shutdown(c->ssl);
  ERR_clear_error();
  return JS_UNDEFINED;
}

// verifyError(conn) -> null, or [code, message] (code as node names it:
// DEPTH_ZERO_SELF_SIGNED_CERT ...).
static JsValue tls_verify_error(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  static const struct { long code; const char *name; } names[] = {
      {X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT, "UNABLE_TO_GET_ISSUER_CERT"},
      {X509_V_ERR_UNABLE_TO_GET_CRL, "UNABLE_TO_GET_CRL"},
      {X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE, "UNABLE_TO_DECRYPT_CERT_SIGNATURE"},
      {X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE, "UNABLE_TO_DECRYPT_CRL_SIGNATURE"},
      {X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY, "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY"},
      {X509_V_ERR_CERT_SIGNATURE_FAILURE, "CERT_SIGNATURE_FAILURE"},
      {X509_V_ERR_CRL_SIGNATURE_FAILURE, "CRL_SIGNATURE_FAILURE"},
      {X509_V_ERR_CERT_NOT_YET_VALID, "CERT_NOT_YET_VALID"},
      {X509_V_ERR_CERT_HAS_EXPIRED, "CERT_HAS_EXPIRED"},
      {X509_V_ERR_CRL_NOT_YET_VALID, "CRL_NOT_YET_VALID"},
      {X509_V_ERR_CRL_HAS_EXPIRED, "CRL_HAS_EXPIRED"},
      {X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD, "ERROR_IN_CERT_NOT_BEFORE_FIELD"},
      {X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD, "ERROR_IN_CERT_NOT_AFTER_FIELD"},
      {X509_V_ERR_ERROR_IN_CRL_LAST_UPDATE_FIELD, "ERROR_IN_CRL_LAST_UPDATE_FIELD"},
      {X509_V_ERR_ERROR_IN_CRL_NEXT_UPDATE_FIELD, "ERROR_IN_CRL_NEXT_UPDATE_FIELD"},
      {X509_V_ERR_OUT_OF_MEM, "OUT_OF_MEM"},
      {X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, "DEPTH_ZERO_SELF_SIGNED_CERT"},
      {X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN, "SELF_SIGNED_CERT_IN_CHAIN"},
      {X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"},
      {X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE, "UNABLE_TO_VERIFY_LEAF_SIGNATURE"},
      {X509_V_ERR_CERT_CHAIN_TOO_LONG, "CERT_CHAIN_TOO_LONG"},
      {X509_V_ERR_CERT_REVOKED, "CERT_REVOKED"},
      {X509_V_ERR_INVALID_CA, "INVALID_CA"},
      {X509_V_ERR_PATH_LENGTH_EXCEEDED, "PATH_LENGTH_EXCEEDED"},
      {X509_V_ERR_INVALID_PURPOSE, "INVALID_PURPOSE"},
      {X509_V_ERR_CERT_UNTRUSTED, "CERT_UNTRUSTED"},
      {X509_V_ERR_CERT_REJECTED, "CERT_REJECTED"},
      {X509_V_ERR_HOSTNAME_MISMATCH, "HOSTNAME_MISMATCH"},
  };
  TlsConn *c = conn_arg(argc, argv);
  if (!c)
    return dead(rt);
  X509 *peer = SSL_get1_peer_certificate(c->ssl);
  long v = peer ? SSL_get_verify_result(c->ssl) : X509_V_OK;
  X509_free(peer);
  if (v == X509_V_OK)
    return JS_NULL;
  const char *name = "UNSPECIFIED";
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (names[i].code == v)
      name = names[i].name;
  JsValue pair[2] = {js_new_cstring(rt, name),
                     js_new_cstring(rt, X509_verify_cert_error_string(v))};
  return js_new_array_from(rt, 2, pair);
}

static JsValue der_of(JsRt *rt, X509 *x) {
  unsigned char *der = NULL;
  int n = i2d_X509(x, &der);
  if (n <= 0)
    return JS_NULL;
  JsValue u = crypto_new_bytes(rt, der, (size_t)n);
  OPENSSL_free(der);
  return u;
}

// peerCertificates(conn) -> [DER of the peer's certificate, then the rest of
// its chain], empty when it sent none.
static JsValue tls_peer_certificates(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                     JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  TlsConn *c = conn_arg(argc, argv);
  JsValue list = js_new_array(rt, 0);
  if (!c)
    return list;
  X509 *peer = SSL_get1_peer_certificate(c->ssl);
  if (!peer)
    return list;
  js_array_push(rt, list, der_of(rt, peer));
  // The chain as verified (up to the trusted root) when there is one.
  STACK_OF(X509) *chain = SSL_get0_verified_chain(c->ssl);
  if (!chain || sk_X509_num(chain) == 0)
    chain = SSL_get_peer_cert_chain(c->ssl);
  for (int i = 0; chain && i < sk_X509_num(chain); i++) {
    X509 *x = sk_X509_value(chain, i);
    if (X509_cmp(x, peer) != 0)
      js_array_push(rt, list, der_of(rt, x));
  }
  X509_free(peer);
  return list;
}

// ownCertificate(conn) -> DER of the certificate this side presented, or null.
static JsValue tls_own_certificate(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  TlsConn *c = conn_arg(argc, argv);
  X509 *x = c ? SSL_get_certificate(c->ssl) : NULL;
  return x ? der_of(rt, x) : JS_NULL;
}

static void set_str(JsRt *rt, JsValue o, const char *key, const char *v) {
  js_define_field(rt, o, js_atom_cstr(rt, key), v ? js_new_cstring(rt, v) : JS_FALSE);
}

// info(conn) -> { protocol, cipher, standardName, cipherVersion, alpn, servername }
// (false where there is none).
static JsValue tls_info(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                        JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  TlsConn *c = conn_arg(argc, argv);
  if (!c)
    return dead(rt);
  JsValue o = js_new_object(rt);
  set_str(rt, o, "protocol", SSL_get_version(c->ssl));
  const SSL_CIPHER *cipher = SSL_get_current_cipher(c->ssl);
  set_str(rt, o, "cipher", cipher ? SSL_CIPHER_get_name(cipher) : NULL);
  set_str(rt, o, "standardName", cipher ? SSL_CIPHER_standard_name(cipher) : NULL);
  set_str(rt, o, "cipherVersion", cipher ? SSL_CIPHER_get_version(cipher) : NULL);
  const unsigned char *alpn = NULL;
  unsigned alpn_len = 0;
  SSL_get0_alpn_selected(c->ssl, &alpn, &alpn_len);
  js_define_field(rt, o, js_atom_cstr(rt, "alpn"),
                  alpn_len ? js_new_string(rt, (const char *)alpn, alpn_len) : JS_FALSE);
  set_str(rt, o, "servername", SSL_get_servername(c->ssl, TLSEXT_NAMETYPE_host_name));
  js_define_field(rt, o, js_atom_cstr(rt, "reused"), js_bool(SSL_session_reused(c->ssl)));
  return o;
}

// free(conn): releases the SSL now rather than at collection.
static JsValue tls_free(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                        JsValue new_target) {
  (void)rt, (void)callee, (void)this_val, (void)new_target;
  TlsConn *c = conn_arg(argc, argv);
  if (c)
    conn_finalize(c, NULL);
  return JS_UNDEFINED;
}

// ciphers() -> the names of the cipher suites OpenSSL enables by default.
static JsValue tls_ciphers(JsRt *rt, JsValue callee, JsValue this_val, int argc, JsValue *argv,
                           JsValue new_target) {
  (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target;
  JsValue list = js_new_array(rt, 0);
  SSL_CTX *ctx = SSL_CTX_new(TLS_method());
  SSL *ssl = ctx ? SSL_new(ctx) : NULL;
  STACK_OF(SSL_CIPHER) *ciphers = ssl ? SSL_get_ciphers(ssl) : NULL;
  for (int i = 0; ciphers && i < sk_SSL_CIPHER_num(ciphers); i++)
    js_array_push(rt, list, js_new_cstring(rt, SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i))));
  SSL_free(ssl);
  SSL_CTX_free(ctx);
  ERR_clear_error();
  return list;
}

static const JsNativeDef tls_funcs[] = {
    JS_FN("ciphers", tls_ciphers, 0),
    JS_FN("createContext", tls_create_context, 9),
    JS_FN("newConnection", tls_new_connection, 5),
    JS_FN("feed", tls_feed, 2),
    JS_FN("handshake", tls_handshake, 1),
    JS_FN("read", tls_read, 1),
    JS_FN("write", tls_write, 2),
    JS_FN("pending", tls_pending, 1),
    JS_FN("shutdown", tls_shutdown, 1),
    JS_FN("verifyError", tls_verify_error, 1),
    JS_FN("peerCertificates", tls_peer_certificates, 1),
    JS_FN("ownCertificate", tls_own_certificate, 1),
    JS_FN("info", tls_info, 1),
    JS_FN("free", tls_free, 1),
};

JsValue js_binding_tls(JsRt *rt);  // bindings.c looks it up by name
JsValue js_binding_tls(JsRt *rt) {
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, tls_funcs);
  return b;
}
