import { isValidElement, lazy, type ComponentType, type ReactNode } from 'react';

/** Starts loading a lazy page's chunk before it is rendered. */
type Preload = () => Promise<unknown>;

/**
 * A named export of a module, loaded on first render as its own chunk (React.lazy wants a default export); its
 * `preload` starts loading the chunk sooner.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound; the props stay those of M[K]
  const page = lazy(async () => ({ default: (await load())[name] as M[K] & ComponentType<any> }));
  return Object.assign(page, { preload: load as Preload });
}

/** Starts loading every lazy page in an element tree (a route's element with its wrappers and children). */
export function preloadPages(node: ReactNode): void {
  if (Array.isArray(node)) {
    node.forEach(preloadPages);
    return;
  }
  if (!isValidElement<{ children?: ReactNode }>(node)) return;
  const type = node.type as { preload?: Preload };
  if (typeof type.preload === 'function') void type.preload();
  preloadPages(node.props.children);
}
