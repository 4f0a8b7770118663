import type { components } from '../../../api/schema.gen';

type Schemas = components['schemas'];

export const overviewItems: Schemas['OverviewItem'][] = [
  {
    kind: 'AGREEMENT_ENDING',
    facilityId: 'bakklandet',
    agreementId: '11111111-1111-4111-8111-111111111111',
    personName: 'Ida Solbakken',
    dueDate: '2026-12-18',
    text: 'Avtaleperioden slutter',
    link: '/avtaler/11111111-1111-4111-8111-111111111111',
  },
  {
    kind: 'UNSIGNED',
    facilityId: 'bakklandet',
    agreementId: '22222222-2222-4222-8222-222222222222',
    personName: 'Nora Fjeldstad',
    text: 'Avtalen er ikke signert av begge parter',
    link: '/avtaler/22222222-2222-4222-8222-222222222222',
  },
  {
    kind: 'ALLOCATION_AWAITING_MOVE_IN',
    facilityId: 'bakklandet',
    intakeId: '33333333-3333-4333-8333-333333333333',
    personName: 'Elias Brekken',
    dueDate: '2026-12-01',
    text: 'Tildelt, venter på innflytting',
    link: '/soknader/33333333-3333-4333-8333-333333333333',
  },
  {
    kind: 'AGREEMENT_ENDING',
    facilityId: 'bakklandet',
    agreementId: '44444444-4444-4444-8444-444444444444',
    personName: 'Sofie Nygård',
    dueDate: '2026-12-20',
    text: 'Avtaleperioden slutter',
    link: '/avtaler/44444444-4444-4444-8444-444444444444',
  },
];

export function statistics(from: string, to: string, occupancy = 0.35): Schemas['Statistics'] {
  return {
    facilityId: 'bakklandet',
    facilityName: 'Bakklandet bo- og tjenestetilbud',
    from,
    to,
    residentsServed: 5,
    moveIns: 4,
    moveOuts: 1,
    moveOutsByDestination: [
      { key: 'MUNICIPAL_RENTAL', count: 0 },
      { key: 'PRIVATE_RENTAL', count: 1 },
      { key: 'TREATMENT', count: 0 },
    ],
    moveOutsByReason: [
      { key: 'OWN_WISH', count: 1 },
      { key: 'BREACHES', count: 0 },
    ],
    stillLiving: 4,
    meanStayDays: 230,
    medianStayDays: 240,
    stayBuckets: [
      { key: '0-30', count: 0 },
      { key: '31-60', count: 1 },
      { key: '181-365', count: 2 },
      { key: '731-', count: 0 },
    ],
    permanentHousingShare: 1,
    occupancy,
    occupiedUnitDays: 1028,
    availableUnitDays: 2934,
    medianWaitingDays: 66,
    waitingListAtEnd: 2,
    sanctionsByType: [{ key: 'WRITTEN_WARNING', count: 2 }],
    exclusions: 0,
    entriesWithoutConsent: 1,
    terminations: 0,
    arrearsAtEndOre: 1250000,
    summary:
      'Fra januar 2026 til mars 2026 har Bakklandet bo- og tjenestetilbud hatt i alt 5 beboere. Av dem har 1 til privat leid bolig. 4 bor der fortsatt.',
  };
}

/** The whole municipality (facility=alle, esikt): every facility together. */
export function municipalityStatistics(from: string, to: string, occupancy = 0.35): Schemas['Statistics'] {
  return {
    ...statistics(from, to, occupancy),
    facilityId: 'alle',
    facilityName: 'Hele kommunen',
    residentsServed: 12,
    waitingListAtEnd: 7,
    summary:
      'Fra januar 2026 til mars 2026 har botiltakene i kommunen hatt i alt 12 beboere. Av dem har 1 til privat leid bolig. 4 bor der fortsatt.',
  };
}
