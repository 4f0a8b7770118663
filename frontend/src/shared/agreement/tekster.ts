import type { components } from '../../api/schema.gen';

/** An agreement's status in words, as every page that shows one says it (agreement, ledger, case view). */
export const avtaleStatusTekst: Record<components['schemas']['AgreementStatus'], string> = {
  DRAFT: 'Utkast',
  ACTIVE: 'Gjelder',
  NOTICE_GIVEN: 'Oppsagt',
  EXPIRED: 'Utløpt',
  ENDED: 'Avsluttet',
};
