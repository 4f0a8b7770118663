import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

/* Norwegian texts for Sletting og anonymisering (R-ACC-5, M30). */

export type LastActivity = Schemas['RetentionCandidate']['lastActivity'];

/** What a person's retention period runs from. */
export const sisteAktivitetTekst: Record<LastActivity, string> = {
  STAY: 'Opphold sluttet',
  APPLICATION: 'Søknad avsluttet',
  SANCTION: 'Klagefrist eller klagevedtak',
  REGISTERED: 'Registrert uten søknad',
};

const personer = (n: number) => (n === 1 ? '1 person' : `${n} personer`);

export const tekster = {
  tittel: 'Sletting og anonymisering',
  ingress: (days: number) =>
    `Personer som har passert oppbevaringstiden på ${days} dager etter siste opphold, avsluttede søknad, klagefrist eller ` +
    'registrering, og som ikke har løpende avtale, åpen søknad, utestående beløp eller ubehandlet klage. Når de slettes, ' +
    'forsvinner navn, fødselsnummer, kontaktopplysninger og alle fritekster og helseopplysninger om dem. Id, kjønn, ' +
    'fødselsår, datoer og koder blir stående, så statistikken er den samme. Den samme jobben kjøres hver natt.',
  personvern: 'Listen viser bare personens id, ikke navn, fødselsnummer eller fritekst.',
  henter: 'Henter personer som er forfalt …',
  feil: 'Kunne ikke hente listen over personer som er forfalt',
  tom: 'Ingen personer er forfalt for sletting nå.',
  tabell: (total: number, cutoff: string) => `${personer(total)} med siste aktivitet før ${cutoff}`,
  kolonner: {
    person: 'Person (id)',
    sisteAktivitet: 'Siste aktivitet',
    forfalt: 'Forfalt',
    hvorfor: 'Hvorfor',
    hva: 'Dette slettes eller anonymiseres',
  },
  sider: 'Sider i listen over personer som er forfalt',
  kjor: 'Slett og anonymiser nå',
  bekreft: {
    tittel: 'Slette og anonymisere nå?',
    tekst: (total: number) =>
      `${personer(total)} blir anonymisert nå, og besøksforbud som sluttet for mer enn oppbevaringstiden siden, mister navn og ` +
      'begrunnelse. Dette kan ikke angres. Hver person anonymiseres for seg og føres i tilgangsloggen.',
    knapp: 'Slett og anonymiser',
  },
  resultat: (anonymised: number, bans: number, failed: number) =>
    `${personer(anonymised)} ble anonymisert` +
    (bans > 0 ? `, og ${bans} besøksforbud mistet navn og begrunnelse` : '') +
    '.' +
    (failed > 0 ? ` ${personer(failed)} kunne ikke anonymiseres nå og blir forsøkt igjen ved neste kjøring.` : ''),
};
