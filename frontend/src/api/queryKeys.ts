/** Every TanStack Query key in one place, so mutations can invalidate exactly what they change. */
export const queryKeys = {
  facilities: {
    all: ['facilities'] as const,
    list: (params: { page: number; size: number }) => ['facilities', 'list', params] as const,
    detail: (facilityId: string) => ['facilities', 'detail', facilityId] as const,
    units: (facilityId: string, params: { page: number; size: number }) => ['facilities', 'detail', facilityId, 'units', params] as const,
    houseRules: (facilityId: string) => ['facilities', 'detail', facilityId, 'house-rules'] as const,
    conversions: (facilityId: string) => ['facilities', 'detail', facilityId, 'conversions'] as const,
  },
  persons: {
    all: ['persons'] as const,
    search: (params: { q: string; page: number; size: number }) => ['persons', 'search', params] as const,
    detail: (personId: string) => ['persons', 'detail', personId] as const,
    summary: (personId: string) => ['persons', 'summary', personId] as const,
    innsyn: (personId: string, params: { from?: string; to?: string; kind?: string; page: number; size: number }) =>
      ['persons', 'innsyn', personId, params] as const,
  },
  intakes: {
    all: ['intakes'] as const,
    lists: ['intakes', 'list'] as const,
    /** `query` is a search text: it stays in this in-memory key, never in a URL. */
    list: (params: { status?: string; sort?: string; query?: string; page: number; size: number }) => ['intakes', 'list', params] as const,
    detail: (intakeId: string) => ['intakes', 'detail', intakeId] as const,
  },
  agreements: {
    all: ['agreements'] as const,
    lists: ['agreements', 'list'] as const,
    list: (params: {
      facility?: string;
      status?: string;
      open?: boolean;
      mine?: boolean;
      endingBefore?: string;
      overstay?: boolean;
      sort?: string;
      query?: string;
      page: number;
      size: number;
    }) => ['agreements', 'list', params] as const,
    detail: (agreementId: string) => ['agreements', 'detail', agreementId] as const,
  },
  incidents: {
    all: ['incidents'] as const,
    list: (params: { facility?: string; personId?: string; page: number; size: number }) => ['incidents', 'list', params] as const,
  },
  entries: {
    all: ['entries'] as const,
    list: (params: { facility: string; page: number; size: number }) => ['entries', 'list', params] as const,
  },
  visitorBans: {
    all: ['visitor-bans'] as const,
    list: (params: { facility: string; status: 'ACTIVE' | 'ALL'; page: number; size: number }) => ['visitor-bans', 'list', params] as const,
  },
  sanctions: {
    all: ['sanctions'] as const,
    list: (params: { facility?: string; status?: string; agreementId?: string; page: number; size: number }) =>
      ['sanctions', 'list', params] as const,
    history: (agreementId: string) => ['sanctions', 'history', agreementId] as const,
    /** The forhåndsvarsler on one agreement (under `sanctions`, so every sanction change refetches them). */
    advanceNotices: (agreementId: string) => ['sanctions', 'advance-notices', agreementId] as const,
  },
  controlReports: {
    all: ['control-reports'] as const,
    detail: (params: { facility: string; from: string; to: string }) => ['control-reports', params] as const,
  },
  statistics: {
    all: ['statistics'] as const,
    detail: (params: { facility: string; from: string; to: string }) => ['statistics', params] as const,
  },
  overview: ['overview'] as const,
  /** The caller's own e-mail digest setting (GET /api/me/digest). */
  myDigest: ['me', 'digest'] as const,
  retention: {
    all: ['retention'] as const,
    preview: (params: { page: number; size: number }) => ['retention', 'preview', params] as const,
  },
  assessments: {
    all: ['assessments'] as const,
    instruments: ['assessments', 'instruments'] as const,
    person: (personId: string) => ['assessments', 'person', personId] as const,
    list: (personId: string, instrument?: string) => ['assessments', 'person', personId, { instrument }] as const,
  },
  vacancies: {
    all: ['vacancies'] as const,
    list: (params: { from: string; facility?: string; kind?: string; page: number; size: number }) =>
      ['vacancies', 'list', params] as const,
  },
  egenbetaling: {
    all: ['egenbetaling'] as const,
    chargeRun: (runId: string) => ['egenbetaling', 'charge-runs', runId] as const,
    bankImport: (importId: string) => ['egenbetaling', 'imports', importId] as const,
    unmatched: (params: { page: number; size: number }) => ['egenbetaling', 'unmatched', params] as const,
    arrearsAll: ['egenbetaling', 'arrears'] as const,
    arrears: (params: { facility?: string; sort?: string; query?: string; page?: number; size?: number }) =>
      ['egenbetaling', 'arrears', params] as const,
    /** Every page of one agreement's ledger (to invalidate them all). */
    ledgerAll: (agreementId: string) => ['egenbetaling', 'ledger', agreementId] as const,
    /** One page of the ledger's lines, 0 the newest; balance, overdue and the forms read page 0. */
    ledger: (agreementId: string, page = 0) => ['egenbetaling', 'ledger', agreementId, { page }] as const,
    accountsAll: ['egenbetaling', 'accounts'] as const,
    accounts: (params: { q: string; facility: string; page: number; size: number }) => ['egenbetaling', 'accounts', params] as const,
    chargeRunHistoryAll: ['egenbetaling', 'charge-run-history'] as const,
    chargeRunHistory: (params: { page: number; size: number }) => ['egenbetaling', 'charge-run-history', params] as const,
    importHistoryAll: ['egenbetaling', 'import-history'] as const,
    importHistory: (params: { page: number; size: number }) => ['egenbetaling', 'import-history', params] as const,
    closedPeriods: ['egenbetaling', 'closed-periods'] as const,
    dimensionsAll: ['egenbetaling', 'accounting-dimensions'] as const,
    dimensions: (params: { page: number; size: number }) => ['egenbetaling', 'accounting-dimensions', params] as const,
  },
};
