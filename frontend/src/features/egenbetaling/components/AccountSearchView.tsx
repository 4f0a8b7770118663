import { useState } from 'react';
import { Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { formatDateTime } from '../../../components/format';
import { ListResult } from '../../../components/ListResult';
import { Pager } from '../../../components/Pager';
import { useAccounts } from '../api/useAccounts';
import { avtaleStatusTekst, belop, betalingsmateTekst, tekster } from '../tekster';
import { LedgerLinkCell } from './ArrearsTable';
import { FacilitySearchForm } from './FacilitySearchForm';

type Account = components['schemas']['Account'];

const t = tekster.konto;
export const ACCOUNT_PAGE_SIZE = 20;

function AccountRow({ account }: { account: Account }) {
  return (
    <Table.Row>
      <LedgerLinkCell agreementId={account.agreementId} name={account.personName} from="konto" />
      <Table.Cell>
        {account.facilityName}, {account.unitLabel}
      </Table.Cell>
      <Table.Cell>{avtaleStatusTekst[account.status]}</Table.Cell>
      <Table.Cell>
        {account.paymentMethod ? betalingsmateTekst[account.paymentMethod] : t.ikkeValgt}
        {account.standingOrderLetterSentAt && (
          <>
            <br />
            <span className="bta-subtle">{t.brevSendt(formatDateTime(account.standingOrderLetterSentAt))}</span>
          </>
        )}
      </Table.Cell>
      <Table.Cell className="bta-num">
        {account.balanceOre < 0 ? t.tilGode(belop(-account.balanceOre)) : belop(account.balanceOre)}
      </Table.Cell>
      <Table.Cell className="bta-num">{belop(account.overdueOre)}</Table.Cell>
    </Table.Row>
  );
}

/**
 * Finn konto (the clerk's desk, okonomi): any agreement by a part of the resident's name, the unit or
 * the facility, or a whole KID, narrowed to a facility; each row links to the ledger.
 */
export function AccountSearchView() {
  const [qInput, setQInput] = useState('');
  const [search, setSearch] = useState({ q: '', facility: '' });
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useAccounts({ ...search, page, size: ACCOUNT_PAGE_SIZE });
  return (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      <FacilitySearchForm
        id="konto-botiltak"
        submitText={t.finn}
        label={t.botiltak}
        allLabel={t.alleBotiltak}
        onSearch={(facility) => {
          setSearch({ q: qInput.trim(), facility });
          setPage(0);
        }}
      >
        <Textfield
          label={t.sok}
          description={t.sokBeskrivelse}
          id="konto-sok"
          type="search"
          autoComplete="off"
          maxLength={100}
          value={qInput}
          onChange={(event) => setQInput(event.target.value)}
        />
      </FacilitySearchForm>
      <ListResult isPending={isPending} error={error} data={data} loadingText={t.henter} errorHeading={t.feil} empty={t.tom}>
        {(data) => (
          <>
            <CaptionedTable
              caption={t.tabell(data.totalItems)}
              headers={[t.beboer, t.sted, t.status, t.betalingsmate, { text: t.saldo, numeric: true }, { text: t.forfalt, numeric: true }]}
            >
              {data.items.map((account) => (
                <AccountRow key={account.agreementId} account={account} />
              ))}
            </CaptionedTable>
            <Pager page={page} size={ACCOUNT_PAGE_SIZE} totalItems={data.totalItems} onChange={setPage} label={t.sider} />
          </>
        )}
      </ListResult>
    </>
  );
}
