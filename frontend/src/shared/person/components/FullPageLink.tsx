import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';

/** A tab of the case view shows; the actions are on the full page this link opens. */
export function FullPageLink({ to, children, state }: { to: string; children: string; state?: unknown }) {
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to={to} state={state}>
          {children}
        </RouterLink>
      </Link>
    </Paragraph>
  );
}
