import type { ReactNode } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useAuth } from '../auth/AuthContext';
import { hasAnyRole, type Role } from '../auth/roles';
import { PageHeading } from './PageHeading';

/** Shows the page only to users with one of the roles; others get a plain "no access" page. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useAuth();
  if (hasAnyRole(user, roles)) return <>{children}</>;
  return (
    <>
      <PageHeading>Ingen tilgang</PageHeading>
      <Alert data-color="warning">
        <Paragraph>Du har ikke tilgang til denne siden med rollene du er logget inn med.</Paragraph>
      </Alert>
    </>
  );
}
