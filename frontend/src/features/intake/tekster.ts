import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

export const statusTekst: Record<Schemas['IntakeStatus'], string> = {
  SUBMITTED: 'Registrert',
  WAITING: 'På venteliste',
  ALLOCATED: 'Tildelt',
  INFORMED: 'Søker informert',
  ORIENTED: 'Orienteringssamtale holdt',
  DECIDED: 'Vedtak fattet',
  DECLINED: 'Takket nei',
  WITHDRAWN: 'Trukket',
  REJECTED: 'Avslått',
  MOVED_IN: 'Flyttet inn',
};

export const statusRekkefolge: Schemas['IntakeStatus'][] = [
  'SUBMITTED',
  'WAITING',
  'ALLOCATED',
  'INFORMED',
  'ORIENTED',
  'DECIDED',
  'MOVED_IN',
  'DECLINED',
  'WITHDRAWN',
  'REJECTED',
];

/** Button text for each step, and the heading of its dialog. */
export const handlingTekst: Record<Schemas['IntakeAction'], { knapp: string; tittel: string; lagret: string }> = {
  PRIORITISE: { knapp: 'Prioriter', tittel: 'Prioriter søknaden', lagret: 'Prioriteten er lagret, og søknaden står på ventelisten.' },
  ALLOCATE: { knapp: 'Tildel boenhet', tittel: 'Tildel boenhet', lagret: 'Boenheten er tildelt.' },
  INFORM: {
    knapp: 'Registrer at søkeren er informert',
    tittel: 'Søkeren er informert',
    lagret: 'Det er registrert at søkeren er informert.',
  },
  SCHEDULE_ORIENTATION: {
    knapp: 'Planlegg orienteringssamtale',
    tittel: 'Planlegg orienteringssamtale',
    lagret: 'Orienteringssamtalen er planlagt.',
  },
  RECORD_ORIENTATION: {
    knapp: 'Registrer orienteringssamtale',
    tittel: 'Registrer orienteringssamtale',
    lagret: 'Orienteringssamtalen er registrert.',
  },
  DECIDE: { knapp: 'Fatt vedtak', tittel: 'Vedtak om praktisk bistand', lagret: 'Vedtaket om praktisk bistand er lagret.' },
  WITHDRAW: { knapp: 'Trekk søknaden', tittel: 'Trekk søknaden', lagret: 'Søknaden er trukket.' },
  REJECT: { knapp: 'Avslå søknaden', tittel: 'Avslå søknaden', lagret: 'Søknaden er avslått.' },
};

export const deltakerTekst: Record<Schemas['OrientationParticipant'], string> = {
  APPLICANT: 'Søker',
  HVK: 'HVK',
  FACILITY: 'Botiltaket',
};

export const svarTekst: Record<Schemas['ApplicantAnswer'], string> = {
  ACCEPTED: 'Takker ja',
  DECLINED: 'Takker nei',
};

export const lovgrunnlagTekst: Record<Schemas['LegalBasis'], string> = {
  PBRL_2_1A_2: 'Pasient- og brukerrettighetsloven § 2-1 a annet ledd',
  HOL_3_1: 'Helse- og omsorgstjenesteloven § 3-1',
  HOL_3_2_1_6B: 'Helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b',
};

export const prioritetTekst: Record<1 | 2 | 3, string> = {
  1: '1 – høyest',
  2: '2',
  3: '3 – lavest',
};

export const tekster = {
  liste: {
    tittel: 'Søknader',
    ingress: 'Søknader om plass i botiltak, med status fram til vedtak.',
    ny: 'Ny søknad',
    filter: 'Filtrer søknadene',
    status: 'Status',
    alle: 'Alle',
    sok: 'Søk etter navn',
    filtrer: 'Vis søknader',
    tabell: 'Søknader',
    tom: 'Ingen søknader passer med filteret.',
    feil: 'Klarte ikke å hente søknadene',
    sider: 'Sider i listen over søknader',
  },
  tabell: {
    soker: 'Søker',
    fodselsnummer: 'Fødselsnummer',
    mottatt: 'Mottatt',
    status: 'Status',
    prioritet: 'Prioritet',
    botiltak: 'Ønsket eller tildelt botiltak',
    saksbehandler: 'Saksbehandler',
  },
  venteliste: {
    tittel: 'Venteliste',
    ingress: 'Søkere som venter på en boenhet, sortert etter prioritet og deretter dato søknaden kom inn.',
    tabell: 'Ventelisten etter prioritet',
    tom: 'Ingen søkere står på ventelisten.',
    nye: 'Nye søknader som skal prioriteres',
    nyeIngress: 'Søknader HVK har registrert, som ESIKT ikke har prioritert ennå.',
    nyeTabell: 'Nye søknader, nyeste først',
    nyeTom: 'Ingen nye søknader venter på prioritering.',
    feil: 'Klarte ikke å hente ventelisten',
    sider: 'Sider i ventelisten',
    nyeSider: 'Sider i listen over nye søknader',
  },
  ledige: {
    tittel: 'Ledige boenheter',
    ingress: 'Boenheter uten tildeling eller beboer fra datoen og framover, gruppert etter botiltak.',
    filter: 'Filtrer ledige boenheter',
    fra: 'Ledig fra',
    botiltak: 'Botiltak',
    alle: 'Alle',
    avtaletype: 'Avtaletype',
    vis: 'Vis ledige boenheter',
    tabell: (fra: string) => `Ledige boenheter fra ${fra}`,
    tom: 'Ingen boenheter er ledige fra denne datoen.',
    feil: 'Klarte ikke å hente ledige boenheter',
    sider: 'Sider i listen over ledige boenheter',
  },
  innkommende: {
    tittel: 'Innkommende tildelinger',
    ingress: 'Søkere som er tildelt en boenhet i botiltaket deres, og som ikke har flyttet inn ennå.',
    tabell: 'Innkommende tildelinger',
    tom: 'Ingen søkere er tildelt en boenhet hos dere nå.',
    feil: 'Klarte ikke å hente innkommende tildelinger',
    sider: 'Sider i listen over innkommende tildelinger',
  },
  ny: {
    tittel: 'Ny søknad',
    ingress: 'Finn søkeren i personregisteret, eller registrer personen, og registrer så søknaden med den faglige vurderingen.',
    soker: 'Søker',
    valgt: 'Søknaden gjelder',
    byttSoker: 'Velg en annen søker',
    soknaden: 'Søknaden',
    mottatt: 'Søknaden kom inn',
    vurdering: 'Faglig vurdering',
    vurderingBeskrivelse: 'Hvorfor bør personen få plass i et bo- og tjenestetilbud?',
    behov: 'Behov (valgfritt)',
    onsker: 'Ønsker (valgfritt)',
    botiltak: 'Ønskede botiltak (valgfritt)',
    botiltakBeskrivelse: 'Kryss av for botiltakene søkeren ønsker.',
    utleiebolig: 'Har vedtak om kommunal utleiebolig',
    utleieboligBeskrivelse:
      'Søkeren står fortsatt på listen for kommunal utleiebolig til vurderingen er ferdig og en annen bolig er tildelt.',
    lagre: 'Registrer søknaden',
    lagrer: 'Registrerer …',
    feil: 'Klarte ikke å registrere søknaden',
    botiltakFeil: 'Klarte ikke å hente botiltakene',
  },
  side: {
    tilbakeHvk: 'Alle søknader',
    tilbakeEsikt: 'Ventelisten',
    tilbakeBotiltak: 'Beboere og innkommende tildelinger',
    tittel: (navn: string) => `Søknad – ${navn}`,
    feil: 'Klarte ikke å hente søknaden',
    status: 'Status',
    soker: 'Søker',
    soknaden: 'Søknaden',
    tildeling: 'Tildeling',
    orientering: 'Orienteringssamtale',
    vedtak: 'Vedtak om praktisk bistand',
    handlinger: 'Neste steg',
    tilAvtalen: 'Gå til avtalen',
    historikk: 'Historikk',
    vedtakVarighet: 'Vedtaket gjelder til det blir revurdert. Det fattes ikke et eget vedtak om bolig.',
  },
  skjema: {
    lagre: 'Lagre',
    lagrer: 'Lagrer …',
    avbryt: 'Avbryt',
    feil: 'Klarte ikke å lagre',
    dato: 'Skriv datoen som dd.mm.åååå',
  },
};
