import { Paragraph } from '@digdir/designsystemet-react';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { personPath, usePersonCase } from '../../../shared/person/caseView';
import { FullPageLink } from '../../../shared/person/components/FullPageLink';
import { innsynPath, type InnsynNavigationState } from '../../../shared/person/innsyn';
import { usePersonInnsyn } from '../api/usePersonInnsyn';
import { tekster } from '../tekster';
import { AccessHolders } from './AccessHolders';
import { InnsynLog } from './InnsynLog';

const LATEST = 10;

/** The case view's Innsyn tab: the newest entries of the person's log and who may see them now (getPersonInnsyn). */
export function PersonInnsynTab() {
  const { person } = usePersonCase();
  const innsyn = usePersonInnsyn(person.id, {}, 0, LATEST);
  const state: InnsynNavigationState = { name: person.name, back: { to: personPath(person.id, 'innsyn'), text: tekster.tilbakePerson } };
  return (
    <>
      <FullPageLink to={innsynPath(person.id)} state={state}>
        {tekster.apne}
      </FullPageLink>
      {innsyn.isPending ? (
        <Loading text={tekster.henter} />
      ) : innsyn.error ? (
        <ProblemAlert error={innsyn.error} heading={tekster.feil} />
      ) : (
        <>
          <Section id="fane-innsyn-logg" heading={tekster.logg.tittel}>
            <Paragraph>{tekster.siste(LATEST)}</Paragraph>
            <InnsynLog innsyn={innsyn.data} />
          </Section>
          <Section id="fane-innsyn-tilgang" heading={tekster.tilgang.tittel}>
            <AccessHolders innsyn={innsyn.data} />
          </Section>
        </>
      )}
    </>
  );
}
