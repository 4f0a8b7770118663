import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';

interface ActiveMenu {
  /** The menu item a detail page belongs under, for the page at `pathname`. */
  parent: { pathname: string; path: string } | null;
  setParent: (parent: { pathname: string; path: string } | null) => void;
}

const ActiveMenuContext = createContext<ActiveMenu>({ parent: null, setParent: () => {} });

/** Holds which menu item the page shown belongs under (set by its breadcrumbs), so the menu keeps it marked. */
export function ActiveMenuProvider({ children }: { children: ReactNode }) {
  const [parent, setParent] = useState<ActiveMenu['parent']>(null);
  return <ActiveMenuContext.Provider value={{ parent, setParent }}>{children}</ActiveMenuContext.Provider>;
}

/** The menu path a detail page named as its parent, while that page is shown. */
export function useActiveMenuParent(): string | null {
  const { parent } = useContext(ActiveMenuContext);
  const { pathname } = useLocation();
  return parent && parent.pathname === pathname ? parent.path : null;
}

/** A detail page names the menu item it belongs under (its first breadcrumb). */
export function useMenuParent(path: string | undefined) {
  const { setParent } = useContext(ActiveMenuContext);
  const { pathname } = useLocation();
  useEffect(() => {
    if (!path) return undefined;
    setParent({ pathname, path });
    return () => setParent(null);
  }, [path, pathname, setParent]);
}
