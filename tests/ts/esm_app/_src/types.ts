export interface Task { id: number; title: string; done: boolean; priority: Priority }
export type Filter = (t: Task) => boolean;
export enum Priority { Low, Normal, High }
export const enum Limits { MaxTitle = 20 }
