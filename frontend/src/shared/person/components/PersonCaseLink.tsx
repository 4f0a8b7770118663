import { Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useAuth } from '../../../auth/AuthContext';
import { canReadPersons } from '../../../auth/roles';
import { personPath, type CaseTab } from '../caseView';
import { tekster } from '../tekster';

interface Props {
  personId: string;
  name: string;
  /** The tab to open; the overview by default. */
  tab?: CaseTab;
  /** The link's text; "Personside" (named "Personside for <name>") by default. */
  children?: ReactNode;
}

/**
 * A link from a row or page about a person to the person's case view (`/personer/:id`). Shown only to those who may
 * read persons (hvk, botiltak, fagleder: getPersonSummary); others get the plain text, or nothing for the default text.
 */
export function PersonCaseLink({ personId, name, tab, children }: Props) {
  const { user } = useAuth();
  if (!canReadPersons(user)) return children ? <>{children}</> : null;
  return (
    <Link asChild>
      <RouterLink to={personPath(personId, tab)} aria-label={children ? undefined : tekster.personside.lenkeFor(name)}>
        {children ?? tekster.personside.lenke}
      </RouterLink>
    </Link>
  );
}
