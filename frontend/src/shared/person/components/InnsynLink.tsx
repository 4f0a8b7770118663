import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { useAuth } from '../../../auth/AuthContext';
import { canProduceInnsyn } from '../../../auth/roles';
import { innsynPath, type InnsynNavigationState } from '../innsyn';
import { tekster } from '../tekster';

/**
 * "Innsyn" from a page about a person (the application for HVK, the agreement for the fagleder) to the person's
 * Innsyn page. Shown only to those who may produce it (R-ACC-2); `back` is the page the link is on, for its
 * "Tilbake" link.
 */
export function InnsynLink({ personId, name, back }: { personId: string; name: string; back: InnsynNavigationState['back'] }) {
  const { user } = useAuth();
  if (!canProduceInnsyn(user)) return null;
  const state: InnsynNavigationState = { name, back };
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to={innsynPath(personId)} state={state}>
          {tekster.innsyn.lenke}
        </RouterLink>
      </Link>
    </Paragraph>
  );
}
