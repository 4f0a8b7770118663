import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type Instrument = components['schemas']['Instrument'];
export type InstrumentItem = components['schemas']['InstrumentItem'];
export type InstrumentAnswer = components['schemas']['InstrumentAnswer'];

/** GET /api/instruments (listInstruments): the instruments as data; they change only with a release. */
export function useInstruments() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.assessments.instruments,
    queryFn: () => unwrap(client.GET('/api/instruments')),
    staleTime: Infinity,
  });
}
