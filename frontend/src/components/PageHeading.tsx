import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * The page's one h1. It can take focus (tabIndex -1) so the layout can move focus to it after
 * a route change, which tells screen-reader users that a new page is shown.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <Heading level={1} data-size="lg" tabIndex={-1} id="sideoverskrift" className="bta-page-heading">
      {children}
    </Heading>
  );
}
