// colors.ts: enums shared across the project's files.
export enum Color { Red = "red", Green = "green" }
export enum Priority { Low = 1, Mid, High }
export const enum Limits { Max = Priority.High * 10 }
export function pick(p: Priority): Color { return p >= Priority.Mid ? Color.Red : Color.Green; }
