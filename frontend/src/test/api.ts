import {
  http,
  HttpResponse,
  type DefaultBodyType,
  type HttpResponseInit,
  type HttpResponseResolver,
  type JsonBodyType,
  type PathParams,
} from 'msw';
import type { components, paths } from '../api/schema.gen';

/*
 * MSW handlers typed from the contract: the path must exist in openapi.yaml, the request body
 * is the operation's JSON body, and the response must be one of the operation's documented
 * bodies (its JSON success body or a Problem).
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends undefined | never ? never : P;
}[keyof paths];
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Responses<O> = O extends { responses: infer R } ? R : never;
type BodyOf<R> = R extends { content: { 'application/json': infer B } }
  ? B
  : R extends { content: { 'application/problem+json': infer B } }
    ? B
    : never;
type ResponseBody<P extends keyof paths, M extends Method> = {
  [S in keyof Responses<Operation<P, M>>]: BodyOf<Responses<Operation<P, M>>[S]>;
}[keyof Responses<Operation<P, M>>] &
  DefaultBodyType;
type RequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B & DefaultBodyType : never;

type Resolver<P extends keyof paths, M extends Method> = HttpResponseResolver<PathParams, RequestBody<P, M>, ResponseBody<P, M>>;

/** `/api/facilities/{facilityId}` → `* /api/facilities/:facilityId` (any origin). */
function mswPath(path: string): string {
  return `*${path.replace(/\{(\w+)\}/g, ':$1')}`;
}

export const api = {
  get: <P extends PathsWith<'get'>>(path: P, resolver: Resolver<P, 'get'>) =>
    http.get<PathParams, RequestBody<P, 'get'>, ResponseBody<P, 'get'>>(mswPath(path), resolver),
  post: <P extends PathsWith<'post'>>(path: P, resolver: Resolver<P, 'post'>) =>
    http.post<PathParams, RequestBody<P, 'post'>, ResponseBody<P, 'post'>>(mswPath(path), resolver),
  put: <P extends PathsWith<'put'>>(path: P, resolver: Resolver<P, 'put'>) =>
    http.put<PathParams, RequestBody<P, 'put'>, ResponseBody<P, 'put'>>(mswPath(path), resolver),
};

/**
 * A JSON response. The handler (`api.get`/`api.post`) checks that the body is one the
 * operation documents; MSW's own `HttpResponse.json` infers its type only from context.
 */
export function json<B extends JsonBodyType>(body: B, init?: HttpResponseInit) {
  return HttpResponse.json<B>(body, init);
}

/** A problem+json response as the backend sends it. */
export function problem(body: components['schemas']['Problem']) {
  return HttpResponse.json<components['schemas']['Problem']>(body, {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
