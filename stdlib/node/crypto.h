// SPDX-License-Identifier: MIT
//
// crypto.h: what crypto.c shares with the other natives of node's crypto
// (crypto_dh.c: Diffie-Hellman, ECDH and primes; crypto_x509.c: certificates).
#ifndef KILN_STDLIB_NODE_CRYPTO_H
#define KILN_STDLIB_NODE_CRYPTO_H

#include "internal.h"

// The bytes of argument [i] (ArrayBuffer or typed array; anything else is
// empty: the JS side validates first).
const uint8_t *crypto_arg_bytes(int argc, JsValue *argv, int i, size_t *len);

// A new Uint8Array holding a copy of [n] bytes at [data].
JsValue crypto_new_bytes(JsRt *rt, const void *data, size_t n);

// OpenSSL error [e] as node throws it (message, library, reason, code).
// Clears the queue.
JsValue crypto_openssl_error(JsRt *rt, unsigned long e);

// Node's own crypto errors: an Error of class [type] with `code`.
JsValue crypto_coded_error(JsRt *rt, JsErrorKind kind, const char *code, const char *msg);

// A new DH key pair from argument [i] (group name, prime bytes or prime
// length) and generator argument [i+1]; NULL with OpenSSL's error queued.
typedef struct evp_pkey_st EVP_PKEY;
EVP_PKEY *crypto_dh_generate(JsRt *rt, int argc, JsValue *argv, int i);

#endif
