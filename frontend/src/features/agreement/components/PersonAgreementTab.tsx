import { Paragraph } from '@digdir/designsystemet-react';
import { formatKroner } from '../../../components/format';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { Terms } from '../../../components/Terms';
import { useAgreement } from '../../../shared/agreement/api/useAgreement';
import { agreementKindTekst } from '../../../shared/facility/tekster';
import { usePersonCase } from '../../../shared/person/caseView';
import { FullPageLink } from '../../../shared/person/components/FullPageLink';
import { betalingTekst, tekster } from '../tekster';
import { DepositSection, EndSection, FollowUpSection, PeriodsSection } from './AgreementSections';
import { formatPeriod } from './AgreementTable';
import { AgreementStatusTag, FlagTags } from './AgreementTags';

const t = tekster.side;

/** The case view's Avtale tab: the agreement as its page shows it, without the steps (those are on the page). */
export function PersonAgreementTab() {
  const { person } = usePersonCase();
  return person.agreement ? <AgreementTab agreementId={person.agreement.id} /> : null;
}

function AgreementTab({ agreementId }: { agreementId: string }) {
  const { data: agreement, error, isPending } = useAgreement(agreementId);
  const link = <FullPageLink to={`/avtaler/${encodeURIComponent(agreementId)}`}>{tekster.person.apne}</FullPageLink>;
  if (isPending || error) {
    return (
      <>
        {link}
        {isPending ? <Loading text={tekster.side.henter} /> : <ProblemAlert error={error} heading={t.feil} />}
      </>
    );
  }
  return (
    <>
      {link}
      <Paragraph>
        {t.status}: <AgreementStatusTag status={agreement.status} />
      </Paragraph>
      {agreement.flags.length > 0 && (
        <div className="bta-stack" aria-label={t.merknader} role="group">
          <FlagTags flags={agreement.flags} />
        </div>
      )}
      <Section id="fane-avtalen" heading={t.avtalen}>
        <Terms
          rows={[
            [t.botiltak, `${agreement.facilityName}, ${agreement.unitLabel}`],
            [t.avtaleform, agreementKindTekst[agreement.kind]],
            [t.periode, formatPeriod(agreement.startDate, agreement.endDate)],
            [betalingTekst(agreement.kind).na, `${formatKroner(agreement.monthlyFeeOre)} i måneden`],
          ]}
        />
      </Section>
      <PeriodsSection agreement={agreement} />
      <FollowUpSection agreement={agreement} />
      <DepositSection agreement={agreement} />
      <EndSection agreement={agreement} />
    </>
  );
}
