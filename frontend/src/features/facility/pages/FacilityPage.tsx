import { useState } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { useAuth } from '../../../auth/AuthContext';
import { canConvertFacility, canEditHouseRules } from '../../../auth/roles';
import { ListResult } from '../../../components/ListResult';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useFacility } from '../../../shared/facility/api/useFacility';
import { useFacilityUnits } from '../../../shared/facility/api/useFacilityUnits';
import { useHouseRules } from '../../../shared/facility/api/useHouseRules';
import { FacilityTerms } from '../components/FacilityTerms';
import { HouseRulesView } from '../components/HouseRulesView';
import { UnitTable } from '../components/UnitTable';
import { ConversionForm } from '../form/ConversionForm';
import { HouseRulesForm } from '../form/HouseRulesForm';
import { tekster } from '../tekster';
import { Breadcrumbs, menuCrumb } from '../../../components/Breadcrumbs';
import { Section } from '../../../components/Section';

type Facility = components['schemas']['Facility'];
type Version = components['schemas']['HouseRulesVersion'];

const UNIT_PAGE_SIZE = 50;

function UnitsSection({ facility }: { facility: Facility }) {
  const t = tekster.side;
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useFacilityUnits(facility.id, page, UNIT_PAGE_SIZE);
  return (
    <Section id="boenheter-tittel" heading={t.boenheter}>
      <Paragraph>
        {facility.unitCounts.total} boenheter: {facility.unitCounts.vacant} ledige, {facility.unitCounts.allocated} tildelte og{' '}
        {facility.unitCounts.occupied} bebodde.
      </Paragraph>
      <ListResult
        isPending={isPending}
        error={error}
        data={data}
        loadingText={tekster.side.henterBoenheter}
        errorHeading={t.boenheterFeil}
        empty={t.ingenBoenheter}
      >
        {(data) => (
          <>
            <UnitTable units={data.items} caption={t.boenheterTabell(facility.name)} />
            <Pager label={t.boenheterSider} page={data.page} size={data.size} totalItems={data.totalItems} onChange={setPage} />
          </>
        )}
      </ListResult>
    </Section>
  );
}

function HouseRulesSection({ facilityId }: { facilityId: string }) {
  const t = tekster.regler;
  const { user } = useAuth();
  const { data, error, isPending } = useHouseRules(facilityId);
  const [saved, setSaved] = useState<Version | null>(null);
  const current = data?.versions.find((v) => v.version === data.currentVersion);

  return (
    <>
      <Section id="regler-tittel" heading={t.tittel}>
        {saved && (
          <Alert data-color="success" role="status">
            <Paragraph>{tekster.skjema.lagret(saved.version)}</Paragraph>
          </Alert>
        )}
        {isPending ? (
          <Loading text={tekster.side.henterRegler} />
        ) : error ? (
          <ProblemAlert error={error} heading={t.feil} />
        ) : (
          <HouseRulesView key={data.currentVersion} history={data} />
        )}
      </Section>
      {data && canEditHouseRules(user, facilityId) && (
        <section className="bta-section">
          <HouseRulesForm
            key={data.currentVersion}
            facilityId={facilityId}
            current={current}
            currentVersion={data.currentVersion}
            onSaved={setSaved}
          />
        </section>
      )}
    </>
  );
}

export function FacilityPage() {
  const { facilityId = '' } = useParams();
  const { user } = useAuth();
  const { data: facility, error, isPending } = useFacility(facilityId);
  useDocumentTitle(facility?.name ?? tekster.side.botiltak);

  return (
    <>
      <Breadcrumbs crumbs={[menuCrumb('/botiltak'), { label: facility?.name ?? tekster.side.botiltak }]} />
      {isPending ? (
        <>
          <PageHeading>{tekster.side.botiltak}</PageHeading>
          <Loading text={tekster.side.henter} />
        </>
      ) : error ? (
        <>
          <PageHeading>{tekster.side.botiltak}</PageHeading>
          <ProblemAlert error={error} heading={tekster.side.feil} />
        </>
      ) : (
        <>
          <PageHeading>{facility.name}</PageHeading>
          {facility.description && <Paragraph>{facility.description}</Paragraph>}
          <Paragraph className="bta-subtle">
            {[facility.address, facility.operator && tekster.side.drivesAv(facility.operator)].filter(Boolean).join(' · ')}
          </Paragraph>
          <Section id="vilkar-tittel" heading={tekster.side.vilkar}>
            <FacilityTerms facility={facility} />
          </Section>
          <UnitsSection facility={facility} />
          <HouseRulesSection facilityId={facility.id} />
          {canConvertFacility(user, facility.id) && <ConversionForm facility={facility} />}
        </>
      )}
    </>
  );
}
