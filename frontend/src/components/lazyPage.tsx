import { isValidElement, lazy, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';

/** Starts loading a lazy page's chunk before it is rendered. */
type Preload = () => Promise<unknown>;

/**
 * A named export of a module as its own chunk, loaded on first render (React.lazy, so the layout's Suspense shows
 * a loading text meanwhile). Its `preload` loads the chunk sooner; a page loaded before it is first rendered is
 * rendered at once, without the loading text.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound; the props stay those of M[K]
  type Page = M[K] & ComponentType<any>;
  let loaded: Page | undefined;
  const preload = async (): Promise<Page> => (loaded ??= (await load())[name] as Page);
  const Lazy = lazy(async () => ({ default: await preload() }));
  function LazyPage(props: ComponentProps<Page>) {
    // Chosen once per element, so the page is never swapped for another component (and remounted) later.
    const [Component] = useState<ComponentType<ComponentProps<Page>>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(LazyPage, { preload: preload as Preload });
}

/** Loads every lazy page in an element tree (a route's element with its wrappers and children). */
export function preloadPages(node: ReactNode): Promise<unknown> {
  if (Array.isArray(node)) return Promise.all(node.map(preloadPages));
  if (!isValidElement<{ children?: ReactNode }>(node)) return Promise.resolve();
  const type = node.type as { preload?: Preload };
  return Promise.all([typeof type.preload === 'function' ? type.preload() : undefined, preloadPages(node.props.children)]);
}
