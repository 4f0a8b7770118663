import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

/* Norwegian texts for incidents, sanctions, entries, visitor bans and the control report (R-SAN-1 … R-SAN-10). */

export const kategoriTekst: Record<Schemas['IncidentCategory'], string> = {
  VIOLENCE_OR_THREATS: 'Vold eller trusler',
  WEAPONS_OR_THREATENING_OBJECTS: 'Våpen eller truende gjenstander',
  SUBSTANCE_USE: 'Rusbruk på huset',
  NOISE_AND_DISTURBANCE: 'Bråk og uro',
  UNLAWFUL_OVERNIGHT_GUEST: 'Ulovlig overnatting',
  ANIMALS: 'Dyr',
  HMS_BREACH: 'Brudd på HMS-reglene',
  HOUSE_RULE_BREACH: 'Brudd på husordensreglene',
  DAMAGE: 'Skadeverk',
  NON_PAYMENT: 'Manglende betaling',
};

export const politiTekst: Record<Schemas['PoliceReason'], string> = {
  EXCLUSION_OF_THREATENING_PERSON: 'Bortvisning av truende person',
  SUSPECTED_DEALING: 'Mistanke om salg',
  SUSPECTED_WEAPONS: 'Mistanke om våpen',
  SUSPECTED_DRINK_DRIVING: 'Mistanke om promillekjøring',
  ADVICE: 'Råd og veiledning',
  OTHER: 'Annet',
};

export const innlasingTekst: Record<Schemas['EntryGround'], string> = {
  DANGER_TO_LIFE_OR_HEALTH: 'Fare for liv eller helse',
  NOISE_AND_DISTURBANCE: 'Uro og bråk',
  POLICE_WARRANT: 'Politiet har ransakings- eller pågripelsesordre',
  SUSPECTED_UNWANTED_PERSONS: 'Mistanke om uønskede personer',
  NO_ANSWER_AT_HMS_ROUND: 'Ingen svar ved HMS-runde',
};

export const grunnlagTekst: Record<Schemas['SanctionGround'], string> = {
  SUBSTANCE_USE: 'Rusbruk på huset',
  NOISE_AND_DISTURBANCE: 'Bråk og uro',
  UNLAWFUL_OVERNIGHT_GUEST: 'Ulovlig overnatting',
  ANIMALS: 'Dyr',
  HMS_BREACH: 'Brudd på HMS-reglene',
  HOUSE_RULE_BREACH: 'Brudd på husordensreglene',
  DAMAGE: 'Skadeverk',
  REPEATED_ORAL_WARNINGS: 'Gjentatte muntlige advarsler',
  SERIOUS_BREACH: 'Alvorlig brudd',
  VIOLENCE_OR_THREATS: 'Vold eller trusler',
  WEAPONS_OR_THREATENING_OBJECTS: 'Våpen eller truende gjenstander',
  REPEATED_WARNINGS_AND_SERIOUS_BREACH: 'Gjentatte advarsler og alvorlig brudd',
  NON_PAYMENT: 'Manglende betaling',
  SERIOUS_REPEATED_BREACHES: 'Alvorlige og gjentatte brudd',
};

export const statusTekst: Record<Schemas['SanctionStatus'], string> = {
  AWAITING_APPROVAL: 'Venter på godkjenning',
  APPROVED: 'Godkjent – ikke varslet',
  IN_FORCE: 'Gjelder',
  APPEALED: 'Påklaget',
  REVERSED: 'Omgjort',
};

export const klageutfallTekst: Record<NonNullable<Schemas['AppealRequest']['outcome']>, string> = {
  UPHELD: 'Opprettholdt',
  CHANGED: 'Endret',
  REVERSED: 'Omgjort',
};

export const flaggTekst: Record<Schemas['ControlFlag']['flag'], string> = {
  TERMINATION_WITHOUT_WRITTEN_WARNING: 'Oppsigelse uten tidligere skriftlig advarsel',
  EXCLUSIONS_CLOSE_TOGETHER: 'Bortvisninger tett på hverandre',
  ENTRIES_AT_HMS_ROUND_WITHOUT_ANSWER: 'Innlåsing ved HMS-runde uten svar',
  TERMINATION_WITHOUT_DECISION: 'Oppsigelse fra kommunen uten godkjent vedtak',
};

export const forhandsvarselStatusTekst: Record<Schemas['AdvanceNoticeStatus'], string> = {
  AWAITING_STATEMENT: 'Venter på uttalelse',
  STATEMENT_RECEIVED: 'Uttalelse mottatt',
  NO_STATEMENT: 'Ingen uttalelse',
  DEADLINE_PASSED: 'Fristen er ute',
};

export const henvisningStatusTekst: Record<Schemas['ReferralStatus'], string> = {
  REFERRED: 'Henvist, venter på svar fra eieren',
  NOTICE: 'Eieren sa opp',
  FIXED_TERM_NOT_RENEWED: 'Tidsbestemt leie ikke fornyet',
  EVICTION: 'Fravikelse (utkastelse)',
  WITHDRAWN: 'Trukket',
};

export const avslutningAvTekst: Record<NonNullable<Schemas['AgreementTermination']['noticeBy']>, string> = {
  RESIDENT: 'Beboeren',
  MUNICIPALITY: 'Kommunen',
};

export const oppsigelsesgrunnTekst: Record<Schemas['TerminationGround'], string> = {
  NONE: 'Ingen (eget ønske eller avtalens slutt)',
  BREACHES: 'Brudd',
  ARREARS: 'Restanse',
};

/** The steps toward a decision (R-SAN-11, R-SAN-7), in order. */
export const stegTekst: Record<'ADVANCE_NOTICE' | 'STATEMENT' | 'PROPOSAL' | 'APPROVAL' | 'NOTIFICATION' | 'APPEAL', string> = {
  ADVANCE_NOTICE: 'Forhåndsvarsel',
  STATEMENT: 'Uttalelse fra beboeren',
  PROPOSAL: 'Forslag til vedtak',
  APPROVAL: 'Godkjenning',
  NOTIFICATION: 'Vedtaket gjort kjent for beboeren',
  APPEAL: 'Klage',
};

export const stegStatusTekst: Record<'done' | 'current' | 'waiting' | 'skipped', string> = {
  done: 'Fullført',
  current: 'Nå',
  waiting: 'Senere',
  skipped: 'Ikke aktuelt',
};

const MANEDER = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** `2026-09` → `september 2026`. */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-');
  return `${MANEDER[Number(m) - 1] ?? m} ${year}`;
}

export const utstederTekst: Record<Schemas['NewVisitorBan']['issuedBy'], string> = {
  STAFF: 'Personalet',
  POLICE: 'Politiet',
};

/** Exclusion and termination (and a tenancy referral) are individual decisions (R-SAN-7). */
export const VEDTAK_TYPER: readonly Schemas['SanctionType'][] = ['EXCLUSION', 'TERMINATION', 'TERMINATION_REFERRAL'];

export const tekster = {
  hendelser: {
    tittel: 'Hendelser',
    ingress: 'Registrer hendelser og brudd på reglene, innlåsing uten samtykke og besøksforbud. Alt blir med i kontrollrapporten.',
    botiltak: 'Botiltak',
    ingenBotiltak: 'Du er ikke knyttet til noe botiltak, og kan derfor ikke registrere hendelser.',
    liste: 'Registrerte hendelser',
    ingen: 'Ingen hendelser er registrert.',
    feil: 'Klarte ikke å hente hendelsene',
    registrer: 'Registrer hendelse',
    loggInnlasing: 'Logg innlåsing',
    besoksforbud: 'Besøksforbud',
    tidspunkt: 'Tidspunkt',
    beboere: 'Beboere',
    kategorier: 'Kategorier',
    alvorlig: 'Alvorlig',
    regler: 'Regler brutt',
    beskrivelse: 'Beskrivelse',
    politi: 'Politikontakt',
    ja: 'Ja',
    nei: 'Nei',
    ingenPoliti: 'Ingen kontakt med politiet',
    hendelseLagret: 'Hendelsen er registrert.',
    innlasingLagret: 'Innlåsingen er logget.',
    forbudLagret: 'Besøksforbudet er registrert.',
    ukjentPerson: 'Ukjent beboer',
    henter: 'Henter hendelsene …',
    sider: 'Sider med hendelser',
    listeTabell: 'Registrerte hendelser, nyeste først',
    reglerVersjon: (regler: string, versjon: number | null | undefined) => `${regler} (versjon ${versjon})`,
  },
  stige: {
    tittel: (name: string) => `Reaksjoner – ${name}`,
    tittelUtenNavn: 'Reaksjoner',
    tilbake: 'Tilbake til avtalen',
    feil: 'Klarte ikke å hente reaksjonene',
    stigen: 'Reaksjonsstigen',
    stigeBta:
      'Bo- og tjenesteavtale: reaksjonene trappes opp fra muntlig advarsel til oppsigelse. Hvert trinn krever et av grunnlagene under.',
    stigeLease:
      'Husleiekontrakt: utleier kan ikke bortvise eller nekte besøk (husleieloven). Lovlige reaksjoner er muntlig advarsel, skriftlig klage og henvisning til oppsigelse hos eieren.',
    gitt: (n: number) => (n === 1 ? 'Gitt 1 gang' : `Gitt ${n} ganger`),
    grunnlag: 'Grunnlag',
    reaksjoner: 'Reaksjoner',
    ingen: 'Beboeren har ingen reaksjoner.',
    foresla: 'Foreslå reaksjon',
    foreslatt: 'Reaksjonen er registrert.',
    foreslattVedtak: 'Forslaget er registrert og venter på godkjenning fra en annen fagleder.',
    varsle: 'Registrer varsel til beboer',
    varslet: 'Varselet er registrert.',
    klage: 'Registrer klage',
    klageLagret: 'Klagen er registrert.',
    klagefrist: 'Klagefrist',
    status: 'Status',
    foreslattAv: 'Foreslått',
    godkjentAv: 'Godkjent',
    varsletDato: 'Varslet',
    perioden: 'Bortvist',
    annetBosted: 'Annet bosted',
    begrunnelse: 'Skriftlig begrunnelse',
    forholdsmessighet: 'Vurdering av forholdsmessighet',
    klagetDato: 'Klage mottatt',
    klageutfall: 'Utfall av klagen',
    hendelser: 'Hendelser det vises til',
    henterBotiltak: 'Henter botiltaket …',
    henter: 'Henter reaksjonene …',
  },
  godkjenning: {
    tittel: 'Godkjenninger',
    ingress:
      'Bortvisning og oppsigelse er enkeltvedtak. De gjelder først når en annen fagleder enn den som foreslo vedtaket, har godkjent det.',
    ingen: 'Ingen vedtak venter på godkjenning.',
    feil: 'Klarte ikke å hente vedtakene',
    godkjenn: 'Godkjenn',
    godkjenner: 'Godkjenner …',
    godkjent: 'Vedtaket er godkjent. Husk å registrere varselet til beboeren.',
    egetForslag: 'Du foreslo dette vedtaket selv; en annen fagleder må godkjenne',
    feilGodkjenning: 'Klarte ikke å godkjenne',
    seStige: 'Se reaksjonene for beboeren',
    henter: 'Henter vedtakene …',
    sider: 'Sider med vedtak',
  },
  kontroll: {
    tittel: 'Kontrollrapport',
    ingress:
      'Alle bortvisninger, oppsigelser, innlåsinger uten samtykke og besøksforbud i botiltaket for perioden, til internkontroll og Statsforvalteren.',
    ingressKommunen:
      'Alle bortvisninger, oppsigelser, innlåsinger uten samtykke og besøksforbud ved botiltakene i kommunen for perioden, samlet eller for ett botiltak, til internkontroll og Statsforvalteren.',
    /** The report's heading: what, for which facility (or the whole municipality), which period. */
    rapportFor: (facility: string, period: string) => `Kontrollrapport for ${facility} ${period}`,
    henter: 'Henter rapporten …',
    vis: 'Vis rapport',
    lastNed: 'Last ned CSV',
    lastNedPdf: 'Last ned PDF',
    lasterNed: 'Laster ned …',
    feil: 'Klarte ikke å hente rapporten',
    feilCsv: 'Klarte ikke å laste ned CSV',
    feilPdf: 'Klarte ikke å laste ned PDF',
    merknader: 'Merknader',
    ingenMerknader: 'Ingen merknader for perioden.',
    perType: 'Reaksjoner etter type',
    bortvisninger: 'Bortvisninger med annet bosted',
    oppsigelser: 'Oppsigelser',
    klager: 'Klager og utfall',
    innlasingPerGrunn: 'Innlåsinger etter grunn',
    innlasinger: 'Innlåsinger',
    besoksforbud: 'Besøksforbud',
    politi: 'Kontakter med politiet',
    ingen: 'Ingen i perioden.',
    antall: 'Antall',
    type: 'Type',
    grunn: 'Grunn',
    periode: 'Periode',
    grunnlag: 'Grunnlag',
    annetBosted: 'Annet bosted',
    status: 'Status',
    godkjentAv: 'Godkjent av',
    foreslatt: 'Foreslått',
    klageMottatt: 'Klage mottatt',
    reaksjon: 'Reaksjon',
    klagefrist: 'Klagefrist',
    utfall: 'Utfall',
    tidspunkt: 'Tidspunkt',
    boenhet: 'Boenhet',
    personale: 'Personale',
    tilStede: 'Til stede',
    funn: 'Funn',
    besokende: 'Besøkende',
    ilagtAv: 'Ilagt av',
    begrunnelse: 'Begrunnelse',
    mangler: 'Mangler',
    ikkeAvgjort: 'Ikke avgjort',
  },
  skjema: {
    innlasingBeskrivelse:
      'Personalet kan bare låse seg inn uten samtykke på grunnene botiltaket har fastsatt. Hver innlåsing logges med grunn, tidspunkt og hvem som gjorde det.',
    klokkeslettHjelp: 'Klokkeslett som tt:mm, for eksempel 22:40',
    gjeldendeVersjon: (versjon: number) => `Gjeldende versjon ${versjon}. Velg ingen hvis ingen regel ble brutt.`,
    dato: 'Dato',
    klokkeslett: 'Klokkeslett',
    involverte: 'Beboere som var involvert',
    henterBeboere: 'Henter beboerne …',
    ingenBeboere: 'Ingen beboere bor i botiltaket nå.',
    hvaGjaldt: 'Hva gjaldt hendelsen?',
    alvorlig: 'Alvorlig brudd',
    alvorligBeskrivelse: 'Et alvorlig brudd kan gi skriftlig advarsel straks, og er ett av vilkårene for bortvisning og oppsigelse.',
    regler: 'Husordensregler som ble brutt',
    henterRegler: 'Henter husordensreglene …',
    ingenRegler: 'Botiltaket har ingen husordensregler.',
    beskrivelse: 'Beskrivelse',
    beskrivelseHjelp: 'Hva skjedde, hvem var til stede, og hva gjorde personalet?',
    politi: 'Kontakt med politiet',
    boenhet: 'Boenhet',
    velgBoenhet: 'Velg boenhet',
    grunn: 'Grunn til innlåsingen',
    grunnHusleie: 'I en bolig med husleiekontrakt kan personalet bare låse seg inn ved fare for liv eller helse.',
    grunnListe: 'Bare grunnene som står på botiltakets liste, kan velges.',
    tilStede: 'Hvem var til stede (valgfritt)',
    funn: 'Hva fant dere (valgfritt)',
    registrerBesoksforbud: 'Registrer besøksforbud',
    hvemIla: 'Hvem har ilagt forbudet?',
    hvemIlaHusleie:
      'Botiltaket har husleiekontrakter: en utleier kan ikke nekte leietakerne besøk, så her kan bare politiet ilegge besøksforbud.',
    besokende: 'Besøkende',
    besokendeHjelp: 'Navn, eller en beskrivelse hvis navnet ikke er kjent',
    gjelderFra: 'Gjelder fra',
    gjelderTil: 'Gjelder til (valgfritt)',
    begrunnelse: 'Begrunnelse',
  },
  reaksjon: {
    hastesak: 'Hastesak: vold eller trusler (uten forhåndsvarsel)',
    hastesakBeskrivelse:
      'Bare en bortvisning for vold eller trusler kan vedtas uten forhåndsvarsel. Ellers må beboeren først ha fått forhåndsvarsel og frist til å uttale seg.',
    annetStedBeskrivelse: (periode: string | null) =>
      `En bortvisning kan ikke registreres uten at beboeren har et annet sted å bo i hele perioden${periode ? ` (${periode})` : ''}.`,
    varerOgSlutter: (varighet: string, slutt: string) =>
      `Bortvisningen varer ${varighet} og slutter ${slutt}. Skriv datoen som dd.mm.åååå.`,
    varer: (varighet: string) => `Bortvisningen varer ${varighet}. Skriv datoen som dd.mm.åååå.`,
    sjekkDato: 'Sjekk at datoen dekker hele bortvisningen',
    reaksjon: 'Reaksjon',
    velgReaksjon: 'Velg reaksjon',
    grunnlag: 'Grunnlag',
    velgGrunnlag: 'Velg grunnlag',
    velgReaksjonForst: 'Velg reaksjon først',
    hendelser: 'Hendelser reaksjonen svarer på',
    hendelserBeskrivelse: 'En reaksjon må bygge på registrerte hendelser. Registrer hendelsen under Hendelser først hvis den mangler.',
    henterHendelser: 'Henter hendelsene …',
    ingenHendelser: 'Ingen hendelser er registrert for beboeren.',
    starter: 'Bortvisningen starter',
    annetSted: 'Annet sted å bo',
    sted: 'Sted',
    sikretFra: 'Sikret fra',
    sikretTil: 'Sikret til',
    forholdsmessighetHjelp: 'Står tiltaket i forhold til bruddet? Er mildere tiltak prøvd eller vurdert?',
    klagefrist: 'Klagefristen er tre uker fra datoen beboeren ble varslet (forvaltningsloven § 29).',
    utfallAvAnnenFagleder: 'Utfallet av klagen registreres av en fagleder som ikke foreslo vedtaket.',
    varsletDato: 'Varslet dato',
    hvordanVarslet: 'Hvordan ble beboeren varslet?',
    hvordanVarsletHjelp: 'For eksempel: vedtaket lest opp og gitt skriftlig',
    klagenKom: 'Klagen kom inn',
    utfall: 'Utfall av klagen',
    ikkeAvgjortEnna: 'Ikke avgjort ennå',
    avgjortDato: 'Avgjort dato (valgfritt)',
    avgjortHjelp: 'Tom betyr i dag. Skriv datoen som dd.mm.åååå.',
    enkeltvedtak: (reaksjon: string) =>
      `${reaksjon} er et enkeltvedtak. Det krever skriftlig begrunnelse og en vurdering av forholdsmessighet, og gjelder først når en annen fagleder enn den som foreslår det, har godkjent det. Beboeren har tre ukers klagefrist fra varselet.`,
  },
  detaljer: {
    ikkeAvgjort: 'Ikke avgjort',
    restanse: 'Restanse da vedtaket ble foreslått',
    restanseTekst: (belop: string, maneder: string) => (maneder ? `${belop} (${maneder})` : belop),
    forhandsvarsel: 'Forhåndsvarsel',
    hastesak: 'Hastesak: vold eller trusler, uten forhåndsvarsel',
  },
  sak: {
    tittel: 'Vedtak og saksgang',
    ingress:
      'Bortvisning og oppsigelse er enkeltvedtak. Først får beboeren forhåndsvarsel og frist til å uttale seg, så foreslås vedtaket, en annen fagleder godkjenner det, beboeren får vedtaket, og har tre ukers klagefrist.',
    ingressHusleie:
      'Henvisning til oppsigelse hos eieren er et enkeltvedtak: det foreslås, en annen fagleder godkjenner det, beboeren får vedtaket og har tre ukers klagefrist.',
    ingenVedtak: 'Ingen vedtak er foreslått for beboeren.',
    nySak: 'Ny sak om bortvisning eller oppsigelse',
    overskrift: (reaksjon: string, hva: string) => `${reaksjon} – ${hva}`,
    forhandsvarselSendt: (dato: string) => `forhåndsvarsel ${dato}`,
    foreslattDato: (dato: string) => `foreslått ${dato}`,
    steg: 'Steg i saken',
    forhandsvarselMangler: 'Forhåndsvarsel mangler',
    sendt: (dato: string, hvordan: string) => `Sendt ${dato} – ${hvordan}`,
    hastesak: 'Ikke nødvendig: hastesak om vold eller trusler',
    henvisning: 'Ikke nødvendig: i et leieforhold er det eieren som sier opp',
    ikkeRegistrert: 'Ingen forhåndsvarsel er registrert for dette vedtaket',
    uttalelseMottatt: (dato: string) => `Uttalelse mottatt ${dato}`,
    ingenUttalelse: (frist: string) => `Ingen uttalelse kom innen fristen ${frist}`,
    fristenUte: (frist: string) => `Fristen gikk ut ${frist} uten at noen uttalelse er registrert`,
    fristLoper: (frist: string) => `Fristen for uttalelse løper til ${frist}`,
    uttalelseVenter: 'Beboeren får frist til å uttale seg etter forhåndsvarselet',
    foreslatt: (dato: string, av: string) => `Foreslått ${dato} av ${av}`,
    ikkeForeslatt: 'Vedtaket er ikke foreslått ennå',
    foreslasEtterFrist: 'Kan foreslås når uttalelsen er registrert eller fristen er ute',
    godkjent: (dato: string, av: string) => `Godkjent ${dato} av ${av}`,
    venterGodkjenning: (av: string) => `Venter på godkjenning fra en annen fagleder enn ${av}`,
    godkjennesSenere: 'En annen fagleder enn den som foreslår vedtaket, godkjenner det',
    omgjort: 'Vedtaket er omgjort',
    varslet: (dato: string) => `Gjort kjent ${dato}`,
    ikkeVarslet: 'Vedtaket er ikke gjort kjent for beboeren ennå',
    varslesSenere: 'Vedtaket gjøres kjent for beboeren når det er godkjent',
    klageAvgjort: (utfall: string) => `Klagen er avgjort: ${utfall}`,
    klageVenter: (dato: string) => `Klage mottatt ${dato} – venter på avgjørelse`,
    klagefristUte: (frist: string) => `Klagefristen gikk ut ${frist} uten klage`,
    klagefristLoper: (frist: string) => `Klagefristen løper til ${frist}`,
    klageSenere: 'Beboeren har tre ukers klagefrist fra vedtaket er gjort kjent',
    registrerForhandsvarsel: 'Registrer forhåndsvarsel',
    registrerUttalelse: 'Registrer uttalelse',
    foreslaVedtak: 'Foreslå vedtak',
    godkjenn: 'Godkjenn vedtaket',
    godkjennFeil: 'Klarte ikke å godkjenne',
    godkjentLagret: 'Vedtaket er godkjent. Registrer når beboeren får vedtaket.',
    vedtaksbrev: 'Vedtaksbrevet (PDF)',
    forhandsvarselBrev: 'Forhåndsvarselet (PDF)',
    henterPdf: 'Henter PDF …',
    pdfFeil: 'Klarte ikke å hente brevet',
    forhandsvarsel: 'Forhåndsvarselet',
    hva: 'Hva saken gjelder',
    sendtTittel: 'Sendt',
    frist: 'Frist for uttalelse',
    uttalelse: 'Uttalelse',
    ingenUttalelseKort: 'Ingen uttalelse kom',
    henterForhandsvarsler: 'Henter forhåndsvarslene …',
    feilForhandsvarsler: 'Klarte ikke å hente forhåndsvarslene',
    andre: 'Advarsler og klager',
    ingenAndre: 'Beboeren har ingen advarsler eller klager.',
  },
  forhandsvarsel: {
    tittel: 'Registrer forhåndsvarsel',
    ingress:
      'Før et vedtak om bortvisning eller oppsigelse skal beboeren varsles og få en frist til å uttale seg (forvaltningsloven § 16). Forhåndsvarselet blir et brev til beboeren.',
    tiltak: 'Hva vurderes?',
    hendelser: 'Hendelser forhåndsvarselet gjelder',
    hendelserBeskrivelse: 'Vedtaket kan senere bare vise til hendelser som står i forhåndsvarselet.',
    beskrivelse: 'Hva saken gjelder, skrevet til beboeren',
    beskrivelseHjelp: 'Hva har skjedd, og hva vurderer dere å gjøre?',
    sendt: 'Sendt eller gitt til beboeren',
    hvordan: 'Hvordan fikk beboeren forhåndsvarselet?',
    hvordanHjelp: 'For eksempel: gitt personlig og lest opp',
    frist: 'Frist for å uttale seg',
    fristHjelp: 'Fristen må gi beboeren rimelig tid. Skriv datoen som dd.mm.åååå.',
    lagret: 'Forhåndsvarselet er registrert. Når uttalelsen er kommet eller fristen er ute, kan vedtaket foreslås.',
    uttalelseTittel: 'Registrer uttalelse',
    uttalelseIngress: (sendt: string, frist: string) => `Forhåndsvarselet ble sendt ${sendt}. Fristen for å uttale seg er ${frist}.`,
    hvaKom: 'Uttalte beboeren seg?',
    kom: 'Beboeren har uttalt seg',
    komIkke: 'Ingen uttalelse kom innen fristen',
    komIkkeForFrist: (frist: string) => `At ingen uttalelse kom, kan registreres etter fristen ${frist}.`,
    mottatt: 'Uttalelsen kom',
    tekst: 'Uttalelsen',
    tekstHjelp: 'Det beboeren skrev, eller et sammendrag av det beboeren sa',
    uttalelseLagret: 'Uttalelsen er registrert.',
    ingenLagret: 'Det er registrert at ingen uttalelse kom.',
    velg: 'Forhåndsvarselet vedtaket bygger på',
    velgForhandsvarsel: 'Velg forhåndsvarsel',
    forhandsvarselValg: (sendt: string, status: string) => `Sendt ${sendt} – ${status}`,
    ingenForhandsvarsel: (reaksjon: string) =>
      `Ingen forhåndsvarsel om ${reaksjon.toLowerCase()} er registrert. Registrer forhåndsvarsel først, og vent på uttalelsen eller fristen.`,
    forhandsvarselHjelp: 'Hendelsene i forhåndsvarselet blir valgt under. Vedtaket kan bare vise til dem.',
  },
};
