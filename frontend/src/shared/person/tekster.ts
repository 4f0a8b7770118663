import type { components } from '../../api/schema.gen';

export const kjonnTekst: Record<components['schemas']['Sex'], string> = {
  FEMALE: 'Kvinne',
  MALE: 'Mann',
};

export const tekster = {
  sok: {
    tittel: 'Finn søkeren',
    felt: 'Navn eller fødselsnummer',
    beskrivelse: 'Skriv en del av navnet, eller de første 6 til 11 sifrene i fødselsnummeret.',
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
    fodselsdato: 'Fødselsdato',
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
    finnes: 'Personen er allerede registrert. Søk etter personen og velg den i stedet.',
    feil: 'Klarte ikke å registrere personen',
  },
};
