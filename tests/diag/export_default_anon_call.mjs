// export_default_anon_call.mjs: `export default function () {}` is a
// declaration; `()` after it is an empty parenthesized expression.
export default function () {}();
