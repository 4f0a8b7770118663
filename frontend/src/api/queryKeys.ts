/** Every TanStack Query key in one place, so mutations can invalidate exactly what they change. */
export const queryKeys = {
  facilities: {
    all: ['facilities'] as const,
    list: (params: { page: number; size: number }) => ['facilities', 'list', params] as const,
    detail: (facilityId: string) => ['facilities', 'detail', facilityId] as const,
    units: (facilityId: string, params: { page: number; size: number }) =>
      ['facilities', 'detail', facilityId, 'units', params] as const,
    houseRules: (facilityId: string) => ['facilities', 'detail', facilityId, 'house-rules'] as const,
  },
};
