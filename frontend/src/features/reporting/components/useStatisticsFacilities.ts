import { useMemo } from 'react';
import { useAuth } from '../../../auth/AuthContext';
import { seesAllFacilityStatistics } from '../../../auth/roles';
import { useFacilityNames } from '../../intake/components/useFacilityNames';
import { useMyFacilities } from '../../sanction/components/useMyFacilities';
import { tekster } from '../tekster';

/** `facility=alle`: every facility together (getStatistics, esikt only). */
export const HELE_KOMMUNEN = 'alle';

/**
 * What the Statistikk page offers to choose from. ESIKT: "Hele kommunen" (the default) and then
 * every facility from GET /api/facilities; staff: their own facilities (the token's claim).
 */
export function useStatisticsFacilities() {
  const { user } = useAuth();
  const all = seesAllFacilityStatistics(user);
  const mine = useMyFacilities();
  const { data, error } = useFacilityNames();
  const options = useMemo(
    () =>
      all
        ? [
            { value: HELE_KOMMUNEN, label: tekster.statistikk.heleKommunen },
            ...(data?.items ?? []).map((facility) => ({ value: facility.id, label: facility.name })),
          ]
        : mine,
    [all, data, mine],
  );
  return {
    options,
    /** Chosen at first and loaded at once: the whole municipality for ESIKT, else the first own facility. */
    defaultFacility: options[0]?.value,
    /** Listing the facilities failed (ESIKT can still see the whole municipality). */
    error: all ? error : null,
  };
}
