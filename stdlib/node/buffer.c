// SPDX-License-Identifier: MIT
//
// buffer.c: the natives of require('kiln:buffer') (see stdlib/node/bindings.c).
// Not written yet: the binding is an empty object.
#include "internal.h"

JsValue js_binding_buffer(JsRt *rt) { return js_new_object(rt); }
