import { useState } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { ListResult } from '../../../components/ListResult';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useIntakes } from '../api/useIntakes';
import { IntakeTable } from '../components/IntakeTable';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { statusRekkefolge, statusTekst, tekster } from '../tekster';
import { FilterSelect } from '../../../components/FilterSelect';

type IntakeStatus = components['schemas']['IntakeStatus'];

const PAGE_SIZE = 50;

function pageFromParams(params: URLSearchParams): number {
  const side = Number(params.get('side'));
  return Number.isInteger(side) && side > 1 ? side - 1 : 0;
}

function isStatus(value: string | null): value is IntakeStatus {
  return value !== null && (statusRekkefolge as string[]).includes(value);
}

/** HVK's list of applications, filtered by status and name, with the way to a new one. */
export function IntakeListPage() {
  const t = tekster.liste;
  useDocumentTitle(t.tittel);
  const [params, setParams] = useSearchParams();
  const status = isStatus(params.get('status')) ? (params.get('status') as IntakeStatus) : '';
  const q = params.get('q') ?? '';
  const page = pageFromParams(params);
  const [statusInput, setStatusInput] = useState<string>(status);
  const [qInput, setQInput] = useState(q);
  const { data, error, isPending } = useIntakes({ status, q, page, size: PAGE_SIZE });
  const { names } = useFacilityNames();

  const apply = (next: { status: string; q: string; page: number }) => {
    const search: Record<string, string> = {};
    if (next.status) search.status = next.status;
    if (next.q.trim()) search.q = next.q.trim();
    if (next.page > 0) search.side = String(next.page + 1);
    setParams(search);
  };

  const statusOptions = statusRekkefolge.map((s) => ({ value: s, label: statusTekst[s] }));

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
          apply({ status: statusInput, q: qInput, page: 0 });
        }}
      >
        <FilterSelect id="soknader-status" label={t.status} value={statusInput} onChange={setStatusInput} options={statusOptions} />
        <Textfield id="soknader-q" label={t.sok} autoComplete="off" value={qInput} onChange={(e) => setQInput(e.target.value)} />
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
                facilityNames={names}
              />
              <Pager
                label={t.sider}
                page={data.page}
                size={data.size}
                totalItems={data.totalItems}
                onChange={(next) => apply({ status, q, page: next })}
              />
            </>
          )}
        </ListResult>
      </div>
    </>
  );
}
