// An ES module TypeScript file: import = require through createRequire,
// JSON via require, top-level await, enums and namespaces exported.
import { createRequire } from 'node:module';
import path = require('node:path');
import * as os from 'node:os';
const require = createRequire(import.meta.url);
const pkgish: { name?: string } = require('node:util').inspect ? { name: 'util-ok' } : {};

export enum Level { Low = 1, High = 10 }
export namespace Config {
  export const defaults = { level: Level.Low, name: 'cfg' } as const;
  export function merge<T extends object>(a: T, b: Partial<T>): T { return { ...a, ...b }; }
}

const wait = (ms: number) => new Promise<number>((r) => setTimeout(() => r(ms), ms));
const got = await wait(2);
console.log(got, path.posix.join('a', 'b'), typeof os.EOL, pkgish.name);
console.log(Config.merge(Config.defaults, { level: Level.High }), Level[10]);
console.log(typeof import.meta.url, import.meta.url.startsWith('file:'));
