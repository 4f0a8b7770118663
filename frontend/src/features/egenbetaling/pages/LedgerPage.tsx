import { useState } from 'react';
import { Alert, Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { useAuth } from '../../../auth/AuthContext';
import { canOpenAgreement, hasAnyRole } from '../../../auth/roles';
import { ActionDialog } from '../../../components/ActionDialog';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { formatDate, formatNumber } from '../../../components/format';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDialogState } from '../../../components/useDialogState';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { Section } from '../../../components/Section';
import { Terms } from '../../../components/Terms';
import { useLedger } from '../api/useLedger';
import type { LedgerLinkState } from '../components/ArrearsTable';
import { LedgerDocuments } from '../components/LedgerDocuments';
import { LedgerBalance } from '../components/LedgerBalance';
import { Confirmation } from '../../../components/SavedAlert';
import { LedgerFormFor, ledgerFormId, ledgerKid, type LedgerAction } from '../form/LedgerForms';
import { Breadcrumbs, menuCrumb } from '../../../components/Breadcrumbs';
import { belop, bostotteTekst, linjeTypeTekst, planTilstandTekst, tekster } from '../tekster';

type Ledger = components['schemas']['Ledger'];

const t = tekster.reskontro;

const planFarge: Record<components['schemas']['RepaymentPlan']['state'], 'success' | 'danger' | 'info'> = {
  ON_TRACK: 'success',
  BEHIND: 'danger',
  COMPLETED: 'info',
};

function LinesTable({ ledger }: { ledger: Ledger }) {
  if (ledger.lines.length === 0) return <Paragraph>{t.ingenLinjer}</Paragraph>;
  return (
    <CaptionedTable
      caption={t.linjeTabell}
      headers={[t.dato, t.type, t.tekst, ...[t.belastet, t.innbetalt, t.saldo].map((text) => ({ text, numeric: true })), t.kid]}
    >
      {ledger.lines.map((line, index) => (
        <Table.Row key={`${line.date}-${index}`}>
          <Table.Cell>{formatDate(line.date)}</Table.Cell>
          <Table.Cell>{linjeTypeTekst[line.type]}</Table.Cell>
          <Table.Cell>{line.text}</Table.Cell>
          <Table.Cell className="bta-num">{line.debitOre ? belop(line.debitOre) : ''}</Table.Cell>
          <Table.Cell className="bta-num">{line.creditOre ? belop(line.creditOre) : ''}</Table.Cell>
          <Table.Cell className="bta-num">{belop(line.balanceOre)}</Table.Cell>
          <Table.Cell>{line.kid ?? ''}</Table.Cell>
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}

/** Which lines a page holds, when the ledger has more than one page; nothing when every line is shown. */
function LinesRange({ ledger }: { ledger: Ledger }) {
  if (ledger.totalLines <= ledger.size || ledger.lines.length === 0) return null;
  const totalt = formatNumber(ledger.totalLines);
  if (ledger.page === 0) return <Paragraph>{t.linjerNyeste(formatNumber(ledger.lines.length), totalt)}</Paragraph>;
  // counted in date order, line 1 the oldest: page p ends size × p lines before the newest
  const til = ledger.totalLines - ledger.page * ledger.size;
  const fra = Math.max(1, til - ledger.lines.length + 1);
  return <Paragraph>{t.linjerUtvalg(formatNumber(fra), formatNumber(til), totalt)}</Paragraph>;
}

/**
 * The lines a page at a time, counted from the newest (page 0, whose answer the rest of the page reads, comes
 * first); the pager only when they do not fit on one page. `first` is page 0, for the pager while another page
 * loads or fails.
 */
function LedgerLines({ agreementId, first }: { agreementId: string; first: Ledger }) {
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useLedger(agreementId, page);
  const paging = data ?? first;
  return (
    <>
      {isPending ? (
        <Loading text={t.henter} />
      ) : error ? (
        <ProblemAlert error={error} heading={t.feil} />
      ) : (
        <>
          <LinesRange ledger={data} />
          <LinesTable ledger={data} />
        </>
      )}
      <Pager page={page} size={paging.size} totalItems={paging.totalLines} onChange={setPage} label={t.linjerSider} />
    </>
  );
}

function PlansTable({ ledger }: { ledger: Ledger }) {
  if (ledger.repaymentPlans.length === 0) return <Paragraph>{t.ingenPlaner}</Paragraph>;
  return (
    <CaptionedTable
      caption={t.planTabell}
      headers={[t.planStart, t.planGjeld, t.planAvdrag, t.planTilstand, t.planBetalt, t.planForventet]}
    >
      {ledger.repaymentPlans.map((plan) => (
        <Table.Row key={plan.id}>
          <Table.Cell>{formatDate(plan.startDate)}</Table.Cell>
          <Table.Cell className="bta-num">{belop(plan.debtOre)}</Table.Cell>
          <Table.Cell>
            {plan.instalments} × {belop(plan.instalmentOre)}
          </Table.Cell>
          <Table.Cell>
            <Tag data-color={planFarge[plan.state]}>{planTilstandTekst[plan.state]}</Tag>
          </Table.Cell>
          <Table.Cell className="bta-num">{belop(plan.paidTowardsOre)}</Table.Cell>
          <Table.Cell className="bta-num">{belop(plan.expectedByTodayOre)}</Table.Cell>
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}

function BenefitTable({ ledger }: { ledger: Ledger }) {
  if (ledger.housingBenefit.length === 0) return <Paragraph>{t.ingenBostotte}</Paragraph>;
  return (
    <CaptionedTable caption={t.bostotteTabell} headers={[t.bostotteStatus, t.bostotteSokt, t.bostotteBelop, t.bostottePeriode]}>
      {ledger.housingBenefit.map((b) => (
        <Table.Row key={b.id}>
          <Table.Cell>{bostotteTekst[b.status]}</Table.Cell>
          <Table.Cell>{formatDate(b.appliedOn)}</Table.Cell>
          <Table.Cell className="bta-num">{b.amountOre !== undefined ? belop(b.amountOre) : ''}</Table.Cell>
          <Table.Cell>{b.fromDate ? `${formatDate(b.fromDate)}–${formatDate(b.toDate)}` : ''}</Table.Cell>
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}

/** The key deposit (R-AGR) for its settlement at move-out: paid, returned, withheld and why. */
function DepositTerms({ ledger }: { ledger: Ledger }) {
  const deposit = ledger.deposit;
  if (!deposit) return <Paragraph>{t.ingenDepositum}</Paragraph>;
  return (
    <Terms
      rows={[
        [t.depositumBelop, belop(deposit.amountOre)],
        [t.depositumBetalt, formatDate(deposit.paidOn)],
        [t.depositumTilbake, formatDate(deposit.returnedOn)],
        [t.depositumHoldt, deposit.withheldOre !== undefined ? belop(deposit.withheldOre) : ''],
        [t.depositumGrunn, deposit.withheldReason ?? ''],
      ]}
    />
  );
}

/**
 * Reskontro (R-PAY-2, R-PAY-4, R-PAY-5) for okonomi, fagleder and botiltak: balance, what is
 * overdue, the payment method, every charge and payment with the running balance, repayment
 * plans and bostøtte.
 */
export function LedgerPage() {
  const { agreementId = '' } = useParams();
  const { user } = useAuth();
  const link = (useLocation().state ?? {}) as LedgerLinkState;
  const from = link.from;
  // page 0: the balance, what is overdue, the newest KID and the forms always read the newest lines
  const { data: ledger, error, isPending } = useLedger(agreementId);
  // the name from the link that led here, at once; else the ledger's own
  const name = link.name ?? ledger?.personName;
  const { open, saved, start, close, done } = useDialogState<LedgerAction>();
  const title = name ? t.tittelFor(name) : t.tittel;
  useDocumentTitle(title);
  // Back to the agreement for those who may open it; økonomi goes back to the arrears.
  const staff = canOpenAgreement(user);
  const canPlan = hasAnyRole(user, ['fagleder', 'okonomi']);
  const clerk = hasAnyRole(user, ['okonomi']);

  const back = (
    <Breadcrumbs
      crumbs={
        staff
          ? [menuCrumb('/avtaler'), { label: t.avtale, to: `/avtaler/${encodeURIComponent(agreementId)}` }, { label: t.tittel }]
          : [
              menuCrumb('/egenbetaling'),
              from === 'konto'
                ? { label: t.tilKontosok, to: '/egenbetaling?visning=konto' }
                : { label: t.tilRestanser, to: '/egenbetaling?visning=restanser' },
              { label: t.tittel },
            ]
      }
    />
  );

  if (isPending || error) {
    return (
      <>
        {back}
        <PageHeading>{title}</PageHeading>
        {isPending ? <Loading text={t.henter} /> : <ProblemAlert error={error} heading={t.feil} />}
      </>
    );
  }

  return (
    <>
      {back}
      <PageHeading>{title}</PageHeading>
      {saved && <Confirmation message={saved} />}
      {ledger.flagged && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t.flagget}
          </Heading>
          <Paragraph>{t.flaggetTekst}</Paragraph>
        </Alert>
      )}
      <Section id="oversikt-seksjon" heading={t.oversikt}>
        <LedgerBalance ledger={ledger} />
        <Paragraph data-size="sm" className="bta-subtle">
          {t.saldoBeskrivelse}. {t.tilGodeBeskrivelse}
        </Paragraph>
        {ledger.creditOwedToResidentOre > 0 && (
          <Alert data-color="info">
            <Paragraph>{t.skyldesBeskrivelse(belop(ledger.creditOwedToResidentOre))}</Paragraph>
            {clerk && (
              <div className="bta-buttons">
                <Button type="button" variant="secondary" aria-haspopup="dialog" onClick={() => start('REFUND')}>
                  {t.registrerTilbakebetaling}
                </Button>
              </div>
            )}
          </Alert>
        )}
        {clerk && !ledgerKid(ledger) && <Paragraph>{t.ingenKid}</Paragraph>}
        <div className="bta-buttons">
          {clerk && ledgerKid(ledger) && (
            <Button type="button" aria-haspopup="dialog" onClick={() => start('PAYMENT')}>
              {t.registrerInnbetaling}
            </Button>
          )}
          <Button type="button" variant="secondary" aria-haspopup="dialog" onClick={() => start('METHOD')}>
            {t.endreBetalingsmate}
          </Button>
        </div>
      </Section>
      {clerk && <LedgerDocuments ledger={ledger} />}
      <Section id="linjer-seksjon" heading={t.linjer}>
        <Paragraph>{t.linjerIngress}</Paragraph>
        <LedgerLines key={agreementId} agreementId={agreementId} first={ledger} />
      </Section>
      <Section id="depositum-seksjon" heading={t.depositum}>
        <DepositTerms ledger={ledger} />
        {ledger.deposit && !ledger.deposit.returnedOn && (
          <Paragraph>
            {staff ? (
              <Link asChild>
                <RouterLink to={`/avtaler/${encodeURIComponent(agreementId)}`}>{t.depositumOppgjor}</RouterLink>
              </Link>
            ) : (
              t.depositumOppgjorOkonomi
            )}
          </Paragraph>
        )}
      </Section>
      <Section id="planer-seksjon" heading={t.planer}>
        <PlansTable ledger={ledger} />
        {canPlan && (
          <div className="bta-buttons">
            <Button type="button" variant="secondary" aria-haspopup="dialog" onClick={() => start('PLAN')}>
              {t.nyPlan}
            </Button>
          </div>
        )}
      </Section>
      <Section id="bostotte-seksjon" heading={t.bostotte}>
        <BenefitTable ledger={ledger} />
        <div className="bta-buttons">
          <Button type="button" variant="secondary" aria-haspopup="dialog" onClick={() => start('BENEFIT')}>
            {t.registrerBostotte}
          </Button>
        </div>
      </Section>
      <ActionDialog formId={open ? ledgerFormId[open] : null} onClose={close}>
        {open && <LedgerFormFor key={open} action={open} ledger={ledger} onCancel={close} onDone={done} />}
      </ActionDialog>
    </>
  );
}
