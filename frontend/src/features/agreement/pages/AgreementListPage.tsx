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
import { useAgreements, type AgreementSort } from '../../../shared/agreement/api/useAgreements';
import { PersonSearchField, useSearchText } from '../../../components/PersonSearch';
import { AgreementTable } from '../components/AgreementTable';
import { statusRekkefolge, statusTekst, tekster } from '../tekster';
import { FilterSelect } from '../../../components/FilterSelect';

type AgreementStatus = components['schemas']['AgreementStatus'];

const PAGE_SIZE = 50;

const isStatus = (value: string | null): value is AgreementStatus => value !== null && (statusRekkefolge as string[]).includes(value);

/** The status filter's choices besides the statuses: `aktive` (the default, no `status` in the URL) and '' (all). */
const AKTIVE = 'aktive';
const ALLE = 'alle';

const SORTS: AgreementSort[] = ['end', '-end', 'name', '-name', 'unit', '-unit', 'start', '-start', 'status'];
const DEFAULT_SORT: AgreementSort = 'end';

/** The filter's value from the URL: a status, '' for all, or the active ones (not ended) when not given. */
function statusFromParams(params: URLSearchParams): string {
  const status = params.get('status');
  if (status === ALLE) return '';
  return isStatus(status) ? status : AKTIVE;
}

interface Filter {
  status: string;
  endingBefore?: string;
  overstay: boolean;
  mine: boolean;
  sort?: AgreementSort;
  page: number;
}

/**
 * Avtaler: the agreements at the staff's facilities, the active ones unless the filter says otherwise, filtered by
 * status, end date, stay limit and the user's own cases, sortable, and searchable by name or number. Filters, order
 * and page are in the URL; the search text is not (it goes in the body of searchAgreements).
 */
export function AgreementListPage() {
  const t = tekster.liste;
  useDocumentTitle(t.tittel);
  const [params, setParams] = useSearchParams();
  const status = statusFromParams(params);
  const endingBeforeParam = params.get('slutterFor') ?? '';
  const endingBefore = /^\d{4}-\d{2}-\d{2}$/.test(endingBeforeParam) ? endingBeforeParam : undefined;
  const overstay = params.get('overGrensen') === 'ja';
  const mine = params.get('mine') === 'ja';
  const sortParam = params.get('sortering') as AgreementSort | null;
  const sort = sortParam !== null && SORTS.includes(sortParam) ? sortParam : undefined;
  const side = Number(params.get('side'));
  const page = Number.isInteger(side) && side > 1 ? side - 1 : 0;
  const current: Filter = { status, endingBefore, overstay, mine, sort, page };

  const [statusInput, setStatusInput] = useState<string>(status);
  const [endingInput, setEndingInput] = useState(formatDate(endingBefore));
  const [endingError, setEndingError] = useState<string | null>(null);
  const [overstayInput, setOverstayInput] = useState(overstay);
  const [mineInput, setMineInput] = useState(mine);
  const [queryInput, setQueryInput] = useState('');
  const [query, submitQuery] = useSearchText(params.toString());
  const { data, error, isPending } = useAgreements({
    status: isStatus(status) ? status : undefined,
    open: status === AKTIVE,
    mine,
    endingBefore,
    overstay,
    sort,
    query,
    page,
    size: PAGE_SIZE,
  });
  const { names } = useFacilityNames();

  const toParams = (next: Filter) => {
    const search = new URLSearchParams();
    if (next.status !== AKTIVE) search.set('status', next.status || ALLE);
    if (next.endingBefore) search.set('slutterFor', next.endingBefore);
    if (next.overstay) search.set('overGrensen', 'ja');
    if (next.mine) search.set('mine', 'ja');
    if (next.sort) search.set('sortering', next.sort);
    if (next.page > 0) search.set('side', String(next.page + 1));
    return search;
  };
  const apply = (next: Filter) => setParams(toParams(next));

  const statusOptions = [{ value: AKTIVE, label: t.aktive }, ...statusRekkefolge.map((s) => ({ value: s, label: statusTekst[s] }))];

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
          const next = toParams({
            status: statusInput,
            endingBefore: iso || undefined,
            overstay: overstayInput,
            mine: mineInput,
            sort,
            page: 0,
          });
          submitQuery(queryInput.trim(), next.toString());
          setParams(next);
        }}
      >
        <FilterSelect id="avtaler-status" label={t.status} value={statusInput} onChange={setStatusInput} options={statusOptions} />
        <PersonSearchField id="avtaler-sok" value={queryInput} onChange={setQueryInput} />
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
        <Checkbox
          id="avtaler-mine"
          label={t.mine}
          description={t.mineBeskrivelse}
          checked={mineInput}
          onChange={(e) => setMineInput(e.target.checked)}
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
              <AgreementTable
                agreements={data.items}
                caption={`${t.tabell} (${data.totalItems})`}
                sort={{ value: sort ?? DEFAULT_SORT, onChange: (next) => apply({ ...current, sort: next, page: 0 }) }}
                facilityNames={names}
              />
              <Pager
                label={t.sider}
                page={data.page}
                size={data.size}
                totalItems={data.totalItems}
                onChange={(next) => apply({ ...current, page: next })}
              />
            </>
          )}
        </ListResult>
      </div>
    </>
  );
}
