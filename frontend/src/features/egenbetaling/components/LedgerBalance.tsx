import type { components } from '../../../api/schema.gen';
import { formatDate } from '../../../components/format';
import { Terms } from '../../../components/Terms';
import { belop, betalingsmateTekst, tekster } from '../tekster';

const t = tekster.reskontro;

/** A ledger's balance, what is overdue, credit and the payment method (the ledger page and the case view). */
export function LedgerBalance({ ledger }: { ledger: components['schemas']['Ledger'] }) {
  const setup = ledger.paymentSetup;
  return (
    <Terms
      rows={[
        [t.saldo, belop(ledger.balanceOre)],
        [t.forfalt, belop(ledger.overdueOre)],
        [t.tilGode, belop(ledger.creditOre)],
        ...(ledger.creditOwedToResidentOre > 0 ? ([[t.skyldesBeboer, belop(ledger.creditOwedToResidentOre)]] as [string, string][]) : []),
        [t.betalingsmate, setup ? betalingsmateTekst[setup.method] : t.ingenBetalingsmate],
        ...(setup?.method === 'DIRECT_DEDUCTION'
          ? ([[t.trekkavtale, formatDate(setup.deductionAgreementSignedOn)]] as [string, string][])
          : []),
      ]}
    />
  );
}
