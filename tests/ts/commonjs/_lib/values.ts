export let counter = 0;
export function increment() { counter++; return counter; }
export class Shape {
  constructor(private side: number) {}
  area() { return this.side * this.side; }
}
export default "values default";
export const helper = (n: number) => n + counter;
export enum Mode { Off, On }
export interface Unused { x: number }
export type Alias = string;
