import { Paragraph } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router-dom';
import { ListResult } from '../../../components/ListResult';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useFacilities } from '../../../shared/facility/api/useFacilities';
import { FacilityTable } from '../components/FacilityTable';
import { tekster } from '../tekster';

const PAGE_SIZE = 50;

/** Reads `?side=2` (1-based, as people count) into an API page number (0-based). */
function pageFromParams(params: URLSearchParams): number {
  const side = Number(params.get('side'));
  return Number.isInteger(side) && side > 1 ? side - 1 : 0;
}

export function FacilityListPage() {
  const t = tekster.liste;
  useDocumentTitle(t.tittel);
  const [params, setParams] = useSearchParams();
  const page = pageFromParams(params);
  const { data, error, isPending } = useFacilities(page, PAGE_SIZE);

  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{t.ingress}</Paragraph>
      <ListResult isPending={isPending} error={error} data={data} errorHeading={t.feil} empty={t.tom}>
        {(data) => (
          <>
            <FacilityTable facilities={data.items} />
            <Pager
              label={t.sider}
              page={data.page}
              size={data.size}
              totalItems={data.totalItems}
              onChange={(next) => setParams(next > 0 ? { side: String(next + 1) } : {})}
            />
          </>
        )}
      </ListResult>
    </>
  );
}
