import type { components } from '../../api/schema.gen';

/** An application's status in words, as the application pages and the case view say it. */
export const soknadStatusTekst: Record<components['schemas']['IntakeStatus'], string> = {
  SUBMITTED: 'Registrert',
  WAITING: 'På venteliste',
  ALLOCATED: 'Tildelt',
  INFORMED: 'Søker informert',
  ORIENTED: 'Orienteringssamtale holdt',
  DECIDED: 'Vedtak fattet',
  DECLINED: 'Takket nei',
  WITHDRAWN: 'Trukket',
  REJECTED: 'Avslått',
  MOVED_IN: 'Flyttet inn',
};
