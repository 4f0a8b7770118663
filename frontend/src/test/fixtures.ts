import type { components } from '../api/schema.gen';

type Schemas = components['schemas'];

/* Test data shaped like the demo seed (see DOMAIN.md); ids and names match the seed. */

const summary = (
  id: string,
  name: string,
  agreementKind: Schemas['AgreementKind'],
  description: string,
  unitCounts: Schemas['UnitCounts'],
  sexes: Schemas['Sex'][] = ['FEMALE', 'MALE'],
): Schemas['FacilitySummary'] => ({
  id,
  name,
  agreementKind,
  address: null,
  operator: 'Enhet for rustjenester',
  targetGroup: { sexes, description },
  unitCounts,
});

export const facilitySummaries: Schemas['FacilitySummary'][] = [
  summary('bakklandet', 'Bakklandet bo- og tjenestetilbud', 'BTA', 'Unge voksne 18–25 år, inntil 30', {
    total: 9,
    vacant: 6,
    allocated: 1,
    occupied: 2,
  }),
  summary('heidrunsenteret', 'Heidrunsenteret, hybelfløyen', 'BTA', 'Kvinner med rusproblemer', {
    total: 6,
    vacant: 2,
    allocated: 0,
    occupied: 4,
  }, ['FEMALE']),
  summary('valoyveien-9-sokkelen', 'Valøyveien 9, Sokkelen', 'BTA', 'Menn og kvinner med rus- og atferdsvansker', {
    total: 4,
    vacant: 1,
    allocated: 0,
    occupied: 3,
  }),
  summary('valoyveien-9', 'Valøyveien 9', 'LEASE', 'Voksne med rusproblemer', {
    total: 38,
    vacant: 3,
    allocated: 1,
    occupied: 34,
  }),
];

export const bakklandet: Schemas['Facility'] = {
  id: 'bakklandet',
  name: 'Bakklandet bo- og tjenestetilbud',
  agreementKind: 'BTA',
  address: null,
  operator: 'Enhet for rustjenester',
  description: 'Bo- og tjenestetilbud for unge voksne med rusproblemer.',
  targetGroup: { sexes: ['FEMALE', 'MALE'], minAge: 18, maxAge: 30, description: 'Unge voksne 18–25 år, inntil 30' },
  unitCounts: { total: 9, vacant: 6, allocated: 1, occupied: 2 },
  substancePolicy: 'SUBSTANCE_FREE',
  substancePolicyNote: 'Huset er helt rusfritt, også for alkohol.',
  monthlyFeeOre: 500000,
  feeIncludes: ['Hybel', 'Strøm', 'Internett'],
  noticeDays: 14,
  exclusionDays: 5,
  maxContinuousStayDays: 730,
  entryGrounds: ['DANGER_TO_LIFE_OR_HEALTH', 'NOISE_AND_DISTURBANCE'],
  currentRulesVersion: 2,
};

export const bakklandetUnits: Schemas['UnitPage'] = {
  items: [
    { id: '0b8e4c9e-1f7a-4a53-9a7e-1d3f5c6b7a81', label: 'H101', type: 'BEDSIT', floor: 1, status: 'VACANT' },
    { id: '0b8e4c9e-1f7a-4a53-9a7e-1d3f5c6b7a82', label: 'H102', type: 'BEDSIT', floor: 1, status: 'ALLOCATED' },
    { id: '0b8e4c9e-1f7a-4a53-9a7e-1d3f5c6b7a83', label: 'H201', type: 'BEDSIT', floor: 2, status: 'OCCUPIED' },
  ],
  page: 0,
  size: 50,
  totalItems: 3,
};

export const bakklandetRules: Schemas['HouseRulesHistory'] = {
  facilityId: 'bakklandet',
  currentVersion: 2,
  versions: [
    {
      version: 2,
      validFrom: '2014-01-01',
      createdAt: '2013-12-10T09:30:00Z',
      createdBy: 'bakklandet-leder',
      changeNote: 'Regel om overnattingsgjester',
      current: true,
      houseRules: [
        { number: 1, text: 'Huset er rusfritt.' },
        { number: 2, text: 'Overnattingsgjester avtales med personalet.' },
      ],
      hmsRules: [{ number: 1, text: 'Røyking er ikke tillatt innendørs.' }],
    },
    {
      version: 1,
      validFrom: '2013-05-01',
      createdAt: '2013-04-20T10:00:00Z',
      createdBy: 'system',
      changeNote: 'Første versjon',
      current: false,
      houseRules: [{ number: 1, text: 'Huset er rusfritt.' }],
      hmsRules: [{ number: 1, text: 'Røyking er ikke tillatt innendørs.' }],
    },
  ],
};
