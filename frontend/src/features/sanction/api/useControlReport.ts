import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

type ControlReport = components['schemas']['ControlReport'];

export interface ControlReportParams {
  facility: string;
  /** åååå-mm-dd */
  from: string;
  /** åååå-mm-dd */
  to: string;
}

/** GET /api/control-reports (getControlReport) as JSON; nothing is fetched until the parameters are chosen. */
export function useControlReport(params: ControlReportParams | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: params ? queryKeys.controlReports.detail(params) : queryKeys.controlReports.all,
    // format=json: the body is the report (the contract also documents the CSV form of the same operation).
    queryFn: async () =>
      (await unwrap(client.GET('/api/control-reports', { params: { query: { ...params!, format: 'json' } } }))) as ControlReport,
    enabled: params !== null,
  });
}
