// SPDX-License-Identifier: MIT
//
// zlib.c: the natives of require('kiln:zlib') (see stdlib/node/bindings.c).
// Not written yet: the binding is an empty object.
#include "internal.h"

JsValue js_binding_zlib(JsRt *rt) { return js_new_object(rt); }
