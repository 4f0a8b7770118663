import { Suspense } from 'react';
import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { Button, SkipLink } from '@digdir/designsystemet-react';
import { useAuth } from '../../auth/AuthContext';
import { menuFor } from './menu';
import { ActiveMenuProvider, useActiveMenuParent } from './activeMenu';
import { felles } from '../tekster';

const MAIN_ID = 'hovedinnhold';

/** Moves focus to the new page's heading after client-side navigation (not on first load). */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = document.getElementById('sideoverskrift') ?? document.getElementById(MAIN_ID);
    target?.focus();
  }, [pathname]);
}

export function AppLayout() {
  return (
    <ActiveMenuProvider>
      <Layout />
    </ActiveMenuProvider>
  );
}

function Layout() {
  const { user, logout } = useAuth();
  const items = menuFor(user.roles);
  // a detail page (agreement, application, person …) keeps the menu item it belongs under marked
  const parent = useActiveMenuParent();
  useFocusOnNavigation();

  return (
    <div className="bta-app">
      <SkipLink href={`#${MAIN_ID}`}>{felles.layout.hoppTil}</SkipLink>
      <header className="bta-header">
        <div className="bta-header__inner">
          <NavLink to="/" className="bta-header__title">
            BTA <span className="bta-header__subtitle">{felles.layout.undertittel}</span>
          </NavLink>
          <div className="bta-header__user">
            <span>
              <span className="bta-visually-hidden">{felles.layout.innloggetSom}</span>
              {user.name}
            </span>
            <Button variant="secondary" data-size="sm" onClick={logout}>
              {felles.layout.loggUt}
            </Button>
          </div>
        </div>
        <nav aria-label={felles.layout.arbeidsomrader} className="bta-nav">
          <ul>
            {items.map((item) => (
              <li key={item.path}>
                {parent === item.path ? (
                  <Link to={item.path} aria-current="page" className="active">
                    {item.label}
                  </Link>
                ) : (
                  <NavLink to={item.path}>{item.label}</NavLink>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="bta-main">
        <Suspense fallback={<p role="status">Laster siden …</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
