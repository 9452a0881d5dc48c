// SPDX-License-Identifier: MIT
//
// stdio.c: the natives of require('kiln:stdio') (see stdlib/node/bindings.c).
// Not written yet: the binding is an empty object.
#include "internal.h"

JsValue js_binding_stdio(JsRt *rt) { return js_new_object(rt); }
