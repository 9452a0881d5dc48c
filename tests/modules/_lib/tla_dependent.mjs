import { slow } from './tla_slow.mjs';
console.log('dependent: after slow,', slow);
export const dependent = slow + '+dep';
