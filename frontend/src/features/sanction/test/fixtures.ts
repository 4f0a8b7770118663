import type { components } from '../../../api/schema.gen';
import { bakklandet, ola } from '../../../test/fixtures';

type Schemas = components['schemas'];

/* Test data for incidents and sanctions: Ola at Bakklandet (BTA) and a tenant at Valøyveien 9 (LEASE). */

export const BTA_AGREEMENT_ID = '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d';
export const LEASE_AGREEMENT_ID = '7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e';
export const INCIDENT_ID = '8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f';
export const SANCTION_ID = '9d0e1f2a-3b4c-4d5e-9f6a-7b8c9d0e1f2a';

export const btaAgreement: Schemas['Agreement'] = {
  id: BTA_AGREEMENT_ID,
  kind: 'BTA',
  status: 'ACTIVE',
  person: ola,
  facilityId: 'bakklandet',
  facilityName: 'Bakklandet bo- og tjenestetilbud',
  unitId: '0b8e4c9e-1f7a-4a53-9a7e-1d3f5c6b7a83',
  unitLabel: 'H201',
  startDate: '2026-10-01',
  endDate: '2027-09-30',
  monthlyFeeOre: 500000,
  feeIncludes: ['Hybel', 'Strøm', 'Internett'],
  noticeDays: 14,
  rulesVersion: 2,
  signatures: { residentSignedOn: '2026-09-28', municipalitySignedOn: '2026-09-28', municipalitySignedBy: 'bakklandet-leder' },
  periods: [{ seq: 1, fromDate: '2026-10-01', toDate: '2027-09-30' }],
  evaluations: [],
  fees: [{ effectiveFrom: '2026-10-01', monthlyFeeOre: 500000 }],
  followUp: { primaryContact: 'Berit Bakken', responsibilityGroup: [], meetings: [] },
  deposit: {},
  movedInOn: '2026-10-01',
  flags: [],
  warnings: [],
  moveInMissing: [],
  timeline: [],
};

export const leaseAgreement: Schemas['Agreement'] = {
  ...btaAgreement,
  id: LEASE_AGREEMENT_ID,
  kind: 'LEASE',
  facilityId: 'valoyveien-9',
  facilityName: 'Valøyveien 9',
  unitLabel: 'L12',
};

export const valoyveien9: Schemas['Facility'] = {
  ...bakklandet,
  id: 'valoyveien-9',
  name: 'Valøyveien 9',
  agreementKind: 'LEASE',
  exclusionDays: null,
  entryGrounds: ['DANGER_TO_LIFE_OR_HEALTH'],
};

export const btaHistory: Schemas['SanctionHistory'] = {
  agreementId: BTA_AGREEMENT_ID,
  kind: 'BTA',
  ladder: [
    { type: 'ORAL_WARNING', given: 1, grounds: ['NOISE_AND_DISTURBANCE', 'SUBSTANCE_USE'] },
    { type: 'WRITTEN_WARNING', given: 0, grounds: ['REPEATED_ORAL_WARNINGS', 'SERIOUS_BREACH'] },
    {
      type: 'EXCLUSION',
      given: 0,
      grounds: ['REPEATED_WARNINGS_AND_SERIOUS_BREACH', 'SUBSTANCE_USE', 'VIOLENCE_OR_THREATS', 'WEAPONS_OR_THREATENING_OBJECTS'],
    },
    { type: 'TERMINATION', given: 0, grounds: ['NON_PAYMENT', 'SERIOUS_REPEATED_BREACHES'] },
  ],
  sanctions: [],
};

export const leaseHistory: Schemas['SanctionHistory'] = {
  agreementId: LEASE_AGREEMENT_ID,
  kind: 'LEASE',
  ladder: [
    { type: 'ORAL_WARNING', given: 0, grounds: ['DAMAGE', 'HMS_BREACH', 'HOUSE_RULE_BREACH', 'NOISE_AND_DISTURBANCE'] },
    { type: 'WRITTEN_COMPLAINT', given: 0, grounds: ['REPEATED_ORAL_WARNINGS', 'SERIOUS_BREACH'] },
    { type: 'TERMINATION_REFERRAL', given: 0, grounds: ['NON_PAYMENT', 'SERIOUS_REPEATED_BREACHES'] },
  ],
  sanctions: [],
};

export const violentIncident: Schemas['Incident'] = {
  id: INCIDENT_ID,
  facilityId: 'bakklandet',
  occurredAt: '2026-11-20T21:40:00Z',
  personIds: [ola.id],
  categories: ['VIOLENCE_OR_THREATS'],
  serious: true,
  rulesVersion: 2,
  ruleNumbers: [1],
  description: 'Truet en ansatt på kjøkkenet.',
  createdAt: '2026-11-20T22:00:00Z',
  createdBy: 'bakklandet1',
};

export const proposedExclusion: Schemas['Sanction'] = {
  id: SANCTION_ID,
  agreementId: BTA_AGREEMENT_ID,
  facilityId: 'bakklandet',
  personId: ola.id,
  kind: 'BTA',
  type: 'EXCLUSION',
  ground: 'VIOLENCE_OR_THREATS',
  status: 'AWAITING_APPROVAL',
  incidentIds: [INCIDENT_ID],
  exclusionFrom: '2026-11-21',
  exclusionTo: '2026-11-25',
  alternativeAccommodation: { place: 'Døgnovernatting, Kirkens bymisjon', from: '2026-11-21', to: '2026-11-25' },
  writtenGrounds: 'Truet ansatt.',
  proportionality: 'Faren for ansatte veier tyngst.',
  proposedAt: '2026-11-20T22:30:00Z',
  proposedBy: 'bakklandet-leder',
};

/** A control report with nothing in it, for the facility (or `alle`) and period. */
export function emptyControlReport(facilityId: string, from: string, to: string): Schemas['ControlReport'] {
  return {
    facilityId,
    from,
    to,
    sanctionsByType: [],
    exclusions: [],
    terminations: [],
    appeals: [],
    entriesByGround: [],
    entries: [],
    visitorBans: [],
    policeContacts: 0,
    flags: [],
  };
}

/** The whole municipality (facility=alle, kontroll): rows from Bakklandet and Heidrunsenteret together. */
export function municipalityControlReport(from: string, to: string): Schemas['ControlReport'] {
  return {
    ...emptyControlReport('alle', from, to),
    sanctionsByType: [
      { key: 'EXCLUSION', count: 2 },
      { key: 'TERMINATION', count: 1 },
    ],
    exclusions: [
      { ...proposedExclusion, status: 'IN_FORCE', approvedBy: 'bakklandet-leder2' },
      {
        ...proposedExclusion,
        id: '0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b',
        facilityId: 'heidrunsenteret',
        status: 'IN_FORCE',
        exclusionFrom: '2026-03-02',
        exclusionTo: '2026-03-04',
        alternativeAccommodation: { place: 'Hospits Vestre', from: '2026-03-02', to: '2026-03-04' },
        approvedBy: 'heidrun-leder',
      },
    ],
    terminations: [
      {
        ...proposedExclusion,
        id: '1f2a3b4c-5d6e-4f7a-9b8c-9d0e1f2a3b4c',
        facilityId: 'valoyveien-9-sokkelen',
        type: 'TERMINATION',
        ground: 'SERIOUS_REPEATED_BREACHES',
        status: 'APPROVED',
        exclusionFrom: undefined,
        exclusionTo: undefined,
        alternativeAccommodation: undefined,
        proposedAt: '2026-04-10T08:00:00Z',
        approvedBy: 'sokkelen-leder',
      },
    ],
    entriesByGround: [{ key: 'DANGER_TO_LIFE_OR_HEALTH', count: 1 }],
    entries: [
      {
        id: '2a3b4c5d-6e7f-4a8b-8c9d-0e1f2a3b4c5d',
        facilityId: 'heidrunsenteret',
        unitId: '0b8e4c9e-1f7a-4a53-9a7e-1d3f5c6b7a99',
        unitLabel: 'K3',
        ground: 'DANGER_TO_LIFE_OR_HEALTH',
        enteredAt: '2026-02-14T11:30:00Z',
        staff: 'heidrun1',
        present: 'To miljøterapeuter',
        found: 'Beboeren var uvel, ambulanse tilkalt.',
      },
    ],
    visitorBans: [
      {
        id: '3b4c5d6e-7f8a-4b9c-9d0e-1f2a3b4c5d6e',
        facilityId: 'bakklandet',
        issuedBy: 'POLICE',
        visitor: 'Mann i 30-årene',
        fromDate: '2026-01-20',
        toDate: '2026-02-20',
        reason: 'Mistenkt salg av narkotika i huset',
        createdBy: 'bakklandet1',
      },
    ],
    policeContacts: 2,
  };
}
