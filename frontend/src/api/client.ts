import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen';
import { ApiError, parseProblem } from './problem';

export type ApiClient = Client<paths>;

export type TokenProvider = () => Promise<string>;

function newCorrelationId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`;
}

/**
 * The typed API client. Each request gets a fresh access token (refreshed when it has less
 * than 30 s left) and its own X-Correlation-Id, which the backend logs with the request.
 */
export function createApiClient(getToken: TokenProvider, baseUrl = window.location.origin): ApiClient {
  const client = createClient<paths>({ baseUrl });
  const auth: Middleware = {
    async onRequest({ request }) {
      const token = await getToken();
      request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('X-Correlation-Id', newCorrelationId());
      return request;
    },
  };
  client.use(auth);
  return client;
}

/** The shape openapi-fetch returns from every call. */
type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** Returns the data of a successful call; throws an ApiError (parsed problem+json) otherwise. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(parseProblem(error, response.status));
  }
  return data as T;
}
