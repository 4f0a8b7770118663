import { useState } from 'react';
import { Button, Checkbox, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { parseNorwegianDate } from '../../../components/dates';
import { UGYLDIG_DATO } from '../../../components/formFields';
import { formatDate } from '../../../components/format';
import { ListResult } from '../../../components/ListResult';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { felles } from '../../../components/tekster';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { useAgreements } from '../../../shared/agreement/api/useAgreements';
import { AgreementTable } from '../components/AgreementTable';
import { statusRekkefolge, statusTekst, tekster } from '../tekster';
import { FilterSelect } from '../../../components/FilterSelect';

type AgreementStatus = components['schemas']['AgreementStatus'];

const PAGE_SIZE = 50;

const isStatus = (value: string | null): value is AgreementStatus => value !== null && (statusRekkefolge as string[]).includes(value);

/** Avtaler: the agreements at the staff's facilities, filtered by status, end date and stay limit. */
export function AgreementListPage() {
  const t = tekster.liste;
  useDocumentTitle(t.tittel);
  const [params, setParams] = useSearchParams();
  const status = isStatus(params.get('status')) ? (params.get('status') as AgreementStatus) : undefined;
  const endingBeforeParam = params.get('slutterFor') ?? '';
  const endingBefore = /^\d{4}-\d{2}-\d{2}$/.test(endingBeforeParam) ? endingBeforeParam : undefined;
  const overstay = params.get('overGrensen') === 'ja';
  const side = Number(params.get('side'));
  const page = Number.isInteger(side) && side > 1 ? side - 1 : 0;

  const [statusInput, setStatusInput] = useState<string>(status ?? '');
  const [endingInput, setEndingInput] = useState(formatDate(endingBefore));
  const [endingError, setEndingError] = useState<string | null>(null);
  const [overstayInput, setOverstayInput] = useState(overstay);
  const { data, error, isPending } = useAgreements({ status, endingBefore, overstay, page, size: PAGE_SIZE });
  const { names } = useFacilityNames();

  const apply = (next: { status?: string; endingBefore?: string; overstay: boolean; page: number }) => {
    const search: Record<string, string> = {};
    if (next.status) search.status = next.status;
    if (next.endingBefore) search.slutterFor = next.endingBefore;
    if (next.overstay) search.overGrensen = 'ja';
    if (next.page > 0) search.side = String(next.page + 1);
    setParams(search);
  };

  const statusOptions = statusRekkefolge.map((s) => ({ value: s, label: statusTekst[s] }));

  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{t.ingress}</Paragraph>
      <form
        role="search"
        aria-label={t.filter}
        className="bta-inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const iso = endingInput.trim() ? parseNorwegianDate(endingInput) : '';
          if (iso === null) {
            setEndingError(UGYLDIG_DATO);
            document.getElementById('avtaler-slutter-for')?.focus();
            return;
          }
          setEndingError(null);
          apply({ status: statusInput, endingBefore: iso, overstay: overstayInput, page: 0 });
        }}
      >
        <FilterSelect id="avtaler-status" label={t.status} value={statusInput} onChange={setStatusInput} options={statusOptions} />
        <Textfield
          id="avtaler-slutter-for"
          label={t.sluttFor}
          description={felles.dato}
          inputMode="numeric"
          autoComplete="off"
          value={endingInput}
          error={endingError ?? undefined}
          onChange={(e) => setEndingInput(e.target.value)}
        />
        <Checkbox
          id="avtaler-over-grensen"
          label={t.overGrensen}
          checked={overstayInput}
          onChange={(e) => setOverstayInput(e.target.checked)}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t.vis}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="bta-stack">
        <ListResult isPending={isPending} error={error} data={data} loadingText={t.henter} errorHeading={t.feil} empty={t.tom}>
          {(data) => (
            <>
              <AgreementTable agreements={data.items} caption={`${t.tabell} (${data.totalItems})`} facilityNames={names} />
              <Pager
                label={t.sider}
                page={data.page}
                size={data.size}
                totalItems={data.totalItems}
                onChange={(next) => apply({ status, endingBefore, overstay, page: next })}
              />
            </>
          )}
        </ListResult>
      </div>
    </>
  );
}
