import { defineMetadata, getOwnMetadata } from './meta.js';

export const enum HttpStatus {
  Ok = 200,
  Created = 201,
  BadRequest = 400,
  NotFound = 404,
  Teapot = 418,
}

export enum Method { Get = 'GET', Post = 'POST', Delete = 'DELETE' }

export interface RouteDef {
  method: Method;
  path: string;
  handler: string | symbol;
  params: string[];
}

export class HttpError extends Error {
  constructor(public readonly status: HttpStatus, message: string, public readonly detail?: unknown) {
    super(message);
    this.name = 'HttpError';
  }
}

export function Controller(prefix: string): ClassDecorator {
  return (target) => {
    defineMetadata('prefix', prefix, target);
  };
}

function route(method: Method) {
  return (path: string): MethodDecorator => (target, key, desc) => {
    const routes = getOwnMetadata<RouteDef[]>('routes', target.constructor) ?? [];
    const types = getOwnMetadata<Function[]>('design:paramtypes', target, key) ?? [];
    routes.push({ method, path, handler: key, params: types.map((t) => t.name) });
    defineMetadata('routes', routes, target.constructor);
    return desc;
  };
}

export const Get = route(Method.Get);
export const Post = route(Method.Post);
export const Delete = route(Method.Delete);
