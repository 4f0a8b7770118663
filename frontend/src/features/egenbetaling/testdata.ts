import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

/* Test data for the egenbetaling screens (Vitest); agreement ids as in src/test/fixtures.ts. */

export const OLA_AGREEMENT = '4b1f0d2c-6e7a-4c8b-9d0e-1f2a3b4c5d6f';
export const KARI_AGREEMENT = '4b1f0d2c-6e7a-4c8b-9d0e-1f2a3b4c5d6e';

export const arrears: Schemas['Arrears'] = {
  items: [
    {
      agreementId: OLA_AGREEMENT,
      facilityId: 'bakklandet',
      personId: '5a1d2e3f-4b5c-4d6e-8f70-8192a3b4c5d6',
      personName: 'Ola Nordmann',
      unitLabel: 'H201',
      days0to30Ore: 500000,
      days31to60Ore: 500000,
      days61to90Ore: 0,
      over90Ore: 12345,
      totalOre: 1012345,
      flagged: true,
      hasRepaymentPlan: false,
    },
    {
      agreementId: KARI_AGREEMENT,
      facilityId: 'heidrunsenteret',
      personId: '3f0c8f0e-58c4-4bb9-a7a5-0c1f7a7f6a11',
      personName: 'Kari Nordmann',
      unitLabel: 'H3',
      days0to30Ore: 250050,
      days31to60Ore: 0,
      days61to90Ore: 0,
      over90Ore: 0,
      totalOre: 250050,
      flagged: false,
      hasRepaymentPlan: true,
    },
  ],
  days0to30Ore: 750050,
  days31to60Ore: 500000,
  days61to90Ore: 0,
  over90Ore: 12345,
  totalOre: 1262395,
  thresholdOre: 500000,
};

export const ledger: Schemas['Ledger'] = {
  agreementId: OLA_AGREEMENT,
  balanceOre: 1012345,
  overdueOre: 1012345,
  flagged: true,
  paymentSetup: { method: 'INVOICE' },
  lines: [
    {
      date: '2026-10-01',
      type: 'CHARGE',
      text: 'Egenbetaling 2026-10',
      debitOre: 500000,
      creditOre: 0,
      balanceOre: 500000,
      kid: '0001000017',
    },
    { date: '2026-10-20', type: 'PAYMENT', text: 'Innbetaling', debitOre: 0, creditOre: 250000, balanceOre: 250000 },
  ],
  repaymentPlans: [
    {
      id: '11111111-2222-4333-8444-555555555555',
      debtOre: 250000,
      startDate: '2026-11-01',
      instalmentOre: 50000,
      instalments: 5,
      state: 'BEHIND',
      paidTowardsOre: 0,
      expectedByTodayOre: 50000,
      createdAt: '2026-10-25T10:00:00Z',
      createdBy: 'okonomi1',
    },
  ],
  housingBenefit: [{ id: '21111111-2222-4333-8444-555555555555', status: 'APPLIED', appliedOn: '2026-10-01' }],
};

export const run = (over: Partial<Schemas['ChargeRun']>): Schemas['ChargeRun'] => ({
  id: '31111111-2222-4333-8444-555555555555',
  period: '2026-11',
  state: 'RUNNING',
  total: 40,
  done: 0,
  created: 0,
  skipped: 0,
  startedAt: '2026-11-02T08:00:00Z',
  startedBy: 'okonomi1',
  ...over,
});

export const payment = (over: Partial<Schemas['Payment']> = {}): Schemas['Payment'] => ({
  id: '41111111-2222-4333-8444-555555555555',
  channel: 'OCR',
  sourceReference: 'OCR:2026-11-02:A00000002:0000002',
  kid: '99999999999',
  amountOre: 12300,
  paidOn: '2026-11-01',
  matched: false,
  allocations: [],
  registeredAt: '2026-11-02T08:00:00Z',
  registeredBy: 'okonomi1',
  ...over,
});

export const bankImport = (over: Partial<Schemas['BankImport']> = {}): Schemas['BankImport'] => ({
  id: '51111111-2222-4333-8444-555555555555',
  filename: 'ocr-2026-11-02.txt',
  state: 'DONE',
  total: 4,
  done: 4,
  matched: 2,
  unmatched: 1,
  duplicates: 1,
  amountOre: 512300,
  createdAt: '2026-11-02T08:00:00Z',
  createdBy: 'okonomi1',
  finishedAt: '2026-11-02T08:00:01Z',
  unmatchedPayments: [payment()],
  ...over,
});
