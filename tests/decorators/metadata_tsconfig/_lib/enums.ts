export enum Role { Admin = 'admin', User = 'user' }
export enum Level { Low, High }
export enum Mixed { A = 1, B = 'b' }
export const Plain = { x: 1 };
