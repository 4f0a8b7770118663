import { menuItems } from './layout/menu';

export interface Crumb {
  label: string;
  /** Where the crumb leads; the last crumb is the page itself and needs none. */
  to?: string;
}

/**
 * The menu item at `path` as the first crumb (its label as the menu says it). Apart from Breadcrumbs.tsx, so that a
 * link that only builds crumbs does not load Designsystemet's web components with the first page.
 */
export function menuCrumb(path: string): Crumb {
  const item = menuItems.find((m) => m.path === path.split('?')[0]);
  return { label: item?.label ?? path, to: path };
}
