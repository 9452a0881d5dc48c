// SPDX-License-Identifier: MIT
//
// crypto.c: the natives of require('kiln:crypto') (see stdlib/node/bindings.c).
// Not written yet: the binding is an empty object.
#include "internal.h"

JsValue js_binding_crypto(JsRt *rt) { return js_new_object(rt); }
