/** Texts shared by the forms and pages of every area. */
export const felles = {
  lagre: 'Lagre',
  lagrer: 'Lagrer …',
  avbryt: 'Avbryt',
  lukk: 'Lukk',
  feil: 'Klarte ikke å lagre',
  dato: 'Skriv datoen som dd.mm.åååå',
  kroner: 'Beløp i hele kroner, for eksempel 5000 eller 5000,50',
  ingenHistorikk: 'Ingen hendelser er registrert.',
  botiltakOgPeriode: 'Velg botiltak og periode',
  botiltak: 'Botiltak',
  /** `facility=alle` in a report: every facility together. */
  heleKommunen: 'Hele kommunen',
  feilBotiltakListe: 'Klarte ikke å hente listen over botiltak',
  ingenBotiltak: 'Du er ikke knyttet til noe botiltak.',
  fraDato: 'Fra dato',
  tilDato: 'Til dato',
  /** The filter choice that filters nothing. */
  alle: 'Alle',
  feilsammendrag: 'For å gå videre må du rette opp følgende feil:',
  brodsmuler: 'Du er her',
  side: {
    henter: 'Henter data …',
    kommerSnart: 'Denne funksjonen kommer snart.',
  },
  tilgang: {
    tittel: 'Ingen tilgang',
    ingress: 'Du har ikke tilgang til denne siden med rollene du er logget inn med.',
  },
  fantIkke: {
    tittel: 'Fant ikke siden',
    ingress: 'Siden du prøvde å åpne finnes ikke.',
    tilBotiltak: 'Gå til oversikten over botiltak',
  },
  sider: {
    side: (n: number) => `Side ${n}`,
    forrigeSide: 'Forrige side',
    forrige: 'Forrige',
    nesteSide: 'Neste side',
    neste: 'Neste',
  },
  layout: {
    hoppTil: 'Hopp til hovedinnhold',
    undertittel: 'bo- og tjenesteavtaler',
    innloggetSom: 'Innlogget som ',
    loggUt: 'Logg ut',
    arbeidsomrader: 'Arbeidsområder',
  },
  diagram: {
    horizontal: 'liggende stolpediagram',
    vertical: 'søylediagram',
    navn: (tittel: string, slag: string) => `${tittel}: ${slag}. Tallene står i tabellen under.`,
    ingenTall: 'Ingen tall å vise.',
  },
};
