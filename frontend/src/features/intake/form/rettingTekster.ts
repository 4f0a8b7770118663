/** The texts of HVK's correction of an application before the decision (issue 18). */
export const rettingTekster = {
  knapp: 'Rett opplysninger',
  tittel: 'Rett opplysninger',
  ingress:
    'Rett personens navn og kontaktopplysninger og opplysningene i søknaden. Fødselsnummeret kan ikke rettes her. Historikken viser hvilke felt som ble rettet.',
  lagre: 'Lagre rettingene',
  lagret: 'Opplysningene er rettet.',
  personen: 'Personen',
  soknaden: 'Søknaden',
  fornavn: 'Fornavn',
  etternavn: 'Etternavn',
  telefon: 'Telefon (valgfritt)',
  epost: 'E-post (valgfritt)',
  adresse: 'Adresse (valgfritt)',
  navKontakt: 'Kontakt i NAV (valgfritt)',
  henterPerson: 'Henter personens opplysninger …',
  personFeil: 'Klarte ikke å hente personens opplysninger',
  region: 'Retting av opplysninger',
  forklaring: 'Du kan rette opplysningene til vedtaket er fattet.',
};
