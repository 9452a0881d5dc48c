// SPDX-License-Identifier: MIT
//
// crypto_x509.c: the natives of require('kiln:crypto_x509'), node's
// X509Certificate over OpenSSL's X509: parse PEM or DER, describe the
// certificate in node's text forms (names one per line, OpenSSL's dates,
// colon-separated fingerprints, the subjectAltName list), check host, email
// and IP, verify a signature and an issuer. stdlib/node/internal_crypto_x509.js
// does node's API surface.
//
// A certificate is a null-prototype JS object whose `internal` is a Cert
// (GC memory with a finalizer that frees the X509).
#include "crypto.h"

#include <gc.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdlib.h>
#include <string.h>

enum { CERT_MAGIC = 0x6b583539 };

typedef struct Cert {
  uint32_t magic;
  X509 *x509;
} Cert;

static void cert_finalize(void *obj, void *data) {
  (void)data;
  Cert *c = obj;
  X509_free(c->x509);
  c->x509 = NULL;
}

static X509 *cert_arg(int argc, JsValue *argv, int i) {
  JsValue v = js_arg(argc, argv, i);
  if (js_class_of(v) != JS_CLASS_OBJECT)
    return NULL;
  Cert *c = js_obj(v)->internal;
  return c && c->magic == CERT_MAGIC ? c->x509 : NULL;
}

static JsValue bad_cert(JsRt *rt) {
  return js_throw_error(rt, JS_TYPE_ERROR, "kiln:crypto_x509: not a certificate");
}

// x509Parse(bytes) -> handle: PEM first, then DER; PEM's error when both fail.
static JsValue crypto_x509_parse(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  size_t n;
  const uint8_t *p = crypto_arg_bytes(argc, argv, 0, &n);
  ERR_clear_error();
  BIO *bio = BIO_new_mem_buf(p, (int)n);
  X509 *x = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
  BIO_free(bio);
  if (!x) {
    unsigned long pem_err = ERR_peek_error();
    const unsigned char *q = p;
    x = d2i_X509(NULL, &q, (long)n);
    if (!x)
      return js_throw(rt, crypto_openssl_error(rt, pem_err));
  }
  ERR_clear_error();
  Cert *c = js_gc_alloc(sizeof(Cert));
  c->magic = CERT_MAGIC;
  c->x509 = x;
  GC_register_finalizer_no_order(c, cert_finalize, NULL, NULL, NULL);
  JsObject *o = js_new_object_class(rt, JS_NULL, JS_CLASS_OBJECT);
  o->internal = c;
  return js_obj_value(o);
}

// The text a memory BIO collected, as a string (undefined when empty and
// [empty_undefined]); frees the BIO.
static JsValue bio_text(JsRt *rt, BIO *bio, bool empty_undefined) {
  char *data;
  long n = BIO_get_mem_data(bio, &data);
  JsValue r = JS_UNDEFINED;
  if (n > 0 || !empty_undefined) {
    char *s = malloc((size_t)n + 1);
    memcpy(s, data, (size_t)n);
    s[n] = 0;
    r = js_new_cstring(rt, s);
    free(s);
  }
  BIO_free(bio);
  return r;
}

static void set(JsRt *rt, JsValue o, const char *name, JsValue v) {
  js_define_field(rt, o, js_atom_cstr(rt, name), v);
}

static JsValue name_text(JsRt *rt, const X509_NAME *name) {
  BIO *bio = BIO_new(BIO_s_mem());
  X509_NAME_print_ex(bio, name, 0,
                     ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_UTF8_CONVERT |
                         XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN);
  return bio_text(rt, bio, false);
}

static JsValue time_text(JsRt *rt, const ASN1_TIME *t) {
  BIO *bio = BIO_new(BIO_s_mem());
  ASN1_TIME_print(bio, t);
  return bio_text(rt, bio, false);
}

static JsValue fingerprint(JsRt *rt, X509 *x, const EVP_MD *md) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  X509_digest(x, md, buf, &n);
  char text[EVP_MAX_MD_SIZE * 3 + 1];
  static const char hex[] = "0123456789ABCDEF";
  for (unsigned int i = 0; i < n; i++) {
    text[i * 3] = hex[buf[i] >> 4];
    text[i * 3 + 1] = hex[buf[i] & 15];
    text[i * 3 + 2] = i + 1 < n ? ':' : 0;
  }
  if (!n)
    text[0] = 0;
  return js_new_cstring(rt, text);
}

// One subjectAltName entry as node prints it ("DNS:x", "IP Address:1.2.3.4").
static void print_general_name(BIO *bio, const GENERAL_NAME *gen) {
  switch (gen->type) {
  case GEN_DNS:
    BIO_printf(bio, "DNS:%.*s", gen->d.dNSName->length, gen->d.dNSName->data);
    break;
  case GEN_EMAIL:
    BIO_printf(bio, "email:%.*s", gen->d.rfc822Name->length, gen->d.rfc822Name->data);
    break;
  case GEN_URI:
    BIO_printf(bio, "URI:%.*s", gen->d.uniformResourceIdentifier->length,
               gen->d.uniformResourceIdentifier->data);
    break;
  default:  // IP addresses, directory names, registered ids: OpenSSL's text
    GENERAL_NAME_print(bio, (GENERAL_NAME *)gen);
    break;
  }
}

static JsValue alt_names(JsRt *rt, X509 *x) {
  GENERAL_NAMES *names = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
  if (!names)
    return JS_UNDEFINED;
  BIO *bio = BIO_new(BIO_s_mem());
  for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
    if (i)
      BIO_puts(bio, ", ");
    print_general_name(bio, sk_GENERAL_NAME_value(names, i));
  }
  GENERAL_NAMES_free(names);
  return bio_text(rt, bio, false);
}

// infoAccess: "OCSP - URI:http://...\n" lines, as OpenSSL prints the extension.
static JsValue info_access(JsRt *rt, X509 *x) {
  int i = X509_get_ext_by_NID(x, NID_info_access, -1);
  if (i < 0)
    return JS_UNDEFINED;
  AUTHORITY_INFO_ACCESS *aia = X509_get_ext_d2i(x, NID_info_access, NULL, NULL);
  if (!aia)
    return JS_UNDEFINED;
  BIO *bio = BIO_new(BIO_s_mem());
  for (int k = 0; k < sk_ACCESS_DESCRIPTION_num(aia); k++) {
    ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(aia, k);
    char oid[128];
    OBJ_obj2txt(oid, sizeof oid, ad->method, 0);
    BIO_printf(bio, "%s - ", oid);
    print_general_name(bio, ad->location);
    BIO_puts(bio, "\n");
  }
  AUTHORITY_INFO_ACCESS_free(aia);
  return bio_text(rt, bio, false);
}

// keyUsage in node: the extended key usage OIDs, or undefined.
static JsValue ext_key_usage(JsRt *rt, X509 *x) {
  EXTENDED_KEY_USAGE *eku = X509_get_ext_d2i(x, NID_ext_key_usage, NULL, NULL);
  if (!eku)
    return JS_UNDEFINED;
  JsValue arr = js_new_array(rt, 0);
  for (int i = 0; i < sk_ASN1_OBJECT_num(eku); i++) {
    char oid[128];
    OBJ_obj2txt(oid, sizeof oid, sk_ASN1_OBJECT_value(eku, i), 1);
    js_array_push(rt, arr, js_new_cstring(rt, oid));
  }
  EXTENDED_KEY_USAGE_free(eku);
  return arr;
}

// A name's entries as [shortName, value, ...] (toLegacyObject's objects).
static JsValue name_parts(JsRt *rt, const X509_NAME *name) {
  JsValue arr = js_new_array(rt, 0);
  for (int i = 0; i < X509_NAME_entry_count(name); i++) {
    X509_NAME_ENTRY *e = X509_NAME_get_entry(name, i);
    int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(e));
    unsigned char *utf8 = NULL;
    if (nid == NID_undef || ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(e)) < 0)
      continue;
    js_array_push(rt, arr, js_new_cstring(rt, OBJ_nid2sn(nid)));
    js_array_push(rt, arr, js_new_cstring(rt, (const char *)utf8));
    OPENSSL_free(utf8);
  }
  return arr;
}

static void set_bn_hex(JsRt *rt, JsValue o, const char *name, const BIGNUM *bn, bool prefix) {
  char *hex = BN_bn2hex(bn);
  char *text = hex;
  if (prefix) {  // "0x10001": lower case, no leading zeros
    size_t n = strlen(hex);
    text = malloc(n + 3);
    const char *h = hex;
    while (h[0] == '0' && h[1])
      h++;
    snprintf(text, n + 3, "0x%s", h);
    for (char *c = text + 2; *c; c++)
      *c = (char)(*c >= 'A' && *c <= 'F' ? *c + 32 : *c);
  }
  set(rt, o, name, js_new_cstring(rt, text));
  if (prefix)
    free(text);
  OPENSSL_free(hex);
}

// toLegacyObject's key fields: RSA modulus, bits, exponent, pubkey (SPKI);
// EC bits, pubkey (the point), asn1Curve, nistCurve.
static JsValue legacy_key(JsRt *rt, X509 *x) {
  JsValue o = js_new_object(rt);
  EVP_PKEY *pk = X509_get0_pubkey(x);
  BIGNUM *n = NULL, *e = NULL;
  if (pk && EVP_PKEY_get_bn_param(pk, "n", &n) && EVP_PKEY_get_bn_param(pk, "e", &e)) {
    set_bn_hex(rt, o, "modulus", n, false);
    set(rt, o, "bits", js_int(BN_num_bits(n)));
    set_bn_hex(rt, o, "exponent", e, true);
    unsigned char *der = NULL;
    int len = i2d_PUBKEY(pk, &der);
    set(rt, o, "pubkey", crypto_new_bytes(rt, der, len > 0 ? (size_t)len : 0));
    OPENSSL_free(der);
  } else if (pk && EVP_PKEY_get_base_id(pk) == EVP_PKEY_EC) {
    char curve[64] = "";
    EVP_PKEY_get_utf8_string_param(pk, "group", curve, sizeof curve, NULL);
    int nid = OBJ_sn2nid(curve);
    set(rt, o, "bits", js_int(EVP_PKEY_get_bits(pk)));
    unsigned char point[256];
    size_t len = 0;
    EVP_PKEY_get_octet_string_param(pk, "encoded-pub-key", point, sizeof point, &len);
    set(rt, o, "pubkey", crypto_new_bytes(rt, point, len));
    if (nid != NID_undef) {
      set(rt, o, "asn1Curve", js_new_cstring(rt, OBJ_nid2sn(nid)));
      const char *nist = EC_curve_nid2nist(nid);
      if (nist)
        set(rt, o, "nistCurve", js_new_cstring(rt, nist));
    }
  }
  BN_free(n);
  BN_free(e);
  ERR_clear_error();
  return o;
}

static JsValue serial_text(JsRt *rt, X509 *x) {
  BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
  char *hex = BN_bn2hex(bn);
  JsValue r = js_new_cstring(rt, hex);
  OPENSSL_free(hex);
  BN_free(bn);
  return r;
}

// x509Info(handle) -> { subject, issuer, subjectAltName, infoAccess,
// validFrom, validTo, serialNumber, fingerprint, fingerprint256,
// fingerprint512, keyUsage, ca, raw, pem, spki, subjectParts, issuerParts,
// legacyKey }.
static JsValue crypto_x509_info(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  X509 *x = cert_arg(argc, argv, 0);
  if (!x)
    return bad_cert(rt);
  JsValue o = js_new_object(rt);
  set(rt, o, "subject", name_text(rt, X509_get_subject_name(x)));
  set(rt, o, "issuer", name_text(rt, X509_get_issuer_name(x)));
  set(rt, o, "subjectAltName", alt_names(rt, x));
  set(rt, o, "infoAccess", info_access(rt, x));
  set(rt, o, "validFrom", time_text(rt, X509_get0_notBefore(x)));
  set(rt, o, "validTo", time_text(rt, X509_get0_notAfter(x)));
  set(rt, o, "serialNumber", serial_text(rt, x));
  set(rt, o, "fingerprint", fingerprint(rt, x, EVP_sha1()));
  set(rt, o, "fingerprint256", fingerprint(rt, x, EVP_sha256()));
  set(rt, o, "fingerprint512", fingerprint(rt, x, EVP_sha512()));
  set(rt, o, "keyUsage", ext_key_usage(rt, x));
  set(rt, o, "ca", js_bool(X509_check_ca(x) == 1));
  set(rt, o, "subjectParts", name_parts(rt, X509_get_subject_name(x)));
  set(rt, o, "issuerParts", name_parts(rt, X509_get_issuer_name(x)));
  set(rt, o, "legacyKey", legacy_key(rt, x));
  unsigned char *der = NULL;
  int n = i2d_X509(x, &der);
  set(rt, o, "raw", crypto_new_bytes(rt, der, n > 0 ? (size_t)n : 0));
  OPENSSL_free(der);
  BIO *bio = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(bio, x);
  set(rt, o, "pem", bio_text(rt, bio, false));
  der = NULL;
  n = i2d_PUBKEY(X509_get0_pubkey(x), &der);
  set(rt, o, "spki", crypto_new_bytes(rt, der, n > 0 ? (size_t)n : 0));
  OPENSSL_free(der);
  ERR_clear_error();
  return o;
}

// x509Check(handle, kind, text, flags): kind 0 host, 1 email, 2 IP. The
// matched name (host), the text itself, undefined for no match, or null
// for a malformed IP.
static JsValue crypto_x509_check(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  X509 *x = cert_arg(argc, argv, 0);
  if (!x)
    return bad_cert(rt);
  int kind = (int)js_get_number(js_arg(argc, argv, 1));
  JsValue text = js_arg(argc, argv, 2);
  const char *s = js_cstr(rt, text);
  unsigned int flags = (unsigned int)js_get_number(js_arg(argc, argv, 3));
  char *peer = NULL;
  int r = kind == 0   ? X509_check_host(x, s, strlen(s), flags, &peer)
          : kind == 1 ? X509_check_email(x, s, strlen(s), flags)
                      : X509_check_ip_asc(x, s, flags);
  ERR_clear_error();
  if (r == -2)
    return JS_NULL;
  if (r != 1)
    return JS_UNDEFINED;
  if (peer) {
    JsValue v = js_new_cstring(rt, peer);
    OPENSSL_free(peer);
    return v;
  }
  return text;
}

// x509Verify(handle, spkiDer) -> whether the public key verifies the
// certificate's signature.
static JsValue crypto_x509_verify(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                  JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  X509 *x = cert_arg(argc, argv, 0);
  if (!x)
    return bad_cert(rt);
  size_t n;
  const unsigned char *p = crypto_arg_bytes(argc, argv, 1, &n);
  EVP_PKEY *pk = d2i_PUBKEY(NULL, &p, (long)n);
  int r = pk ? X509_verify(x, pk) : 0;
  EVP_PKEY_free(pk);
  ERR_clear_error();
  return js_bool(r == 1);
}

// x509CheckPrivateKey(handle, pkcs8Der) -> whether it is the certificate's key.
static JsValue crypto_x509_check_private_key(JsRt *rt, JsValue callee, JsValue this_val,
                                             int argc, JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  X509 *x = cert_arg(argc, argv, 0);
  if (!x)
    return bad_cert(rt);
  size_t n;
  const unsigned char *p = crypto_arg_bytes(argc, argv, 1, &n);
  EVP_PKEY *pk = d2i_AutoPrivateKey(NULL, &p, (long)n);
  int r = pk ? X509_check_private_key(x, pk) : 0;
  EVP_PKEY_free(pk);
  ERR_clear_error();
  return js_bool(r == 1);
}

// x509CheckIssued(handle, issuerHandle) -> whether the other certificate
// issued this one.
static JsValue crypto_x509_check_issued(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                        JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  X509 *x = cert_arg(argc, argv, 0), *issuer = cert_arg(argc, argv, 1);
  if (!x || !issuer)
    return bad_cert(rt);
  int r = X509_check_issued(issuer, x);
  ERR_clear_error();
  return js_bool(r == X509_V_OK);
}

static const JsNativeDef crypto_x509_funcs[] = {
    JS_FN("x509Parse", crypto_x509_parse, 1),
    JS_FN("x509Info", crypto_x509_info, 1),
    JS_FN("x509Check", crypto_x509_check, 4),
    JS_FN("x509Verify", crypto_x509_verify, 2),
    JS_FN("x509CheckPrivateKey", crypto_x509_check_private_key, 2),
    JS_FN("x509CheckIssued", crypto_x509_check_issued, 2),
};

JsValue js_binding_crypto_x509(JsRt *rt);  // bindings.c looks it up by name
JsValue js_binding_crypto_x509(JsRt *rt) {
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, crypto_x509_funcs);
  return b;
}
