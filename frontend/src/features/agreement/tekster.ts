import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

export { avtaleStatusTekst as statusTekst } from '../../shared/agreement/tekster';

export const statusRekkefolge: Schemas['AgreementStatus'][] = ['DRAFT', 'ACTIVE', 'NOTICE_GIVEN', 'EXPIRED', 'ENDED'];

export const flaggTekst: Record<Schemas['AgreementFlag'], string> = {
  UNSIGNED: 'Ikke signert',
  ENDING_SOON: 'Slutter innen 30 dager',
  OVERSTAY: 'Over grensen for sammenhengende opphold',
  FIRST_PERIOD_NOT_EVALUATED: 'Første periode ikke evaluert',
  LONG_FIRST_PERIOD: 'Lang første periode',
  EXPIRED: 'Sluttdatoen er passert uten fornyelse',
  NOTICE_PASSED: 'Oppsigelsestiden er ute uten utflytting',
};

export const destinasjonTekst: Record<Schemas['Destination'], string> = {
  MUNICIPAL_RENTAL: 'Kommunal utleiebolig',
  PRIVATE_RENTAL: 'Privat leiebolig',
  OWN_HOME: 'Egen eid bolig',
  TREATMENT: 'Behandlingsinstitusjon',
  OTHER_FACILITY: 'Annet botiltak',
  PRISON: 'Fengsel',
  HOSPITAL: 'Sykehus',
  DECEASED: 'Død',
  UNKNOWN: 'Ukjent',
};

export const oppsigelsesgrunnlagTekst: Record<Schemas['TerminationGround'], string> = {
  NONE: 'Ingen oppsigelse',
  BREACHES: 'Oppsigelse for brudd',
  ARREARS: 'Oppsigelse for restanse',
};

export const partTekst: Record<Schemas['SignatureRequest']['party'], string> = {
  RESIDENT: 'Beboeren',
  MUNICIPALITY: 'Kommunen',
};

export const signerTekst: Record<Schemas['SignatureRequest']['party'], string> = {
  RESIDENT: 'Beboeren har signert',
  MUNICIPALITY: 'Signer for kommunen',
};

export const ipTekst: Record<Schemas['FollowUpRequest']['individualPlan'], string> = {
  ACCEPTED: 'Takker ja til individuell plan',
  DECLINED: 'Takker nei til individuell plan – samarbeidsavtale skrives',
};

export const moteTekst: Record<Schemas['MeetingKind'], string> = {
  RESPONSIBILITY_GROUP: 'Ansvarsgruppemøte',
  PRIMARY_CONTACT_TALK: 'Primærkontaktsamtale',
};

export const sluttgrunnTekst: Record<NonNullable<Schemas['Agreement']['endReason']>, string> = {
  MOVED_OUT: 'Beboeren flyttet ut',
  CONVERTED: 'Botiltaket endret avtaleform',
  VOIDED: 'Annullert før innflytting',
};

export type AgreementAction =
  | 'SIGN'
  | 'PRIMARY_CONTACT'
  | 'FOLLOW_UP'
  | 'EVALUATION'
  | 'RENEW'
  | 'FEE'
  | 'NOTICE'
  | 'MOVE_IN'
  | 'MOVE_OUT'
  | 'DEPOSIT'
  | 'GROUP'
  | 'MEETING'
  | 'VOID';

/** Button text, dialog heading, form id and confirmation for each step on an agreement. */
export const handlingTekst: Record<AgreementAction, { knapp: string; tittel: string; id: string; lagret: string }> = {
  SIGN: { knapp: 'Registrer signatur', tittel: 'Registrer signatur', id: 'signatur', lagret: 'Signaturen er registrert.' },
  PRIMARY_CONTACT: {
    knapp: 'Oppnevn primærkontakt',
    tittel: 'Oppnevn primærkontakt',
    id: 'primaerkontakt',
    lagret: 'Primærkontakten er oppnevnt.',
  },
  FOLLOW_UP: {
    knapp: 'Individuell plan / samarbeidsavtale',
    tittel: 'Individuell plan og samarbeidsavtale',
    id: 'oppfolging',
    lagret: 'Svaret på individuell plan er registrert.',
  },
  EVALUATION: {
    knapp: 'Registrer evalueringsmøte',
    tittel: 'Registrer evalueringsmøte',
    id: 'evaluering',
    lagret: 'Evalueringsmøtet er registrert.',
  },
  RENEW: { knapp: 'Forny avtalen', tittel: 'Forny avtalen', id: 'fornyelse', lagret: 'Avtalen er fornyet.' },
  FEE: { knapp: 'Endre egenbetaling', tittel: 'Endre egenbetaling', id: 'egenbetaling', lagret: 'Den nye egenbetalingen er registrert.' },
  NOTICE: { knapp: 'Si opp avtalen', tittel: 'Si opp avtalen', id: 'oppsigelse', lagret: 'Oppsigelsen er registrert.' },
  MOVE_IN: { knapp: 'Registrer innflytting', tittel: 'Registrer innflytting', id: 'innflytting', lagret: 'Innflyttingen er registrert.' },
  MOVE_OUT: {
    knapp: 'Registrer utflytting',
    tittel: 'Registrer utflytting',
    id: 'utflytting',
    lagret: 'Utflyttingen er registrert, og avtalen er avsluttet.',
  },
  DEPOSIT: {
    knapp: 'Depositum og forsikring',
    tittel: 'Depositum og forsikring',
    id: 'depositum',
    lagret: 'Depositum og forsikring er lagret.',
  },
  GROUP: { knapp: 'Endre ansvarsgruppe', tittel: 'Ansvarsgruppe', id: 'ansvarsgruppe', lagret: 'Ansvarsgruppen er lagret.' },
  MEETING: { knapp: 'Registrer møte', tittel: 'Registrer møte', id: 'mote', lagret: 'Møtet er registrert.' },
  VOID: {
    knapp: 'Annuller avtalen',
    tittel: 'Annuller avtalen før innflytting',
    id: 'annullering',
    lagret: 'Avtalen er annullert, og boenheten er ledig fra i dag.',
  },
};

/** Actions that end the agreement or cannot be undone: set apart on the page, as danger buttons. */
export const avsluttendeHandlinger: readonly AgreementAction[] = ['NOTICE', 'MOVE_OUT', 'VOID'];

/**
 * The texts of a step on an agreement of a kind: a tenancy (LEASE) has rent, husleie, where a BTA has
 * egenbetaling (it pays for more than a room).
 */
export function handlingFor(action: AgreementAction, kind: Schemas['AgreementKind']) {
  if (action === 'FEE' && kind === 'LEASE') {
    return { ...handlingTekst.FEE, knapp: 'Endre husleie', tittel: 'Endre husleie', lagret: 'Den nye husleien er registrert.' };
  }
  return handlingTekst[action];
}

/** What the agreement calls its monthly payment: husleie for a tenancy, egenbetaling for a BTA. */
export function betalingTekst(kind: Schemas['AgreementKind']) {
  return kind === 'LEASE'
    ? {
        na: 'Husleie nå',
        dekker: 'Husleien dekker',
        historikk: 'Husleie',
        beskrivelse: (na: string) =>
          `Husleien er nå ${na} i måneden. En ny husleie kan tidligst gjelde én måned etter at beboeren ble varslet.`,
        ny: 'Ny husleie per måned',
        nyMangler: 'Skriv den nye husleien',
        gjelderFraMangler: 'Skriv datoen den nye husleien gjelder fra',
        forste: 'Husleie per måned (valgfritt)',
        forsteBeskrivelse: 'I hele kroner. Står feltet tomt, brukes botiltakets vanlige husleie.',
      }
    : {
        na: 'Egenbetaling nå',
        dekker: 'Egenbetalingen dekker',
        historikk: 'Egenbetaling',
        beskrivelse: (na: string) =>
          `Egenbetalingen er nå ${na} i måneden. En ny egenbetaling kan tidligst gjelde én måned etter at beboeren ble varslet.`,
        ny: 'Ny egenbetaling per måned',
        nyMangler: 'Skriv den nye egenbetalingen',
        gjelderFraMangler: 'Skriv datoen den nye egenbetalingen gjelder fra',
        forste: 'Egenbetaling per måned (valgfritt)',
        forsteBeskrivelse: 'I hele kroner. Står feltet tomt, brukes botiltakets vanlige egenbetaling.',
      };
}

/** The page's next step (nextStep.ts): the primary button's text and why this is the step. */
export const nesteStegTekst = {
  tittel: 'Neste steg',
  flere: 'Flere handlinger',
  avslutte: 'Avslutte avtalen',
  paSiden: 'På denne siden',
  lenker: 'Mer om beboeren',
  signerBeboer: 'Registrer beboerens signatur',
  signerKommunen: 'Signer for kommunen',
  hvorfor: {
    SIGN: 'Avtalen er et utkast til både beboeren og kommunen har signert.',
    PRIMARY_CONTACT: 'Beboeren kan ikke flytte inn før fagleder har oppnevnt en primærkontakt.',
    FOLLOW_UP: 'Beboeren skal få tilbud om individuell plan før innflytting.',
    MOVE_IN: 'Alt er på plass. Innflyttingen kan registreres.',
    EVALUATION: 'Første periode er ikke evaluert. Et evalueringsmøte holdes før avtalen fornyes.',
    RENEW_EVALUATED: 'Første periode er evaluert. En bo- og tjenesteavtale fornyes vanligvis for ett år om gangen.',
    RENEW_ENDING: 'Avtalen slutter innen 30 dager.',
    RENEW_EXPIRED: 'Sluttdatoen er passert uten fornyelse. Avtalen må fornyes, eller utflyttingen registreres.',
    MOVE_OUT_NOTICE: 'Avtalen er sagt opp. Registrer utflyttingen når beboeren har flyttet.',
    MOVE_OUT_EXPIRED: 'Leieperioden er ute. Registrer utflyttingen når beboeren har flyttet.',
    VENTER_INNFLYTTING: 'Ingen steg venter på deg nå. Se hva som mangler før innflytting.',
    AVSLUTTET: 'Avtalen er avsluttet. Ingen steg gjenstår.',
    INGEN: 'Ingen steg venter akkurat nå. Andre handlinger finner du under «Flere handlinger».',
  },
} as const;

export const soknadTilTekst: Record<Schemas['VoidRequest']['applicationTo'], string> = {
  WAITING_LIST: 'Søknaden går tilbake til ventelisten med samme prioritet',
  CLOSED: 'Søknaden avsluttes som trukket',
};

export const eiersSvarTekst: Record<Schemas['ReferralResponseRequest']['response'], string> = {
  NOTICE: 'Eieren sa opp leieforholdet',
  FIXED_TERM_NOT_RENEWED: 'Tidsbestemt leieforhold fornyes ikke',
  EVICTION: 'Fravikelse (utkastelse)',
  WITHDRAWN: 'Henvisningen er trukket',
};

export const tekster = {
  liste: {
    tittel: 'Avtaler',
    ingress: 'Bo- og tjenesteavtaler og husleiekontrakter i botiltakene dine, de som slutter først øverst.',
    filter: 'Filtrer avtalene',
    status: 'Status',
    sluttFor: 'Slutter før',
    overGrensen: 'Over grensen for opphold',
    vis: 'Vis avtaler',
    /** The status filter's default: every agreement that has not ended (`open=true`). */
    aktive: 'Aktive',
    mine: 'Bare mine saker',
    mineBeskrivelse: 'Avtaler der du er primærkontakt',
    tabell: 'Avtaler',
    tom: 'Ingen avtaler passer med filteret.',
    feil: 'Klarte ikke å hente avtalene',
    sider: 'Sider i listen over avtaler',
    henter: 'Henter avtaler …',
  },
  tabell: {
    beboer: 'Beboer',
    fodselsnummer: 'Fødselsnummer',
    boenhet: 'Boenhet',
    avtaleform: 'Avtaleform',
    start: 'Start',
    slutt: 'Slutt',
    status: 'Status',
    merknader: 'Merknader',
  },
  beboere: {
    tittel: 'Beboere',
    ingress: 'Beboerne i botiltakene dine, etter avtalene deres, og søkere som er på vei inn.',
    gjelder: 'Nåværende beboere',
    gjelderTom: 'Ingen avtaler gjelder nå.',
    gjelderSider: 'Sider i listen over nåværende beboere',
    gjelderSok: 'Søk blant nåværende beboere',
    oppsagt: 'Beboere med oppsagt avtale',
    oppsagtTom: 'Ingen avtaler er sagt opp.',
    oppsagtSider: 'Sider i listen over oppsagte avtaler',
    oppsagtSok: 'Søk blant beboere med oppsagt avtale',
    utlopt: 'Beboere med utløpt avtale',
    utloptTom: 'Ingen avtaler er utløpt uten fornyelse.',
    utloptSider: 'Sider i listen over utløpte avtaler',
    utloptSok: 'Søk blant beboere med utløpt avtale',
  },
  person: {
    apne: 'Åpne avtalen med alle steg og handlinger',
    personside: 'Personside med reaksjoner, reskontro og kartlegging',
  },
  side: {
    tilbake: 'Alle avtaler',
    tilbakeTilAvtalen: 'Tilbake til avtalen',
    tittel: (navn: string) => `Avtale – ${navn}`,
    feil: 'Klarte ikke å hente avtalen',
    status: 'Status',
    merknader: 'Merknader',
    advarsler: 'Vær oppmerksom på',
    erstatter: 'Erstatter avtale',
    avtalen: 'Avtalen',
    beboer: 'Beboer',
    botiltak: 'Botiltak og boenhet',
    avtaleform: 'Avtaleform',
    periode: 'Periode',
    signaturer: 'Signaturer',
    ikkeSignert: 'Ikke signert',
    avsluttet: 'Avsluttet',
    pdf: 'Last ned avtalen (PDF)',
    pdfHenter: 'Henter PDF …',
    pdfFeil: 'Klarte ikke å hente avtalen som PDF',
    handlinger: 'Handlinger',
    innflytting: 'Innflytting',
    mangler: 'Dette mangler før innflytting',
    klarForInnflytting: 'Alt er på plass. Innflyttingen kan registreres.',
    perioder: 'Perioder',
    periodeliste: 'Avtaleperioder',
    forstePeriode: '1. periode',
    fornyelse: (n: number) => `${n}. fornyelse`,
    evalueringer: 'Evalueringsmøter',
    ingenEvalueringer: 'Ingen evalueringsmøter er registrert.',
    oppsigelsestid: 'Oppsigelsestid',
    regelversjon: 'Husordensregler',
    regelversjonTekst: (n: number) => `Husordensregler versjon ${n}`,
    regelversjonUtkast: 'Avtalen får versjonen som gjelder når begge har signert.',
    opphold: 'Sammenhengende opphold',
    oppfolging: 'Oppfølging',
    primaerkontakt: 'Primærkontakt',
    ikkeOppnevnt: 'Ikke oppnevnt',
    ip: 'Individuell plan',
    ikkeSvart: 'Ikke registrert',
    samarbeid: 'Samarbeidsavtale',
    mal: 'Mål',
    behov: 'Behov',
    personalet: 'Hva personalet bidrar med',
    ansvarsgruppe: 'Ansvarsgruppe',
    ingenAnsvarsgruppe: 'Ingen medlemmer er registrert.',
    moter: 'Møter',
    ingenMoter: 'Ingen møter er registrert.',
    depositum: 'Depositum og forsikring',
    belop: 'Depositum',
    betalt: 'Betalt',
    tilbakebetalt: 'Tilbakebetalt',
    holdtTilbake: 'Holdt tilbake',
    forsikring: 'Informert om innboforsikring',
    ikkeRegistrert: 'Ikke registrert',
    slutt: 'Oppsigelse og utflytting',
    oppsagt: 'Oppsagt',
    utflyttet: 'Flyttet ut',
    historikk: 'Historikk',
    avtale: 'Avtale',
    henter: 'Henter avtalen …',
    reskontro: 'Reskontro',
    reaksjoner: 'Reaksjoner og vedtak',
    vedtak: 'Vedtaket bak oppsigelsen',
    seVedtaket: 'Se vedtaket om oppsigelse',
    annullert: 'Annullert',
    henvisninger: 'Henvisninger til eieren',
    henvisningerIngress:
      'I et leieforhold er kommunens strengeste reaksjon å henvise saken til eieren, som avgjør om leieforholdet sies opp. Her følges hver henvisning til eieren har svart.',
    ingenHenvisninger: 'Ingen henvisninger til eieren.',
    henvisning: (dato: string) => `Henvist ${dato}`,
    henvistAv: 'Henvist av',
    henvisningStatus: 'Status',
    svart: 'Eieren svarte',
    gjelderFraDato: 'Gjelder fra',
    utfall: 'Utfall',
    registrertAv: 'Registrert av',
    seHenvisningsvedtaket: 'Se vedtaket om henvisning',
    registrerSvar: 'Registrer svar fra eieren',
    svarLagret: 'Svaret fra eieren er registrert.',
    kartlegging: 'Kartlegging',
    egenbetalingFra: (fra: string, belop: string, varslet: string | null) =>
      `Fra ${fra}: ${belop} i måneden${varslet ? ` (varslet ${varslet})` : ''}`,
    oppnevntAv: (hvem: string) => ` (oppnevnt av ${hvem})`,
    oppsagtAv: (part: string, gitt: string, gjelderFra: string, grunn: string) =>
      `Av ${part.toLowerCase()} ${gitt}, gjelder fra ${gjelderFra}: ${grunn}`,
    flyttetTil: (dato: string, til: string, grunnlag: string) => `${dato} til ${til.toLowerCase()} (${grunnlag.toLowerCase()})`,
  },
  skjema: {
    lagAvtale: 'Lag avtale',
    nyTittel: 'Lag avtale',
    startdato: 'Startdato',
    sluttdato: 'Sluttdato (valgfritt)',
    sluttdatoBeskrivelse:
      'En første periode i en bo- og tjenesteavtale er normalt 1–2 måneder. Står feltet tomt, varer første periode i to måneder (husleiekontrakt: tre år). Skriv datoen som dd.mm.åååå.',
    lagre: 'Lag utkast',
    utkastBeskrivelse: '. Avtalen blir et utkast til begge parter har signert.',
    laget: 'Utkastet til avtale er laget.',
  },
  steg: {
    fornyBeskrivelse: (slutt: string) =>
      `Den nye perioden begynner dagen etter ${slutt}. En bo- og tjenesteavtale fornyes vanligvis for ett år om gangen.`,
    oppsigelseHusleie:
      'Dette er en husleiekontrakt. Beboeren kan si opp etter husleieloven, med oppsigelsestid fra månedsskiftet. Personalet kan ikke si opp en husleiekontrakt: det er eieren av boligen som sier opp, så saken må henvises dit.',
    oppsigelseBta: (dager: number) => `Her registreres beboerens oppsigelse av bo- og tjenesteavtalen, med ${dager} dagers varsel.`,
    oppsigelseKommunen:
      'Kommunen sier opp en bo- og tjenesteavtale bare gjennom et vedtak om oppsigelse som en annen fagleder har godkjent og beboeren er gjort kjent med, under Reaksjoner.',
    tilReaksjoner: 'Gå til Reaksjoner',
    innflyttingBeskrivelse: (boenhet: string, botiltak: string, start: string) =>
      `Boenhet ${boenhet} i ${botiltak}. Avtalen begynner ${start}.`,
    fjernMedlem: (n: number) => `Fjern medlem ${n}`,
    medlemFeil: (n: number, melding: string) => `Medlem ${n}: ${melding}`,
    registrerSignatur: 'Registrer signaturen',
    signaturBeskrivelse: 'Avtalen gjelder når både beboeren og fagleder for kommunen har signert.',
    hvemSignerer: 'Hvem signerer',
    signertDato: 'Signert dato',
    oppnevn: 'Oppnevn',
    primaerkontaktBeskrivelse: 'Fagleder oppnevner en primærkontakt blant personalet før innflytting.',
    primaerkontaktNavn: 'Navn på primærkontakt',
    ipSvar: 'Svar på tilbudet om individuell plan',
    ipBeskrivelse: 'Takker beboeren nei, skrives en samarbeidsavtale før innflytting.',
    samarbeidsavtale: 'Samarbeidsavtale',
    mal: 'Mål',
    behov: 'Behov',
    personalet: 'Hva personalet bidrar med',
    evalueringBeskrivelse: 'Et evalueringsmøte holdes etter den første korte perioden, før avtalen fornyes.',
    motedato: 'Dato for møtet',
    sammendrag: 'Sammendrag',
    forny: 'Forny',
    nySluttdato: 'Ny sluttdato',
    varsletDato: 'Varslet dato',
    gjelderFra: 'Gjelder fra',
    registrerOppsigelse: 'Registrer oppsigelsen',
    hvemSierOpp: 'Hvem sier opp',
    oppsigelseGitt: 'Oppsigelsen ble gitt',
    begrunnelse: 'Begrunnelse',
    registrerInnflytting: 'Registrer innflytting',
    innflyttingsdato: 'Innflyttingsdato',
    registrerUtflytting: 'Registrer utflytting',
    utflyttingBeskrivelse: 'Avtalen avsluttes, og boenheten blir ledig fra dagen etter utflyttingen.',
    utflyttingsdato: 'Utflyttingsdato',
    flyttetTil: 'Flyttet til',
    velgFlyttetTil: 'Velg hvor beboeren flyttet',
    fulgteOppsigelse: 'Fulgte utflyttingen en oppsigelse?',
    valgfriDato: 'Valgfritt. Skriv datoen som dd.mm.åååå',
    depositumBeskrivelse: 'Nøkkel deles ut mot depositum, og beboeren skal få beskjed om å tegne innboforsikring.',
    depositum: 'Depositum',
    betaltDato: 'Betalt dato',
    tilbakebetaltDato: 'Tilbakebetalt dato',
    holdtTilbake: 'Holdt tilbake',
    holdtTilbakeBeskrivelse: 'Valgfritt. Beløp i kroner som ikke betales tilbake.',
    holdtTilbakeBegrunnelse: 'Begrunnelse for å holde tilbake',
    holdtTilbakeBegrunnelseBeskrivelse: 'Må fylles ut når noe holdes tilbake.',
    forsikring: 'Informert om innboforsikring',
    lagreAnsvarsgruppe: 'Lagre ansvarsgruppen',
    ansvarsgruppeBeskrivelse: 'Medlemmene av ansvarsgruppen, og hvem de representerer (HVK, NAV, spesialisthelsetjenesten, familie …).',
    ingenMedlemmer: 'Ingen medlemmer ennå.',
    navn: 'Navn',
    representerer: 'Representerer',
    leggTilMedlem: 'Legg til medlem',
    mote: 'Møte',
    dato: 'Dato',
    notat: 'Notat (valgfritt)',
    fornyUtlopt: (slutt: string) =>
      `Avtalen gikk ut ${slutt} uten å bli fornyet. Den nye perioden begynner dagen etter, og kan tidligst slutte i dag. Da gjelder avtalen igjen.`,
    annulleringBeskrivelse:
      'Beboeren har ikke flyttet inn. Avtalen annulleres i dag, og boenheten blir ledig fra i dag. Etter innflytting avsluttes en avtale med oppsigelse og utflytting.',
    annulleringGrunn: 'Hvorfor annulleres avtalen?',
    annulleringGrunnHjelp: 'For eksempel: søkeren ombestemte seg før innflytting',
    soknaden: 'Hva skjer med søknaden?',
    annuller: 'Annuller avtalen',
    svarTittel: 'Registrer svar fra eieren',
    svarBeskrivelse: (dato: string) => `Saken ble henvist til eieren ${dato}. Svaret registreres én gang.`,
    hvaSvarte: 'Hva svarte eieren?',
    svarDato: 'Eieren svarte',
    svarGjelderFra: 'Gjelder fra',
    svarGjelderFraHjelp:
      'Må fylles ut ved oppsigelse og fravikelse. Ved tidsbestemt leie er den tom lik slutten av leieperioden. Skriv datoen som dd.mm.åååå.',
    svarUtfall: 'Utfallet',
    svarUtfallHjelp: 'Hva kom ut av henvisningen, med egne ord',
    registrerSvar: 'Registrer svaret',
  },
};
