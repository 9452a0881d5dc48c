// SPDX-License-Identifier: MIT
//
// fs.c: the natives of require('kiln:fs') (see stdlib/node/bindings.c).
// Not written yet: the binding is an empty object.
#include "internal.h"

JsValue js_binding_fs(JsRt *rt) { return js_new_object(rt); }
