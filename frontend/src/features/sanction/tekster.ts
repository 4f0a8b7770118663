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
};

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
  },
};
