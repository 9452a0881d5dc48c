export class Database { name = "db"; }
export class Cache { size = 0; }
export interface Options { verbose: boolean }
export enum Mode { Fast, Safe }
