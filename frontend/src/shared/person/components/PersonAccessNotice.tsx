import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { accessEnd, accessEndText } from '../access';
import { usePerson } from '../api/usePerson';
import { tekster } from '../tekster';

type AccessGrant = components['schemas']['AccessGrant'];

/**
 * R-ACC-3: a neutral notice that the user sees this person only until a day, and why ("Flyttet ut
 * dd.mm.åååå — tilgang til dd.mm.åååå"). Nothing while access lasts. A polite status: it arrives
 * after the page's own content, and is read without taking focus or interrupting.
 */
export function PersonAccessNotice({ access }: { access: readonly AccessGrant[] | undefined }) {
  const end = accessEnd(access);
  if (!end) return null;
  const t = tekster.tilgang;
  const application = end.reason === 'APPLICATION';
  return (
    <Alert data-color="info" role="status">
      <Heading level={2} data-size="xs">
        {application ? t.tittelSoknad : t.tittelFlyttetUt}
      </Heading>
      <Paragraph>{accessEndText(end)}</Paragraph>
      <Paragraph data-size="sm">{application ? t.forklaringSoknad : t.forklaringFlyttetUt}</Paragraph>
    </Alert>
  );
}

/** The notice for a person the page has only the id of (e.g. an ended agreement's resident); reads the person. */
export function ResidentAccessNotice({ personId }: { personId: string }) {
  const { data } = usePerson(personId);
  return <PersonAccessNotice access={data?.access} />;
}
