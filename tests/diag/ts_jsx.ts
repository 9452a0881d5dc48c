// ts_jsx.ts: JSX (in a .tsx file) is out of scope: a clear error at the
// first element, not a confusing parse error.
import { App } from "./_ts_jsx/view";
console.log(App({ name: "x" }));
