console.log('throws.mjs runs'); throw new Error('boom');
