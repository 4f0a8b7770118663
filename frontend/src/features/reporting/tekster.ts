import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

/* Norwegian texts for the daily overview and the facility statistics (R-STA-1). */

export type OverviewKind = Schemas['OverviewItem']['kind'];

/** The overview's groups, in the order they are shown, with their headings. */
export const oversiktGruppe: Record<OverviewKind, string> = {
  UNSIGNED: 'Ikke signerte avtaler',
  AGREEMENT_ENDING: 'Avtaler som slutter innen 30 dager',
  FIRST_PERIOD_NOT_EVALUATED: 'Første periode ikke evaluert',
  OVERSTAY: 'Over grensen for sammenhengende opphold',
  DECISION_AWAITING_APPROVAL: 'Vedtak som venter på godkjenning',
  APPEAL_DEADLINE_RUNNING: 'Klagefrister som løper',
  ARREARS_PAST_THRESHOLD: 'Restanse over terskel',
  ALLOCATION_AWAITING_MOVE_IN: 'Tildelt, venter på innflytting',
  AGREEMENT_EXPIRED: 'Utløpte avtaler som ikke er fornyet',
  NOTICE_PASSED_WITHOUT_MOVE_OUT: 'Oppsigelsestiden er ute uten utflytting',
};

/** Reasons for moving out (Statistics.moveOutsByReason keys). */
export const grunnTekst: Record<string, string> = {
  OWN_WISH: 'Eget ønske',
  BREACHES: 'Oppsigelse for brudd',
  ARREARS: 'Oppsigelse for restanse',
  CONVERTED: 'Omlagt avtaleform',
};

/** Where residents moved to (Statistics.moveOutsByDestination keys). */
export const bostedTekst: Record<string, string> = {
  MUNICIPAL_RENTAL: 'Kommunal utleiebolig',
  PRIVATE_RENTAL: 'Privat leiebolig',
  OWN_HOME: 'Egen eid bolig',
  TREATMENT: 'Behandling',
  OTHER_FACILITY: 'Annet botiltak',
  PRISON: 'Fengsel',
  HOSPITAL: 'Sykehus',
  DECEASED: 'Død',
  UNKNOWN: 'Ukjent',
};

export const tekster = {
  varsel: {
    tittel: 'Varsler på e-post',
    ingress:
      'Få en e-post hver morgen med det som forfaller ved botiltakene dine: antall saker og beboernes initialer, med en lenke hit. E-posten har ingen navn eller andre opplysninger om beboerne, og kommer ikke på dager uten saker.',
    henter: 'Henter varselinnstillingen …',
    feil: 'Klarte ikke å hente varselinnstillingen',
    pa: (email: string) => `Varselet er på. Det sendes til ${email}.`,
    botiltak: (navn: string) => `Gjelder ${navn}.`,
    sistSendt: (dato: string) => `Sist sendt ${dato}.`,
    av: 'Varselet er av.',
    epost: 'E-postadresse (valgfritt)',
    epostBeskrivelse: 'La feltet stå tomt for å bruke e-postadressen du er logget inn med.',
    ugyldigEpost: 'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no',
    forLang: 'E-postadressen kan ha høyst 254 tegn',
    slaPa: 'Slå på varsel på e-post',
    slaAv: 'Slå av varsel på e-post',
    lagrer: 'Lagrer …',
    feilLagre: 'Klarte ikke å endre varselet',
    slattPa: 'Varsel på e-post er slått på.',
    slattAv: 'Varsel på e-post er slått av.',
  },
  oversikt: {
    tittel: 'Oversikt',
    ingress: 'Det som forfaller eller venter på behandling ved botiltakene dine.',
    tom: 'Ingenting forfaller i dag',
    feil: 'Klarte ikke å hente oversikten',
    person: 'Person',
    botiltak: 'Botiltak',
    dato: 'Dato',
    hva: 'Hva',
    antall: (n: number) => (n === 1 ? '1 sak' : `${n} saker`),
    henter: 'Henter oversikten …',
  },
  statistikk: {
    tittel: 'Statistikk',
    ingress: 'Hva som har skjedd med beboerne ved et botiltak i en periode: inn- og utflyttinger, botid, belegg og venteliste.',
    ingressKommunen:
      'Hva som har skjedd med beboerne ved botiltakene i kommunen i en periode, samlet eller for ett botiltak: inn- og utflyttinger, botid, belegg og venteliste.',
    vis: 'Vis statistikk',
    lastNed: 'Last ned CSV',
    lasterNed: 'Laster ned …',
    henter: 'Henter statistikken …',
    feil: 'Klarte ikke å hente statistikken',
    feilCsv: 'Klarte ikke å laste ned CSV-filen',
    periode: (from: string, to: string) => `Statistikk ${from}–${to}`,
    nokkeltall: 'Nøkkeltall',
    beboere: 'Beboere',
    innflyttet: 'Flyttet inn',
    utflyttet: 'Flyttet ut',
    borFortsatt: 'Bor der fortsatt',
    snittBotid: 'Gjennomsnittlig botid',
    medianBotid: 'Median botid',
    tilFastBolig: 'Andel til fast bolig',
    belegg: 'Belegg',
    medianVentetid: 'Median ventetid',
    venteliste: 'På venteliste ved periodens slutt',
    restanse: 'Restanse ved periodens slutt',
    antall: 'Antall',
    utflyttingBosted: 'Utflyttinger etter bosted',
    utflyttingBostedTabell: 'Utflyttinger etter bosted, tabell',
    utflyttingGrunn: 'Utflyttinger etter grunn',
    bosted: 'Bosted',
    grunn: 'Grunn',
    botid: 'Botid',
    botidTabell: 'Botid i dager, tabell',
    botidDager: 'Botid (dager)',
    beboereAntall: 'Antall beboere',
    beleggMaaned: 'Belegg per måned',
    beleggMaanedTabell: 'Belegg per måned, tabell',
    maaned: 'Måned',
    beleggProsent: 'Belegg',
    beleggBegrenset: (n: number) => `Viser de siste ${n} månedene av perioden.`,
    beleggHenter: 'Henter belegg per måned …',
    beleggFeil: 'Klarte ikke å hente belegget for alle månedene',
    reaksjoner: 'Reaksjoner etter type',
    reaksjon: 'Reaksjon',
    ingenReaksjoner: 'Ingen reaksjoner i perioden.',
    andreTall: 'Andre tall',
    bortvisninger: 'Bortvisninger',
    innlasinger: 'Innlåsinger uten samtykke',
    oppsigelser: 'Oppsigelser',
    belagteDogn: 'Belagte boenhetsdøgn',
    tilgjengeligeDogn: 'Tilgjengelige boenhetsdøgn',
    /** A figure hidden so no resident can be recognised (R-ACC-3). */
    skjult: '<5',
    skjultForklaring:
      '«<5» betyr at tallet er skjult av personvernhensyn: det er fra 1 til 4, bygger på færre enn 5 personer eller avtaler, eller kunne ha avslørt et slikt tall.',
    skjultDiagram: 'Tall som er skjult («<5»), er utelatt fra diagrammet.',
    heleMaaneder: 'Du får tallene for hele kalendermåneder, og små tall skjules slik at ingen beboer kan kjennes igjen.',
  },
};
