// SPDX-License-Identifier: MIT
//
// os.c: the natives of require('kiln:os') (see stdlib/node/bindings.c).
// Not written yet: the binding is an empty object.
#include "internal.h"

JsValue js_binding_os(JsRt *rt) { return js_new_object(rt); }
