import type { ReactNode } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useAuth } from '../auth/AuthContext';
import { hasAnyRole, type Role } from '../auth/roles';
import { PageHeading } from './PageHeading';
import { felles } from './tekster';

/** Shows the page only to users with one of the roles; others get a plain "no access" page. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useAuth();
  if (hasAnyRole(user, roles)) return <>{children}</>;
  return (
    <>
      <PageHeading>{felles.tilgang.tittel}</PageHeading>
      <Alert data-color="warning">
        <Paragraph>{felles.tilgang.ingress}</Paragraph>
      </Alert>
    </>
  );
}
