import { useMemo } from 'react';
import { useFacilities } from './api/useFacilities';

/**
 * Facility id → name, from GET /api/facilities (listFacilities): applications, allocations,
 * agreements, arrears and reports name facilities by id. `data` is the list itself.
 */
export function useFacilityNames() {
  const query = useFacilities(0, 200);
  const names = useMemo(() => new Map((query.data?.items ?? []).map((facility) => [facility.id, facility.name] as const)), [query.data]);
  return { ...query, names };
}
