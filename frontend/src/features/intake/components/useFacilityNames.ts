import { useMemo } from 'react';
import { useFacilities } from '../../facility/api/useFacilities';

/**
 * Facility id → name, from GET /api/facilities (listFacilities, the facility feature's hook):
 * applications and allocations name facilities by id.
 */
export function useFacilityNames() {
  const query = useFacilities(0, 200);
  const names = useMemo(() => new Map((query.data?.items ?? []).map((facility) => [facility.id, facility.name] as const)), [query.data]);
  return { ...query, names };
}
