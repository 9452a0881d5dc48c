export default class Shape {
  constructor(public sides = 3) {}
  toString() { return `Shape(${this.sides})`; }
}
export const unit = new Shape(4);
export let counter = 0;
export function bump() { counter++; return counter; }
