// A non-Error reason is wrapped (ERR_UNHANDLED_REJECTION), exit code 1.
Promise.resolve().then(() => console.log('microtasks still run first'));
Promise.reject(42);
