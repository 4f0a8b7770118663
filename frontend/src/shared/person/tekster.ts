import type { components } from '../../api/schema.gen';

export const kjonnTekst: Record<components['schemas']['Sex'], string> = {
  FEMALE: 'Kvinne',
  MALE: 'Mann',
};

export const tekster = {
  personside: {
    lenke: 'Personside',
    lenkeFor: (navn: string) => `Personside for ${navn}`,
  },
  sok: {
    tittel: 'Finn søkeren',
    felt: 'Navn eller fødselsnummer',
    beskrivelse: 'Skriv en del av navnet, eller de første 6 til 11 sifrene i fødselsnummeret.',
    egneSokere: 'Du finner søkerne dine. En person som er registrert fra før, finner du med hele fødselsnummeret (11 sifre).',
    knapp: 'Søk',
    tomtSok: 'Skriv noe å søke etter',
    ingenTreff: 'Fant ingen personer. Registrer personen hvis den ikke finnes fra før.',
    treff: (antall: number) => (antall === 1 ? 'Fant 1 person' : `Fant ${antall} personer`),
    tabell: 'Personer som passer med søket',
    velg: (navn: string) => `Velg ${navn}`,
    velgKort: 'Velg',
    feil: 'Klarte ikke å søke etter personer',
    soker: 'Søker …',
    navn: 'Navn',
    fodselsnummer: 'Fødselsnummer',
    fodselsdato: 'Født',
    kjonn: 'Kjønn',
    handling: 'Handling',
  },
  ny: {
    apne: 'Registrer ny person',
    tittel: 'Registrer ny person',
    fodselsnummer: 'Fødselsnummer eller D-nummer',
    fodselsnummerBeskrivelse: '11 sifre.',
    fornavn: 'Fornavn',
    etternavn: 'Etternavn',
    telefon: 'Telefon (valgfritt)',
    epost: 'E-post (valgfritt)',
    adresse: 'Adresse (valgfritt)',
    navKontakt: 'Kontaktperson i NAV (valgfritt)',
    lagre: 'Registrer personen',
    lagrer: 'Registrerer …',
    avbryt: 'Avbryt',
    finnes: 'Personen er allerede registrert. Søk med hele fødselsnummeret (11 sifre), og velg personen i stedet.',
    feil: 'Klarte ikke å registrere personen',
  },
  /** R-ACC-3: why the user sees a person only for a while, and until when (dates dd.mm.åååå). */
  tilgang: {
    flyttetUt: (endedOn: string, until: string) => `Flyttet ut ${endedOn} — tilgang til ${until}`,
    avsluttet: (endedOn: string, until: string) => `Avsluttet ${endedOn} — tilgang til ${until}`,
    soknadAvsluttet: (endedOn: string, until: string) => `Søknaden ble avsluttet ${endedOn} — tilgang til ${until}`,
    tilgangTil: (until: string) => `Tilgang til ${until}`,
    tittelFlyttetUt: 'Beboeren har flyttet ut',
    tittelSoknad: 'Søknaden er avsluttet',
    forklaringFlyttetUt:
      'Dere ser beboeren i oppfølgingsperioden etter utflyttingen, for oppgjør og ettervern. Etter siste dag har dere ikke lenger tilgang.',
    forklaringSoknad: 'Du ser personen en periode etter at søknaden ble avsluttet. Etter siste dag har du ikke lenger tilgang.',
  },
  innsyn: {
    lenke: 'Innsyn',
  },
};
