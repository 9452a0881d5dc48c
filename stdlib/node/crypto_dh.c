// SPDX-License-Identifier: MIT
//
// crypto_dh.c: the key agreement natives of require('kiln:crypto_dh'):
// finite-field Diffie-Hellman (DiffieHellman, DiffieHellmanGroup), ECDH
// (createECDH, ECDH.convertKey) and crypto.diffieHellman() over two
// KeyObjects. stdlib/node/crypto.js does node's API surface.
//
// Node builds DiffieHellman and ECDH on OpenSSL's DH and EC_KEY objects;
// so does this file (deprecated in OpenSSL 3 but still there), which gives
// node's errors for free: DH_check's verifyError bits, DH_generate_key's
// "modulus too small", EC_POINT_oct2point refusing a point.
//
// A DH or ECDH object is a null-prototype JS object whose `internal` is a
// Box (GC memory with a finalizer that frees the OpenSSL object).
#include "crypto.h"

#define OPENSSL_SUPPRESS_DEPRECATED  // DH and EC_KEY: node's DiffieHellman and ECDH
#include <gc.h>
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/ecdh.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <stdlib.h>
#include <string.h>

enum { BOX_MAGIC = 0x6b446862 };

typedef struct Box {
  uint32_t magic;
  DH *dh;       // a DiffieHellman
  EC_KEY *ec;   // an ECDH
} Box;

static void box_finalize(void *obj, void *data) {
  (void)data;
  Box *b = obj;
  DH_free(b->dh);
  EC_KEY_free(b->ec);
  b->dh = NULL;
  b->ec = NULL;
}

static JsValue box_new(JsRt *rt, DH *dh, EC_KEY *ec) {
  Box *b = js_gc_alloc(sizeof(Box));
  b->magic = BOX_MAGIC;
  b->dh = dh;
  b->ec = ec;
  GC_register_finalizer_no_order(b, box_finalize, NULL, NULL, NULL);
  JsObject *o = js_new_object_class(rt, JS_NULL, JS_CLASS_OBJECT);
  o->internal = b;
  return js_obj_value(o);
}

static Box *box_of(int argc, JsValue *argv) {
  JsValue v = js_arg(argc, argv, 0);
  if (js_class_of(v) != JS_CLASS_OBJECT)
    return NULL;
  Box *b = js_obj(v)->internal;
  return b && b->magic == BOX_MAGIC ? b : NULL;
}

static JsValue bad_box(JsRt *rt) {
  return js_throw_error(rt, JS_TYPE_ERROR, "kiln:crypto_dh: not a key agreement object");
}

static BIGNUM *arg_bn(int argc, JsValue *argv, int i) {
  size_t n;
  const uint8_t *p = crypto_arg_bytes(argc, argv, i, &n);
  return BN_bin2bn(p, (int)n, NULL);
}

// [bn] as big-endian bytes, at least [pad] long (zeros in front).
static JsValue bn_bytes(JsRt *rt, const BIGNUM *bn, int pad) {
  int n = BN_num_bytes(bn);
  if (n < pad)
    n = pad;
  unsigned char *buf = calloc(1, (size_t)n + 1);
  BN_bn2binpad(bn, buf, n);
  JsValue r = crypto_new_bytes(rt, buf, (size_t)n);
  free(buf);
  return r;
}

// Throws OpenSSL's pending error, or [reason] raised in library [lib].
static JsValue throw_ossl(JsRt *rt, int lib, int reason) {
  if (reason)
    ERR_raise(lib, reason);
  return js_throw(rt, crypto_openssl_error(rt, ERR_get_error()));
}

static JsValue throw_failed(JsRt *rt, const char *msg) {
  ERR_clear_error();
  return js_throw(rt, crypto_coded_error(rt, JS_ERROR, "ERR_CRYPTO_OPERATION_FAILED", msg));
}

// --- DiffieHellman -----------------------------------------------------------------

// The DH object and its verifyError (DH_check's bits) as { handle, verifyError }.
static JsValue dh_result(JsRt *rt, DH *dh) {
  int codes = 0;
  if (!DH_check(dh, &codes)) {
    DH_free(dh);
    return throw_ossl(rt, 0, 0);
  }
  ERR_clear_error();
  JsValue o = js_new_object(rt);
  js_define_field(rt, o, js_atom_cstr(rt, "handle"), box_new(rt, dh, NULL));
  js_define_field(rt, o, js_atom_cstr(rt, "verifyError"), js_int(codes));
  return o;
}

// dhNew(sizeOrPrime, generator): a prime length (number) generates the
// parameters; else the prime's bytes. The generator is a number or bytes.
static JsValue crypto_dh_new(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  JsValue size = js_arg(argc, argv, 0), gen = js_arg(argc, argv, 1);
  ERR_clear_error();
  if (js_is_number(size)) {
    int bits = (int)js_get_number(size);
    if (bits < 2)
      return throw_ossl(rt, ERR_LIB_DH, DH_R_MODULUS_TOO_SMALL);
    if (!js_is_number(gen))
      return js_throw(rt, crypto_coded_error(rt, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                                             "Second argument must be an int32"));
    int g = (int)js_get_number(gen);
    if (g < 2)
      return throw_ossl(rt, ERR_LIB_DH, DH_R_BAD_GENERATOR);
    DH *dh = DH_new();
    if (!DH_generate_parameters_ex(dh, bits, g, NULL)) {
      DH_free(dh);
      return throw_ossl(rt, 0, 0);
    }
    return dh_result(rt, dh);
  }
  BIGNUM *g;
  if (js_is_number(gen)) {
    if (js_get_number(gen) < 2)
      return throw_ossl(rt, ERR_LIB_DH, DH_R_BAD_GENERATOR);
    g = BN_new();
    BN_set_word(g, (BN_ULONG)js_get_number(gen));
  } else {
    g = arg_bn(argc, argv, 1);
    if (BN_is_zero(g) || BN_is_one(g)) {
      BN_free(g);
      return throw_ossl(rt, ERR_LIB_DH, DH_R_BAD_GENERATOR);
    }
  }
  DH *dh = DH_new();
  DH_set0_pqg(dh, arg_bn(argc, argv, 0), NULL, g);
  return dh_result(rt, dh);
}

static DH *dh_with(BIGNUM *p, BN_ULONG generator) {
  BIGNUM *g = BN_new();
  BN_set_word(g, generator);
  DH *dh = DH_new();
  DH_set0_pqg(dh, p, NULL, g);
  return dh;
}

// dhGroup(name): node's modp groups (RFC 2409 and 3526), generator 2;
// undefined for an unknown name.
static DH *dh_group(JsRt *rt, int argc, JsValue *argv) {
  static const struct { const char *name; BIGNUM *(*prime)(BIGNUM *); } groups[] = {
      {"modp1", BN_get_rfc2409_prime_768}, {"modp2", BN_get_rfc2409_prime_1024},
      {"modp5", BN_get_rfc3526_prime_1536}, {"modp14", BN_get_rfc3526_prime_2048},
      {"modp15", BN_get_rfc3526_prime_3072}, {"modp16", BN_get_rfc3526_prime_4096},
      {"modp17", BN_get_rfc3526_prime_6144}, {"modp18", BN_get_rfc3526_prime_8192}};
  const char *name = js_cstr(rt, js_arg(argc, argv, 0));
  for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++) {
    if (!strcmp(groups[i].name, name))
      return dh_with(groups[i].prime(NULL), 2);
  }
  return NULL;
}

static JsValue crypto_dh_group(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  DH *dh = dh_group(rt, argc, argv);
  return dh ? dh_result(rt, dh) : JS_UNDEFINED;
}

// A new DH key pair (generateKeyPair('dh')) from argument [i]: a group
// name, a prime's bytes or a prime length, and generator argument [i+1].
// NULL with OpenSSL's error queued when it fails.
EVP_PKEY *crypto_dh_generate(JsRt *rt, int argc, JsValue *argv, int i) {
  JsValue spec = js_arg(argc, argv, i);
  int gen = (int)js_get_number(js_arg(argc, argv, i + 1));
  DH *dh = NULL;
  if (js_is_string(spec)) {
    dh = dh_group(rt, argc - i, argv + i);
  } else if (js_is_number(spec)) {
    dh = DH_new();
    if (!DH_generate_parameters_ex(dh, (int)js_get_number(spec), gen, NULL)) {
      DH_free(dh);
      dh = NULL;
    }
  } else {
    dh = dh_with(arg_bn(argc, argv, i), (BN_ULONG)gen);
  }
  if (!dh)
    return NULL;
  EVP_PKEY *params = EVP_PKEY_new();
  EVP_PKEY_assign_DH(params, dh);
  EVP_PKEY_CTX *kc = EVP_PKEY_CTX_new(params, NULL);
  EVP_PKEY *pk = NULL;
  if (kc && EVP_PKEY_keygen_init(kc) > 0)
    EVP_PKEY_keygen(kc, &pk);
  EVP_PKEY_CTX_free(kc);
  EVP_PKEY_free(params);
  return pk;
}

static JsValue crypto_dh_generate_keys(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                       JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Box *b = box_of(argc, argv);
  if (!b || !b->dh)
    return bad_box(rt);
  ERR_clear_error();
  if (!DH_generate_key(b->dh))
    return throw_ossl(rt, 0, 0);
  return bn_bytes(rt, DH_get0_pub_key(b->dh), 0);
}

// dhGet(handle, what): 0 prime, 1 generator, 2 public key, 3 private key;
// undefined when the key is not there yet.
static JsValue crypto_dh_get(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Box *b = box_of(argc, argv);
  if (!b || !b->dh)
    return bad_box(rt);
  const BIGNUM *bn = NULL;
  switch ((int)js_get_number(js_arg(argc, argv, 1))) {
  case 0: bn = DH_get0_p(b->dh); break;
  case 1: bn = DH_get0_g(b->dh); break;
  case 2: bn = DH_get0_pub_key(b->dh); break;
  default: bn = DH_get0_priv_key(b->dh); break;
  }
  return bn ? bn_bytes(rt, bn, 0) : JS_UNDEFINED;
}

// dhSetKey(handle, bytes, priv).
static JsValue crypto_dh_set_key(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Box *b = box_of(argc, argv);
  if (!b || !b->dh)
    return bad_box(rt);
  BIGNUM *bn = arg_bn(argc, argv, 1);
  if (js_truthy(rt, js_arg(argc, argv, 2)))
    DH_set0_key(b->dh, NULL, bn);
  else
    DH_set0_key(b->dh, bn, NULL);
  return JS_UNDEFINED;
}

// dhComputeSecret(handle, otherPublicKey) -> the secret, padded to the
// prime's size.
static JsValue crypto_dh_compute_secret(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                        JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Box *b = box_of(argc, argv);
  if (!b || !b->dh)
    return bad_box(rt);
  ERR_clear_error();
  BIGNUM *key = arg_bn(argc, argv, 1);
  int size = DH_size(b->dh);
  unsigned char *out = calloc(1, (size_t)size + 1);
  int n = DH_compute_key(out, key, b->dh);
  JsValue r = JS_UNDEFINED;
  if (n >= 0) {
    memmove(out + (size - n), out, (size_t)n);
    memset(out, 0, (size_t)(size - n));
    r = crypto_new_bytes(rt, out, (size_t)size);
  } else {
    int check = 0;
    if (!DH_check_pub_key(b->dh, key, &check))
      r = throw_ossl(rt, 0, 0);
    else if (check & DH_CHECK_PUBKEY_TOO_SMALL)
      r = js_throw(rt, crypto_coded_error(rt, JS_RANGE_ERROR, "ERR_CRYPTO_INVALID_KEYLEN",
                                          "Supplied key is too small"));
    else if (check & DH_CHECK_PUBKEY_TOO_LARGE)
      r = js_throw(rt, crypto_coded_error(rt, JS_RANGE_ERROR, "ERR_CRYPTO_INVALID_KEYLEN",
                                          "Supplied key is too large"));
    else
      r = js_throw(rt, crypto_coded_error(rt, JS_RANGE_ERROR, "ERR_CRYPTO_INVALID_KEYTYPE",
                                          "Invalid key type"));
    ERR_clear_error();
  }
  BN_free(key);
  free(out);
  return r;
}

// --- ECDH -------------------------------------------------------------------------

static int curve_nid(JsRt *rt, int argc, JsValue *argv, int i) {
  return OBJ_sn2nid(js_cstr(rt, js_arg(argc, argv, i)));
}

static JsValue invalid_curve(JsRt *rt) {
  return js_throw(rt, crypto_coded_error(rt, JS_TYPE_ERROR, "ERR_CRYPTO_INVALID_CURVE",
                                         "Invalid EC curve name"));
}

// The point in argument [i] on [group], or NULL.
static EC_POINT *arg_point(const EC_GROUP *group, int argc, JsValue *argv, int i) {
  size_t n;
  const uint8_t *p = crypto_arg_bytes(argc, argv, i, &n);
  EC_POINT *pt = EC_POINT_new(group);
  if (!EC_POINT_oct2point(group, pt, p, n, NULL)) {
    EC_POINT_free(pt);
    return NULL;
  }
  return pt;
}

static JsValue point_bytes(JsRt *rt, const EC_GROUP *group, const EC_POINT *pt, int form) {
  size_t n = EC_POINT_point2oct(group, pt, (point_conversion_form_t)form, NULL, 0, NULL);
  if (!n)
    return throw_failed(rt, "Failed to get public key length");
  unsigned char *buf = malloc(n);
  EC_POINT_point2oct(group, pt, (point_conversion_form_t)form, buf, n, NULL);
  JsValue r = crypto_new_bytes(rt, buf, n);
  free(buf);
  return r;
}

static Box *ec_box(int argc, JsValue *argv) {
  Box *b = box_of(argc, argv);
  return b && b->ec ? b : NULL;
}

static JsValue crypto_ecdh_new(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  int nid = curve_nid(rt, argc, argv, 0);
  if (nid == NID_undef)
    return invalid_curve(rt);
  EC_KEY *ec = EC_KEY_new_by_curve_name(nid);
  if (!ec)
    return throw_failed(rt, "Failed to create key using named curve");
  return box_new(rt, NULL, ec);
}

static JsValue crypto_ecdh_generate_keys(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                         JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Box *b = ec_box(argc, argv);
  if (!b)
    return bad_box(rt);
  if (!EC_KEY_generate_key(b->ec))
    return throw_failed(rt, "Failed to generate key");
  return JS_UNDEFINED;
}

// ecdhGetKey(handle, form): form 0 is the private key, else the public
// key in that point conversion form.
static JsValue crypto_ecdh_get_key(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Box *b = ec_box(argc, argv);
  if (!b)
    return bad_box(rt);
  int form = (int)js_get_number(js_arg(argc, argv, 1));
  if (!form) {
    const BIGNUM *priv = EC_KEY_get0_private_key(b->ec);
    return priv ? bn_bytes(rt, priv, 0) : throw_failed(rt, "Failed to get ECDH private key");
  }
  const EC_POINT *pub = EC_KEY_get0_public_key(b->ec);
  if (!pub)
    return throw_failed(rt, "Failed to get ECDH public key");
  return point_bytes(rt, EC_KEY_get0_group(b->ec), pub, form);
}

// ecdhSetPrivateKey(handle, bytes): also derives the public key.
static JsValue crypto_ecdh_set_private_key(JsRt *rt, JsValue callee, JsValue this_val,
                                           int argc, JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Box *b = ec_box(argc, argv);
  if (!b)
    return bad_box(rt);
  const EC_GROUP *group = EC_KEY_get0_group(b->ec);
  BIGNUM *priv = arg_bn(argc, argv, 1);
  if (BN_cmp(priv, BN_value_one()) < 0 || BN_cmp(priv, EC_GROUP_get0_order(group)) >= 0) {
    BN_free(priv);
    return js_throw(rt, crypto_coded_error(rt, JS_RANGE_ERROR, "ERR_CRYPTO_INVALID_KEYTYPE",
                                           "Private key is not valid for specified curve."));
  }
  EC_KEY *key = EC_KEY_dup(b->ec);
  EC_POINT *pub = EC_POINT_new(group);
  bool ok = EC_KEY_set_private_key(key, priv) &&
            EC_POINT_mul(group, pub, priv, NULL, NULL, NULL) &&
            EC_KEY_set_public_key(key, pub);
  BN_free(priv);
  EC_POINT_free(pub);
  if (!ok) {
    EC_KEY_free(key);
    return throw_failed(rt, "Failed to generate ECDH public key");
  }
  EC_KEY_free(b->ec);
  b->ec = key;
  return JS_UNDEFINED;
}

static JsValue crypto_ecdh_set_public_key(JsRt *rt, JsValue callee, JsValue this_val,
                                          int argc, JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Box *b = ec_box(argc, argv);
  if (!b)
    return bad_box(rt);
  EC_POINT *pub = arg_point(EC_KEY_get0_group(b->ec), argc, argv, 1);
  if (!pub)
    return throw_failed(rt, "Failed to convert Buffer to EC_POINT");
  int ok = EC_KEY_set_public_key(b->ec, pub);
  EC_POINT_free(pub);
  return ok ? JS_UNDEFINED : throw_failed(rt, "Failed to set EC_POINT as the public key");
}

// ecdhComputeSecret(handle, otherPublicKey) -> the secret, or the string
// 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY' (as node's binding answers).
static JsValue crypto_ecdh_compute_secret(JsRt *rt, JsValue callee, JsValue this_val,
                                          int argc, JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  Box *b = ec_box(argc, argv);
  if (!b)
    return bad_box(rt);
  if (EC_KEY_check_key(b->ec) != 1) {
    ERR_clear_error();
    return js_throw(rt, crypto_coded_error(rt, JS_RANGE_ERROR, "ERR_CRYPTO_INVALID_KEYPAIR",
                                           "Invalid key pair"));
  }
  const EC_GROUP *group = EC_KEY_get0_group(b->ec);
  EC_POINT *pub = arg_point(group, argc, argv, 1);
  if (!pub) {
    ERR_clear_error();
    return js_new_cstring(rt, "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY");
  }
  size_t len = ((size_t)EC_GROUP_get_degree(group) + 7) / 8;
  unsigned char *out = malloc(len);
  int n = ECDH_compute_key(out, len, pub, b->ec, NULL);
  EC_POINT_free(pub);
  JsValue r = n > 0 ? crypto_new_bytes(rt, out, len)
                     : throw_failed(rt, "Failed to compute ECDH key");
  free(out);
  return r;
}

// ecdhConvertKey(bytes, curve, form).
static JsValue crypto_ecdh_convert_key(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                       JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  size_t n;
  crypto_arg_bytes(argc, argv, 0, &n);
  if (!n)
    return crypto_new_bytes(rt, "", 0);
  int nid = curve_nid(rt, argc, argv, 1);
  if (nid == NID_undef)
    return invalid_curve(rt);
  EC_GROUP *group = EC_GROUP_new_by_curve_name(nid);
  if (!group)
    return throw_failed(rt, "Failed to get EC_GROUP");
  EC_POINT *pt = arg_point(group, argc, argv, 0);
  JsValue r = pt ? point_bytes(rt, group, pt, (int)js_get_number(js_arg(argc, argv, 2)))
                 : throw_failed(rt, "Failed to convert Buffer to EC_POINT");
  EC_POINT_free(pt);
  EC_GROUP_free(group);
  return r;
}

// --- crypto.diffieHellman({ privateKey, publicKey }) ---------------------------------

// statelessDh(privateDer, publicDer, publicIsPrivate) -> the shared secret
// (for DH keys padded to the prime's size, as node does).
static JsValue crypto_stateless_dh(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                   JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  size_t an, bn;
  const unsigned char *a = crypto_arg_bytes(argc, argv, 0, &an);
  const unsigned char *b = crypto_arg_bytes(argc, argv, 1, &bn);
  EVP_PKEY *ours = d2i_AutoPrivateKey(NULL, &a, (long)an);
  EVP_PKEY *theirs = js_truthy(rt, js_arg(argc, argv, 2)) ? d2i_AutoPrivateKey(NULL, &b, (long)bn)
                                                          : d2i_PUBKEY(NULL, &b, (long)bn);
  EVP_PKEY_CTX *pc = ours ? EVP_PKEY_CTX_new(ours, NULL) : NULL;
  size_t len = 0;
  unsigned char *out = NULL;
  bool ok = pc && theirs && EVP_PKEY_derive_init(pc) > 0 &&
            EVP_PKEY_derive_set_peer(pc, theirs) > 0 && EVP_PKEY_derive(pc, NULL, &len) > 0;
  if (ok) {
    size_t size = EVP_PKEY_get_base_id(ours) == EVP_PKEY_DH ? (size_t)EVP_PKEY_get_size(ours)
                                                             : len;
    out = calloc(1, (size > len ? size : len) + 1);
    ok = EVP_PKEY_derive(pc, out, &len) > 0;
    if (ok && size > len) {  // DH: zeros in front up to the prime's size
      memmove(out + (size - len), out, len);
      memset(out, 0, size - len);
      len = size;
    }
  }
  JsValue r = ok ? crypto_new_bytes(rt, out, len)
                 : js_throw(rt, crypto_openssl_error(rt, ERR_get_error()));
  free(out);
  EVP_PKEY_CTX_free(pc);
  EVP_PKEY_free(ours);
  EVP_PKEY_free(theirs);
  return r;
}

// --- the binding ----------------------------------------------------------------------

static const JsNativeDef crypto_dh_funcs[] = {
    JS_FN("dhNew", crypto_dh_new, 2),
    JS_FN("dhGroup", crypto_dh_group, 1),
    JS_FN("dhGenerateKeys", crypto_dh_generate_keys, 1),
    JS_FN("dhGet", crypto_dh_get, 2),
    JS_FN("dhSetKey", crypto_dh_set_key, 3),
    JS_FN("dhComputeSecret", crypto_dh_compute_secret, 2),
    JS_FN("ecdhNew", crypto_ecdh_new, 1),
    JS_FN("ecdhGenerateKeys", crypto_ecdh_generate_keys, 1),
    JS_FN("ecdhGetKey", crypto_ecdh_get_key, 2),
    JS_FN("ecdhSetPrivateKey", crypto_ecdh_set_private_key, 2),
    JS_FN("ecdhSetPublicKey", crypto_ecdh_set_public_key, 2),
    JS_FN("ecdhComputeSecret", crypto_ecdh_compute_secret, 2),
    JS_FN("ecdhConvertKey", crypto_ecdh_convert_key, 3),
    JS_FN("statelessDh", crypto_stateless_dh, 3),
};

JsValue js_binding_crypto_dh(JsRt *rt);  // bindings.c looks it up by name
JsValue js_binding_crypto_dh(JsRt *rt) {
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, crypto_dh_funcs);
  return b;
}
