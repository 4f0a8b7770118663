import { useState } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { parseNorwegianDate, todayNorwegian } from '../../../components/dates';
import { formatDate } from '../../../components/format';
import { UGYLDIG_DATO } from '../../../components/formFields';
import { ListResult } from '../../../components/ListResult';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useVacancies } from '../api/useVacancies';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { VacancyTable } from '../components/VacancyTable';
import { tekster } from '../tekster';
import { agreementKindTekst } from '../../../shared/facility/tekster';
import { FilterSelect } from '../../../components/FilterSelect';

type AgreementKind = components['schemas']['AgreementKind'];

const PAGE_SIZE = 200;

/** ESIKT's overview of units free from a date, by facility. */
export function VacanciesPage() {
  const t = tekster.ledige;
  useDocumentTitle(t.tittel);
  const { data: facilities, names } = useFacilityNames();
  const [fromInput, setFromInput] = useState(todayNorwegian);
  const [facilityInput, setFacilityInput] = useState('');
  const [kindInput, setKindInput] = useState<AgreementKind | ''>('');
  const [fromError, setFromError] = useState<string | undefined>();
  const [filter, setFilter] = useState(() => ({
    from: parseNorwegianDate(todayNorwegian())!,
    facility: '',
    kind: '' as AgreementKind | '',
  }));
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useVacancies({
    from: filter.from,
    facility: filter.facility || undefined,
    kind: filter.kind || undefined,
    page,
    size: PAGE_SIZE,
  });

  const facilityOptions = (facilities?.items ?? []).map((f) => ({ value: f.id, label: f.name }));

  const kindOptions = (Object.keys(agreementKindTekst) as AgreementKind[]).map((kind) => ({
    value: kind,
    label: agreementKindTekst[kind],
  }));

  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{t.ingress}</Paragraph>
      <form
        role="search"
        aria-label={t.filter}
        noValidate
        className="bta-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const from = parseNorwegianDate(fromInput);
          setFromError(from ? undefined : UGYLDIG_DATO);
          if (!from) return;
          setPage(0);
          setFilter({ from, facility: facilityInput, kind: kindInput });
        }}
      >
        <Textfield
          id="ledige-fra"
          label={t.fra}
          description={tekster.skjema.dato}
          inputMode="numeric"
          autoComplete="off"
          value={fromInput}
          error={fromError}
          onChange={(e) => setFromInput(e.target.value)}
        />
        <FilterSelect id="ledige-botiltak" label={t.botiltak} value={facilityInput} onChange={setFacilityInput} options={facilityOptions} />
        <FilterSelect id="ledige-avtaletype" label={t.avtaletype} value={kindInput} onChange={setKindInput} options={kindOptions} />
        <div>
          <Button type="submit" variant="secondary">
            {t.vis}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="bta-stack">
        <ListResult isPending={isPending} error={error} data={data} loadingText={tekster.ledige.henter} errorHeading={t.feil} empty={t.tom}>
          {(data) => (
            <>
              <VacancyTable
                vacancies={data.items}
                caption={`${t.tabell(formatDate(filter.from))}${filter.facility ? ` – ${names.get(filter.facility) ?? filter.facility}` : ''}`}
              />
              <Pager label={t.sider} page={data.page} size={data.size} totalItems={data.totalItems} onChange={setPage} />
            </>
          )}
        </ListResult>
      </div>
    </>
  );
}
