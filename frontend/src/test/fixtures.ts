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
  summary(
    'heidrunsenteret',
    'Heidrunsenteret, hybelfløyen',
    'BTA',
    'Kvinner med rusproblemer',
    {
      total: 6,
      vacant: 2,
      allocated: 0,
      occupied: 4,
    },
    ['FEMALE'],
  ),
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

/* Intake: a person and an application at each interesting step. */

export const kari: Schemas['PersonSummary'] = {
  id: '3f0c8f0e-58c4-4bb9-a7a5-0c1f7a7f6a11',
  nationalIdMasked: '158990 *****',
  name: 'Kari Nordmann',
  birthDate: '1990-09-15',
  sex: 'FEMALE',
};

export const ola: Schemas['PersonSummary'] = {
  id: '5a1d2e3f-4b5c-4d6e-8f70-8192a3b4c5d6',
  nationalIdMasked: '018303 *****',
  name: 'Ola Nordmann',
  birthDate: '2003-03-01',
  sex: 'MALE',
};

export const INTAKE_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

export const submittedIntake: Schemas['Intake'] = {
  id: INTAKE_ID,
  person: kari,
  status: 'SUBMITTED',
  receivedOn: '2026-11-02',
  createdAt: '2026-11-02T09:15:00Z',
  caseworker: 'hvk1',
  assessment: 'Ung kvinne med rusproblemer som trenger tett oppfølging og et rusfritt bomiljø.',
  needs: 'Daglig oppfølging, hjelp med økonomi.',
  facilityWishes: ['bakklandet'],
  hasRentalHousingDecision: true,
  timeline: [
    {
      at: '2026-11-02T09:15:00Z',
      type: 'SUBMITTED',
      byUser: 'hvk1',
      byRole: 'hvk',
      summary: 'Søknad registrert av HVK',
    },
  ],
  nextActions: ['PRIORITISE'],
};

export const waitingIntake: Schemas['Intake'] = {
  ...submittedIntake,
  status: 'WAITING',
  priority: 1,
  priorityReason: 'Akutt behov, bor på hospits.',
  timeline: [
    ...submittedIntake.timeline,
    {
      at: '2026-11-03T10:00:00Z',
      type: 'PRIORITISED',
      byUser: 'esikt1',
      byRole: 'esikt',
      summary: 'Satt på ventelisten med prioritet 1: Akutt behov, bor på hospits.',
    },
  ],
  nextActions: ['PRIORITISE', 'ALLOCATE'],
};

export const orientedIntake: Schemas['Intake'] = {
  ...waitingIntake,
  status: 'ORIENTED',
  allocation: {
    id: '9b2f4c1a-2d3e-4f50-8a6b-7c8d9e0f1a2b',
    unitId: '0b8e4c9e-1f7a-4a53-9a7e-1d3f5c6b7a81',
    unitLabel: 'H101',
    facilityId: 'bakklandet',
    facilityName: 'Bakklandet bo- og tjenestetilbud',
    fromDate: '2026-12-01',
    coordinator: 'Lars Leder',
    createdAt: '2026-11-04T08:00:00Z',
    createdBy: 'esikt1',
  },
  informedOn: '2026-11-05',
  orientation: { heldOn: '2026-11-06', participants: ['APPLICANT', 'HVK', 'FACILITY'], applicantAnswer: 'ACCEPTED' },
  nextActions: ['DECIDE', 'WITHDRAW', 'REJECT'],
};

export const intakeSummary = (intake: Schemas['Intake']): Schemas['IntakeSummary'] => ({
  id: intake.id,
  person: intake.person,
  status: intake.status,
  receivedOn: intake.receivedOn,
  priority: intake.priority,
  facilityWishes: intake.facilityWishes,
  allocatedFacilityId: intake.allocation?.facilityId,
  allocatedUnitLabel: intake.allocation?.unitLabel,
  caseworker: intake.caseworker,
  hasRentalHousingDecision: intake.hasRentalHousingDecision,
});

const youngAdults: Schemas['TargetGroup'] = {
  sexes: ['FEMALE', 'MALE'],
  minAge: 18,
  maxAge: 30,
  description: 'Unge voksne 18–25 år, inntil 30',
};

export const vacancies: Schemas['Vacancy'][] = [
  {
    unitId: '0b8e4c9e-1f7a-4a53-9a7e-1d3f5c6b7a81',
    unitLabel: 'H101',
    unitType: 'BEDSIT',
    facilityId: 'bakklandet',
    facilityName: 'Bakklandet bo- og tjenestetilbud',
    agreementKind: 'BTA',
    targetGroup: youngAdults,
  },
  {
    unitId: '0b8e4c9e-1f7a-4a53-9a7e-1d3f5c6b7a84',
    unitLabel: 'H202',
    unitType: 'BEDSIT',
    facilityId: 'bakklandet',
    facilityName: 'Bakklandet bo- og tjenestetilbud',
    agreementKind: 'BTA',
    targetGroup: youngAdults,
  },
  {
    unitId: '1c9f5d0f-2a8b-4b64-8b8f-2e4a6d7c8b91',
    unitLabel: 'S1',
    unitType: 'FLAT',
    facilityId: 'valoyveien-9-sokkelen',
    facilityName: 'Valøyveien 9, Sokkelen',
    agreementKind: 'BTA',
    targetGroup: { sexes: ['FEMALE', 'MALE'], description: 'Menn og kvinner med rus- og atferdsvansker' },
  },
];

/* Agreements: a draft at Bakklandet waiting for signatures, and summaries for the lists. */

export const AGREEMENT_ID = '4b1f0d2c-6e7a-4c8b-9d0e-1f2a3b4c5d6e';

export const draftAgreement: Schemas['Agreement'] = {
  id: AGREEMENT_ID,
  kind: 'BTA',
  status: 'DRAFT',
  person: kari,
  facilityId: 'bakklandet',
  facilityName: 'Bakklandet bo- og tjenestetilbud',
  unitId: '0b8e4c9e-1f7a-4a53-9a7e-1d3f5c6b7a81',
  unitLabel: 'H101',
  intakeId: INTAKE_ID,
  startDate: '2026-12-01',
  endDate: '2027-01-31',
  monthlyFeeOre: 500000,
  feeIncludes: ['Hybel', 'Strøm', 'Internett'],
  noticeDays: 14,
  rulesVersion: null,
  signatures: {},
  periods: [{ seq: 1, fromDate: '2026-12-01', toDate: '2027-01-31' }],
  evaluations: [],
  fees: [{ effectiveFrom: '2026-12-01', monthlyFeeOre: 500000 }],
  followUp: { responsibilityGroup: [], meetings: [] },
  deposit: {},
  flags: ['UNSIGNED'],
  warnings: [],
  moveInMissing: ['beboeren har ikke signert', 'fagleder har ikke signert for kommunen', 'primærkontakt er ikke oppnevnt'],
  timeline: [
    {
      at: '2026-11-25T09:00:00Z',
      type: 'DRAFTED',
      byUser: 'bakklandet1',
      summary: 'Utkast til bo- og tjenesteavtale for perioden 01.12.2026–31.01.2027',
    },
  ],
};

export const activeAgreement: Schemas['Agreement'] = {
  ...draftAgreement,
  id: '4b1f0d2c-6e7a-4c8b-9d0e-1f2a3b4c5d6f',
  person: ola,
  status: 'ACTIVE',
  rulesVersion: 2,
  signatures: { residentSignedOn: '2026-11-28', municipalitySignedOn: '2026-11-28', municipalitySignedBy: 'bakklandet-leder' },
  followUp: { primaryContact: 'Berit Bakken', individualPlan: 'ACCEPTED', responsibilityGroup: [], meetings: [] },
  movedInOn: '2026-12-01',
  flags: ['FIRST_PERIOD_NOT_EVALUATED'],
  moveInMissing: [],
};

export const agreementSummary = (a: Schemas['Agreement']): Schemas['AgreementSummary'] => ({
  id: a.id,
  kind: a.kind,
  status: a.status,
  person: a.person,
  facilityId: a.facilityId,
  unitLabel: a.unitLabel,
  startDate: a.startDate,
  endDate: a.endDate,
  movedInOn: a.movedInOn,
  flags: a.flags,
});
