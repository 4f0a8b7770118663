import { useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { ListResult } from '../../../components/ListResult';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { PersonSearchField, useSearchText } from '../../../components/PersonSearch';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useIntakes, type IntakeSort } from '../api/useIntakes';
import { IntakeTable } from '../components/IntakeTable';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { statusRekkefolge, statusTekst, tekster } from '../tekster';
import { FilterSelect } from '../../../components/FilterSelect';

type IntakeStatus = components['schemas']['IntakeStatus'];

const PAGE_SIZE = 50;

/** Applications not yet closed: the status filter's default. */
export const OPEN_STATUSES: IntakeStatus[] = ['SUBMITTED', 'WAITING', 'ALLOCATED', 'INFORMED', 'ORIENTED', 'DECIDED'];

/** The status filter's choices besides the statuses: `apne` (the default, no `status` in the URL) and '' (all). */
const APNE = 'apne';
const ALLE = 'alle';

const SORTS: IntakeSort[] = ['-received', 'received', 'name', '-name', 'priority', 'status'];
const DEFAULT_SORT: IntakeSort = '-received';

function pageFromParams(params: URLSearchParams): number {
  const side = Number(params.get('side'));
  return Number.isInteger(side) && side > 1 ? side - 1 : 0;
}

function isStatus(value: string | null): value is IntakeStatus {
  return value !== null && (statusRekkefolge as string[]).includes(value);
}

/** The filter's value from the URL: a status, '' for all, or the open ones when not given. */
function statusFromParams(params: URLSearchParams): string {
  const status = params.get('status');
  if (status === ALLE) return '';
  return isStatus(status) ? status : APNE;
}

/**
 * HVK's own applications (the API gives HVK the ones they are caseworker for), the open ones unless the filter says
 * otherwise, sortable and searchable by name or number, with the way to a new one. Filters, order and page are in the
 * URL; the search text is not (it goes in the body of searchIntakes).
 */
export function IntakeListPage() {
  const t = tekster.liste;
  useDocumentTitle(t.tittel);
  const [params, setParams] = useSearchParams();
  const status = statusFromParams(params);
  const sortParam = params.get('sortering') as IntakeSort | null;
  const sort = sortParam !== null && SORTS.includes(sortParam) ? sortParam : undefined;
  const page = pageFromParams(params);
  const [statusInput, setStatusInput] = useState<string>(status);
  const [queryInput, setQueryInput] = useState('');
  const [query, submitQuery] = useSearchText(params.toString());
  const { data, error, isPending } = useIntakes({
    status: status === APNE ? OPEN_STATUSES.join(',') : status,
    sort,
    query,
    page,
    size: PAGE_SIZE,
  });
  const { names } = useFacilityNames();

  const toParams = (next: { status: string; sort?: IntakeSort; page: number }) => {
    const search = new URLSearchParams();
    if (next.status !== APNE) search.set('status', next.status || ALLE);
    if (next.sort) search.set('sortering', next.sort);
    if (next.page > 0) search.set('side', String(next.page + 1));
    return search;
  };
  const apply = (next: { status: string; sort?: IntakeSort; page: number }) => setParams(toParams(next));

  const statusOptions = [{ value: APNE, label: t.apne }, ...statusRekkefolge.map((s) => ({ value: s, label: statusTekst[s] }))];

  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{t.ingress}</Paragraph>
      <div>
        <Button asChild>
          <RouterLink to="/soknader/ny">{t.ny}</RouterLink>
        </Button>
      </div>
      <form
        role="search"
        aria-label={t.filter}
        className="bta-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const next = toParams({ status: statusInput, sort, page: 0 });
          submitQuery(queryInput.trim(), next.toString());
          setParams(next);
        }}
      >
        <FilterSelect id="soknader-status" label={t.status} value={statusInput} onChange={setStatusInput} options={statusOptions} />
        <PersonSearchField id="soknader-sok" value={queryInput} onChange={setQueryInput} />
        <div>
          <Button type="submit" variant="secondary">
            {t.filtrer}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="bta-stack">
        <ListResult isPending={isPending} error={error} data={data} loadingText={tekster.liste.henter} errorHeading={t.feil} empty={t.tom}>
          {(data) => (
            <>
              <IntakeTable
                intakes={data.items}
                caption={`${t.tabell} (${data.totalItems})`}
                columns={['person', 'nationalId', 'received', 'status', 'priority', 'facility', 'caseworker']}
                sort={{ value: sort ?? DEFAULT_SORT, onChange: (next) => apply({ status, sort: next, page: 0 }) }}
                facilityNames={names}
              />
              <Pager
                label={t.sider}
                page={data.page}
                size={data.size}
                totalItems={data.totalItems}
                onChange={(next) => apply({ status, sort, page: next })}
              />
            </>
          )}
        </ListResult>
      </div>
    </>
  );
}
