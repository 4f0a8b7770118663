import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

/* Sanction texts that more than one area shows (sanction, reporting, agreement). */

export const reaksjonTekst: Record<Schemas['SanctionType'], string> = {
  ORAL_WARNING: 'Muntlig advarsel',
  WRITTEN_WARNING: 'Skriftlig advarsel',
  EXCLUSION: 'Bortvisning',
  TERMINATION: 'Oppsigelse',
  WRITTEN_COMPLAINT: 'Skriftlig klage',
  TERMINATION_REFERRAL: 'Henvisning til oppsigelse hos eier',
};

/** A tenancy's referral to the property owner (R-SAN-6), as the agreement page and the control report show it. */
export const henvisningStatusTekst: Record<Schemas['ReferralStatus'], string> = {
  REFERRED: 'Henvist, venter på svar fra eieren',
  NOTICE: 'Eieren sa opp',
  FIXED_TERM_NOT_RENEWED: 'Tidsbestemt leie ikke fornyet',
  EVICTION: 'Fravikelse (utkastelse)',
  WITHDRAWN: 'Trukket',
};
