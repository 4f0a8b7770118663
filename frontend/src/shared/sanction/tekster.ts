import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

/* Sanction texts that more than one area shows (sanction, reporting). */

export const reaksjonTekst: Record<Schemas['SanctionType'], string> = {
  ORAL_WARNING: 'Muntlig advarsel',
  WRITTEN_WARNING: 'Skriftlig advarsel',
  EXCLUSION: 'Bortvisning',
  TERMINATION: 'Oppsigelse',
  WRITTEN_COMPLAINT: 'Skriftlig klage',
  TERMINATION_REFERRAL: 'Henvisning til oppsigelse hos eier',
};
