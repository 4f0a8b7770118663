import { useState } from 'react';
import { ListResult } from '../../../components/ListResult';
import { Pager } from '../../../components/Pager';
import { PersonSearchForm } from '../../../components/PersonSearch';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { useAgreements, type AgreementListParams, type AgreementSort } from '../../../shared/agreement/api/useAgreements';
import { tekster } from '../tekster';
import { AgreementTable } from './AgreementTable';
import { Section } from '../../../components/Section';

const PAGE_SIZE = 50;

interface Props {
  /** The heading's id, which also names the table. */
  id: string;
  heading: string;
  empty: string;
  pagerLabel: string;
  /** The search landmark's name. */
  searchLabel: string;
  filter: Pick<AgreementListParams, 'status' | 'facility' | 'open' | 'mine'>;
}

/**
 * A section with one paged agreement list, e.g. the current residents on Beboere: sortable by its columns, and
 * searchable by name or number (the text goes in the body of searchAgreements).
 */
export function AgreementListSection({ id, heading, empty, pagerLabel, searchLabel, filter }: Props) {
  const [page, setPage] = useState(0);
  const [sort, setSort] = useState<AgreementSort | undefined>(undefined);
  const [query, setQuery] = useState('');
  const { data, error, isPending } = useAgreements({ ...filter, sort, query, page, size: PAGE_SIZE });
  const { names } = useFacilityNames();
  return (
    <Section id={id} heading={heading}>
      <PersonSearchForm
        id={`${id}-sok`}
        label={searchLabel}
        onSearch={(text) => {
          setQuery(text);
          setPage(0);
        }}
      />
      <ListResult
        isPending={isPending}
        error={error}
        data={data}
        loadingText={tekster.liste.henter}
        errorHeading={tekster.liste.feil}
        empty={empty}
      >
        {(data) => (
          <>
            <AgreementTable
              agreements={data.items}
              labelledBy={id}
              sort={{
                value: sort ?? 'end',
                onChange: (next) => {
                  setSort(next);
                  setPage(0);
                },
              }}
              facilityNames={names}
            />
            <Pager label={pagerLabel} page={data.page} size={data.size} totalItems={data.totalItems} onChange={setPage} />
          </>
        )}
      </ListResult>
    </Section>
  );
}
