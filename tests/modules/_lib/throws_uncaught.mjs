console.log('uncaught module runs'); export const x = 1; throw new TypeError('module failed');
