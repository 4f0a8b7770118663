import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { usePersonCase } from '../../../shared/person/caseView';
import { FullPageLink } from '../../../shared/person/components/FullPageLink';
import { useLedger } from '../api/useLedger';
import { tekster } from '../tekster';
import { LedgerBalance } from './LedgerBalance';

const t = tekster.reskontro;

/** The case view's Reskontro tab: the agreement's balance (getLedger); the lines and the forms are on the ledger page. */
export function PersonLedgerTab() {
  const { person } = usePersonCase();
  return person.agreement ? <LedgerTab agreementId={person.agreement.id} name={person.name} /> : null;
}

function LedgerTab({ agreementId, name }: { agreementId: string; name: string }) {
  const { data: ledger, error, isPending } = useLedger(agreementId);
  return (
    <>
      <FullPageLink to={`/avtaler/${encodeURIComponent(agreementId)}/reskontro`} state={{ name }}>
        {t.apne}
      </FullPageLink>
      {isPending ? (
        <Loading text={t.henter} />
      ) : error ? (
        <ProblemAlert error={error} heading={t.feil} />
      ) : (
        <Section id="fane-reskontro" heading={t.oversikt}>
          <LedgerBalance ledger={ledger} />
        </Section>
      )}
    </>
  );
}
