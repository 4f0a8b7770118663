import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

/* Facility texts that more than one area shows (facility, intake, agreement). */

export const agreementKindTekst: Record<Schemas['AgreementKind'], string> = {
  BTA: 'Bo- og tjenesteavtale',
  LEASE: 'Husleiekontrakt',
};

export const unitTypeTekst: Record<Schemas['UnitType'], string> = {
  BEDSIT: 'Hybel',
  FLAT: 'Leilighet',
  HOUSE: 'Hus',
};

export const sexTekst: Record<Schemas['Sex'], string> = {
  FEMALE: 'kvinner',
  MALE: 'menn',
};
