import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

export const substancePolicyTekst: Record<Schemas['SubstancePolicy'], string> = {
  SUBSTANCE_FREE: 'Rusfritt hus – ingen rusmidler, heller ikke alkohol',
  NO_ILLEGAL_SUBSTANCES: 'Ingen ulovlige rusmidler – lovlige rusmidler er ikke forbudt',
  TENANCY: 'Husleieloven gjelder – utleier kan ikke forby lovlige rusmidler',
};

export const entryGroundTekst: Record<Schemas['EntryGround'], string> = {
  DANGER_TO_LIFE_OR_HEALTH: 'Fare for liv eller helse',
  NOISE_AND_DISTURBANCE: 'Støy og uro',
  POLICE_WARRANT: 'Politiet har ransakings- eller pågripelsesbeslutning og beboeren åpner ikke',
  SUSPECTED_UNWANTED_PERSONS: 'Mistanke om uønskede personer i boenheten',
  NO_ANSWER_AT_HMS_ROUND: 'Ingen svar ved fast HMS-runde',
};

export const unitStatusTekst: Record<Schemas['UnitStatus'], string> = {
  VACANT: 'Ledig',
  ALLOCATED: 'Tildelt',
  OCCUPIED: 'Bebodd',
};

export const tekster = {
  liste: {
    tittel: 'Botiltak',
    ingress: 'Alle botiltak med avtaletype, målgruppe og status for boenhetene i dag.',
    tabelltekst: 'Botiltak med antall boenheter etter status',
    tom: 'Det er ingen botiltak registrert.',
    feil: 'Klarte ikke å hente botiltakene',
    sider: 'Sider i listen over botiltak',
  },
  side: {
    tilbake: 'Alle botiltak',
    feil: 'Klarte ikke å hente botiltaket',
    vilkar: 'Vilkår',
    boenheter: 'Boenheter',
    boenheterTabell: (navn: string) => `Boenheter i ${navn}`,
    ingenBoenheter: 'Botiltaket har ingen registrerte boenheter.',
    boenheterFeil: 'Klarte ikke å hente boenhetene',
    boenheterSider: 'Sider i listen over boenheter',
  },
  regler: {
    tittel: 'Husordensregler og HMS-regler',
    feil: 'Klarte ikke å hente husordensreglene',
    ingen: 'Botiltaket har ingen husordensregler registrert ennå.',
    velgVersjon: 'Vis versjon',
    gjeldende: 'gjeldende',
    husorden: 'Husordensregler',
    hms: 'HMS-regler',
  },
  skjema: {
    tittel: 'Ny versjon av husordensreglene',
    ingress: 'Den nye versjonen bygger på gjeldende versjon. Avtaler som allerede er signert, beholder versjonen de ble signert under.',
    gyldigFra: 'Gjelder fra',
    endringsnotat: 'Hva er endret',
    endringsnotatBeskrivelse: 'Valgfritt, høyst 500 tegn.',
    husorden: 'Husordensregler',
    hms: 'HMS-regler',
    reglerBeskrivelse: 'Én regel per linje. Reglene nummereres i den rekkefølgen de står.',
    lagre: 'Lagre ny versjon',
    lagrer: 'Lagrer …',
    lagret: (versjon: number) => `Versjon ${versjon} er lagret og er nå gjeldende versjon.`,
    konflikt: 'Noen andre har endret reglene i mellomtiden – last siden på nytt',
    lastPaNytt: 'Last siden på nytt',
    feil: 'Klarte ikke å lagre reglene',
  },
  konvertering: {
    tittel: 'Endre avtaleform',
    ingress:
      'Når botiltaket går over til en annen avtaleform, avsluttes alle åpne avtaler, og det lages nye utkast av den nye typen for de samme beboerne og boenhetene. Beboerne flytter ikke.',
    tilType: 'Ny avtaleform',
    fra: 'Gjelder fra',
    begrunnelse: 'Begrunnelse',
    videre: 'Gå videre',
    bekreftTittel: 'Bekreft endringen',
    bekreft: (facility: string, kind: string, date: string) =>
      `Alle åpne avtaler i ${facility} avsluttes ${date}, og det lages nye utkast til ${kind.toLowerCase()} for de samme beboerne og boenhetene. Utkastene må signeres av begge parter. Endringen kan ikke angres her.`,
    bekreftKnapp: 'Bekreft endring av avtaleform',
    tilbake: 'Tilbake til skjemaet',
    lagrer: 'Endrer …',
    feil: 'Klarte ikke å endre avtaleformen',
    resultat: (kind: string, date: string, ended: number) =>
      `Avtaleformen er endret til ${kind.toLowerCase()} fra ${date}. ${ended} ${ended === 1 ? 'avtale er' : 'avtaler er'} avsluttet.`,
    utkast: 'Nye utkast',
    utkastLenke: (n: number) => `Nytt utkast ${n}`,
    ingenUtkast: 'Det var ingen åpne avtaler, så ingen nye utkast er laget.',
  },
};
