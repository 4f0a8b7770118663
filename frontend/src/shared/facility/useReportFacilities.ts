import { useCallback, useMemo } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { seesWholeMunicipality, type MunicipalityReport } from '../../auth/roles';
import { felles } from '../../components/tekster';
import { useFacilityNames } from './useFacilityNames';
import { useMyFacilities } from './useMyFacilities';

/** `facility=alle` in a report: every facility together (getStatistics, getControlReport). */
export const HELE_KOMMUNEN = 'alle';

/**
 * The facilities this user may report on, as select options. Roles that see the whole
 * municipality for this report (statistics: ESIKT and the internal control; control report: the
 * internal control) get "Hele kommunen" first (the default) and then every facility from
 * GET /api/facilities; everyone else gets the facilities they work at (the token's claim).
 */
export function useReportFacilities(report: MunicipalityReport) {
  const { user } = useAuth();
  const wholeMunicipality = seesWholeMunicipality(user, report);
  const mine = useMyFacilities();
  const { data, error, names } = useFacilityNames();
  const options = useMemo(
    () =>
      wholeMunicipality
        ? [
            { value: HELE_KOMMUNEN, label: felles.heleKommunen },
            ...(data?.items ?? []).map((facility) => ({ value: facility.id, label: facility.name })),
          ]
        : mine,
    [wholeMunicipality, data, mine],
  );
  /** The name of a facility id in a report ("Hele kommunen" for `alle`); the id until the names are loaded. */
  const nameOf = useCallback(
    (facilityId: string) => (facilityId === HELE_KOMMUNEN ? felles.heleKommunen : (names.get(facilityId) ?? facilityId)),
    [names],
  );
  return {
    options,
    /** Chosen at first: the whole municipality for those who see it, else the first own facility. */
    defaultFacility: options[0]?.value,
    /** Whether "Hele kommunen" and every facility are offered. */
    wholeMunicipality,
    nameOf,
    /** Listing the facilities failed (the whole municipality can still be chosen). */
    error: wholeMunicipality ? error : null,
  };
}
