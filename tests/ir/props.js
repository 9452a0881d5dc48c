// Property and element access, delete, in, instanceof.
'use strict';
const o = { x: 1, [Symbol.iterator]: null };
o.y = o.x;
o['z'] = o[1];
delete o.y;
const has = 'x' in o && o instanceof Object;
