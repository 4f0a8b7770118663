import { lazy, type ComponentType } from 'react';

/** A named export of a module, loaded on first render as its own chunk (React.lazy wants a default export). */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound; the props stay those of M[K]
  return lazy(async () => ({ default: (await load())[name] as M[K] & ComponentType<any> }));
}
