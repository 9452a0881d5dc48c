// SPDX-License-Identifier: MIT
//
// child_process.c: the natives of require('kiln:spawn') (see stdlib/node/bindings.c).
// Not written yet: the binding is an empty object.
#include "internal.h"

JsValue js_binding_spawn(JsRt *rt) { return js_new_object(rt); }
