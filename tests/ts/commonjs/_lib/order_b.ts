console.log("order_b: loaded (a side-effect import)");
