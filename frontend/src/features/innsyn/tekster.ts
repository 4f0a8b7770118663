import type { components } from '../../api/schema.gen';

type InnsynKind = components['schemas']['InnsynKind'];

/** Innsyn (R-ACC-2): every label, heading, help and button text of the Innsyn page, in bokmål. */
export const tekster = {
  tittel: 'Innsyn',
  apne: 'Åpne innsyn for å filtrere loggen og laste ned PDF',
  siste: (antall: number) => `De siste ${antall} oppføringene.`,
  tilbakePerson: 'Tilbake til personen',
  tittelFor: (navn: string) => `Innsyn for ${navn}`,
  ingress:
    'Her ser du hvem i kommunen som har lest, registrert eller endret opplysninger om personen, og når personen har vært vist i lister, søk og rapporter. Alle oppslag logges, også de som ble avvist. Personen kan få loggen som PDF.',
  tilbake: 'Tilbake',
  henter: 'Henter innsynsloggen …',
  feil: 'Klarte ikke å hente innsynsloggen',
  filter: {
    skjema: 'Velg periode og type',
    fra: 'Fra dato',
    til: 'Til dato',
    periodeHjelp: 'Skriv datoen som dd.mm.åååå. La feltet stå tomt for hele loggen.',
    type: 'Type',
    alleTyper: 'Alle typer',
    vis: 'Vis loggen',
    tilForFra: 'Til-datoen kan ikke være før fra-datoen',
  },
  pdf: {
    knapp: 'Last ned PDF',
    henter: 'Lager PDF …',
    feil: 'Klarte ikke å lage PDF-en',
    filnavn: (personId: string) => `innsyn-${personId}.pdf`,
  },
  logg: {
    tittel: 'Hvem har sett eller endret opplysningene',
    tabell: (antall: number) => (antall === 1 ? 'Innsynslogg (1 oppføring)' : `Innsynslogg (${antall} oppføringer)`),
    ingen: 'Ingen oppføringer i perioden.',
    tidspunkt: 'Tidspunkt',
    hvem: 'Hvem',
    rolle: 'Rolle',
    enhet: 'Enhet',
    hva: 'Hva',
    utfall: 'Utfall',
    sider: 'Sider i innsynsloggen',
    valgt: (periode: string, type: string) => `Viser ${periode}, ${type}.`,
    helePerioden: 'hele perioden',
    fraOgMed: (dato: string) => `fra og med ${dato}`,
    tilOgMed: (dato: string) => `til og med ${dato}`,
    periode: (fra: string, til: string) => `${fra}–${til}`,
  },
  tilgang: {
    tittel: 'Hvem kan se opplysningene nå, og hvorfor',
    ingen: 'Ingen ansatte ved botiltak, HVK eller ESIKT har tilgang til opplysningene nå.',
    fast: 'I tillegg ser disse opplysninger om alle, bare til ett formål',
  },
};

/** The kinds of entry, as the filter and the table name them. */
export const typeTekst: Record<InnsynKind, string> = {
  READ: 'Lesing',
  CHANGE: 'Registrering eller endring',
  LIST: 'Vist i liste, søk eller rapport',
  JOB: 'Automatisk jobb',
};
