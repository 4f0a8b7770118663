import { useState } from 'react';
import { ListResult } from '../../../components/ListResult';
import { Pager } from '../../../components/Pager';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { useAgreements, type AgreementListParams } from '../../../shared/agreement/api/useAgreements';
import { tekster } from '../tekster';
import { AgreementTable } from './AgreementTable';
import { Section } from '../../../components/Section';

const PAGE_SIZE = 50;

interface Props {
  id: string;
  heading: string;
  caption: string;
  empty: string;
  pagerLabel: string;
  query: Omit<AgreementListParams, 'page' | 'size'>;
}

/** A section with one paged agreement list, e.g. the current residents on Beboere. */
export function AgreementListSection({ id, heading, caption, empty, pagerLabel, query }: Props) {
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useAgreements({ ...query, page, size: PAGE_SIZE });
  const { names } = useFacilityNames();
  return (
    <Section id={id} heading={heading}>
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
            <AgreementTable agreements={data.items} caption={`${caption} (${data.totalItems})`} facilityNames={names} />
            <Pager label={pagerLabel} page={data.page} size={data.size} totalItems={data.totalItems} onChange={setPage} />
          </>
        )}
      </ListResult>
    </Section>
  );
}
