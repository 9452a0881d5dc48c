import { Priority, Limits, type Task, type Filter } from "./types.js";

function trace(label: string) {
  return function <T extends (this: any, ...a: any[]) => any>(fn: T, ctx: ClassMethodDecoratorContext) {
    return function (this: any, ...args: any[]) {
      TaskStore.calls.push(`${label}:${String(ctx.name)}`);
      return fn.apply(this, args);
    } as unknown as T;
  };
}

export class TaskStore {
  static calls: string[] = [];
  tasks: Task[] = [];
  next = 1;
  declare readonly kind: string;
  title?: string;

  @trace("w")
  add(title: string, priority: Priority = Priority.Normal): Task {
    if (title.length > Limits.MaxTitle) throw new RangeError(`title longer than ${Limits.MaxTitle}`);
    const t = { id: this.next++, title, done: false, priority };
    this.tasks.push(t);
    return t;
  }

  @trace("w")
  complete(id: number) {
    const t = this.tasks.find((x) => x.id === id);
    if (t) t.done = true;
    return !!t;
  }

  @trace("r")
  query(...filters: Filter[]): Task[] {
    return this.tasks.filter((t) => filters.every((f) => f(t)));
  }
}

export default TaskStore;
export const byPriority = (p: Priority): Filter => (t) => t.priority >= p;
