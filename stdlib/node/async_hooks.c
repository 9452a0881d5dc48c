// SPDX-License-Identifier: MIT
//
// async_hooks.c: the natives of require('kiln:async_hooks'): read and set
// the async context (runtime/promise.c), the frame AsyncLocalStorage and
// AsyncResource (stdlib/node/async_hooks.js) keep their stores in. Promise
// reactions, nextTicks, queueMicrotask, timers and immediates run in the
// frame that was current when they were queued.
#include "internal.h"

static JsValue ah_get_context(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  (void)rt, (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target;
  return js_async_context();
}

// setContext(frame): returns the frame it replaces.
static JsValue ah_set_context(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  (void)rt, (void)callee, (void)this_val, (void)new_target;
  return js_async_context_swap(js_arg(argc, argv, 0));
}

static const JsNativeDef ah_funcs[] = {
    JS_FN("getContext", ah_get_context, 0),
    JS_FN("setContext", ah_set_context, 1),
};

JsValue js_binding_async_hooks(JsRt *rt) {
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, ah_funcs);
  return b;
}
