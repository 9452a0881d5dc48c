console.log("order_a: loaded");
export function log(msg: string) { console.log(msg); }
