import { Breadcrumbs as DsBreadcrumbs } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { useMenuParent } from './layout/activeMenu';
import type { Crumb } from './crumbs';
import { felles } from './tekster';

export { menuCrumb, type Crumb } from './crumbs';

/**
 * "Du er her" on every detail page: the menu item it belongs under first, then the pages above it, then the page
 * itself (marked as the current page). The first crumb also keeps that menu item marked in the menu.
 */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  useMenuParent(crumbs[0]?.to);
  return (
    <DsBreadcrumbs aria-label={felles.brodsmuler} className="bta-breadcrumbs">
      <DsBreadcrumbs.List>
        {crumbs.map((crumb, i) => {
          const current = i === crumbs.length - 1;
          return (
            <DsBreadcrumbs.Item key={`${crumb.label}-${i}`}>
              {current || !crumb.to ? (
                <span aria-current={current ? 'page' : undefined}>{crumb.label}</span>
              ) : (
                <DsBreadcrumbs.Link asChild>
                  <RouterLink to={crumb.to}>{crumb.label}</RouterLink>
                </DsBreadcrumbs.Link>
              )}
            </DsBreadcrumbs.Item>
          );
        })}
      </DsBreadcrumbs.List>
    </DsBreadcrumbs>
  );
}
