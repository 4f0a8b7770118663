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
};
