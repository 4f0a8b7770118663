import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { useAuth } from '../../../auth/AuthContext';
import { canOpenAgreement } from '../../../auth/roles';
import { formatDate } from '../../../components/format';
import { Section } from '../../../components/Section';
import { avtaleStatusTekst } from '../../../shared/agreement/tekster';
import { soknadStatusTekst } from '../../../shared/intake/tekster';
import { usePersonCase } from '../../../shared/person/caseView';
import { tekster } from '../tekster';

const t = tekster.oversikt;

/** The first tab: the agreement and the application in short, each with a link to its own page. */
export function PersonOverviewTab() {
  const { person } = usePersonCase();
  const { user } = useAuth();
  const { agreement, application } = person;
  return (
    <>
      {canOpenAgreement(user) && (
        <Section id="oversikt-avtale" heading={t.avtale}>
          {agreement ? (
            <>
              <Paragraph>
                {agreement.facilityName}, {agreement.unitLabel}: {avtaleStatusTekst[agreement.status]}
              </Paragraph>
              <Paragraph>
                <Link asChild>
                  <RouterLink to={`/avtaler/${encodeURIComponent(agreement.id)}`}>{t.apneAvtalen}</RouterLink>
                </Link>
              </Paragraph>
            </>
          ) : (
            <Paragraph>{t.ingenAvtale}</Paragraph>
          )}
        </Section>
      )}
      <Section id="oversikt-soknad" heading={t.soknad}>
        {application ? (
          <>
            <Paragraph>
              {soknadStatusTekst[application.status]}. {t.mottatt(formatDate(application.receivedOn))}.
              {application.allocatedFacilityName &&
                ` ${t.tildelt(`${application.allocatedFacilityName}${application.allocatedUnitLabel ? `, ${application.allocatedUnitLabel}` : ''}`)}.`}
            </Paragraph>
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/soknader/${encodeURIComponent(application.id)}`}>{t.apneSoknaden}</RouterLink>
              </Link>
            </Paragraph>
          </>
        ) : (
          <Paragraph>{t.ingenSoknad}</Paragraph>
        )}
      </Section>
    </>
  );
}
