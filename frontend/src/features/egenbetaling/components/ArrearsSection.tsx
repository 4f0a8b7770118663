import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { Loading } from '../../../components/Loading';
import { Pager } from '../../../components/Pager';
import { PersonSearchForm } from '../../../components/PersonSearch';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { useArrears, type ArrearsSort } from '../api/useArrears';
import { tekster } from '../tekster';
import { ArrearsTable } from './ArrearsTable';
import { FacilitySearchForm } from './FacilitySearchForm';

const t = tekster.restanser;
export const ARREARS_PAGE_SIZE = 50;

interface Props {
  /** A section with its own h2 ("Restanser"); without it the view has no heading of its own. */
  withHeading?: boolean;
  /** A facility filter (okonomi sees every facility). */
  withFilter?: boolean;
}

const HEADING_ID = 'restanser-tittel';

/**
 * Restanser (R-PAY-4): arrears by age per agreement, a page at a time, the largest first unless sorted by another
 * column, with the totals over all of them (or all that match a search by name or number, sent in the body of
 * searchArrears); flagged rows and repayment plans marked. Used on the Egenbetaling page (okonomi, with a facility
 * filter) and on Beboere (staff, own facilities).
 */
export function ArrearsSection({ withHeading = false, withFilter = false }: Props) {
  const [facility, setFacility] = useState('');
  const [sort, setSort] = useState<ArrearsSort | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useArrears({ facility, sort, query, page, size: ARREARS_PAGE_SIZE });
  const { names } = useFacilityNames();
  const content = (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      {withFilter && (
        <FacilitySearchForm
          id="restanser-botiltak"
          submitText={t.vis}
          label={t.botiltak}
          allLabel={t.alleBotiltak}
          onSearch={(chosen) => {
            setFacility(chosen);
            setPage(0);
          }}
        />
      )}
      <PersonSearchForm
        id="restanser-sok"
        label={t.sok}
        onSearch={(text) => {
          setQuery(text);
          setPage(0);
        }}
      />
      {isPending ? (
        <Loading text={t.henter} />
      ) : error ? (
        <ProblemAlert error={error} heading={t.feil} />
      ) : (
        <>
          <ArrearsTable
            arrears={data}
            facilityNames={names}
            {...(withHeading ? { labelledBy: HEADING_ID } : { caption: t.tabell })}
            empty={query ? t.ingenTreff : t.tom}
            sort={{
              value: sort ?? '-total',
              onChange: (next) => {
                setSort(next);
                setPage(0);
              },
            }}
          />
          <Pager page={page} size={ARREARS_PAGE_SIZE} totalItems={data.totalItems} onChange={setPage} label={t.sider} />
        </>
      )}
    </>
  );
  if (!withHeading) return <div className="bta-stack">{content}</div>;
  return (
    <Section id={HEADING_ID} heading={t.tittel}>
      {content}
    </Section>
  );
}
