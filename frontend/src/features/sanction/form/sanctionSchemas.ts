import { z } from 'zod';
import type { components } from '../../../api/schema.gen';
import { osloDateTimeToInstant, parseNorwegianDate, parseTime, todayIso } from '../../../components/dates';
import { formatDate } from '../../../components/format';
import { dateField, isoOrNull, optionalDateField, optionalText, orNull, requiredText, timeField } from '../../../components/formFields';
import { VEDTAK_TYPER } from '../tekster';

type Schemas = components['schemas'];

/* One zod schema per form (Norwegian messages) and the request body it gives. */

const instant = (date: string, time: string) => osloDateTimeToInstant(parseNorwegianDate(date)!, parseTime(time)!);

export const allCategories: Schemas['IncidentCategory'][] = [
  'VIOLENCE_OR_THREATS',
  'WEAPONS_OR_THREATENING_OBJECTS',
  'SUBSTANCE_USE',
  'NOISE_AND_DISTURBANCE',
  'UNLAWFUL_OVERNIGHT_GUEST',
  'ANIMALS',
  'HMS_BREACH',
  'HOUSE_RULE_BREACH',
  'DAMAGE',
  'NON_PAYMENT',
];

export const allPoliceReasons: Schemas['PoliceReason'][] = [
  'EXCLUSION_OF_THREATENING_PERSON',
  'SUSPECTED_DEALING',
  'SUSPECTED_WEAPONS',
  'SUSPECTED_DRINK_DRIVING',
  'ADVICE',
  'OTHER',
];

/** The radio value for "no police contact". */
export const INGEN_POLITI = 'NONE';

// ---------------------------------------------------------------- incident (R-SAN-1, R-SAN-9)

export const incidentSchema = z.object({
  facilityId: z.string().min(1, 'Velg botiltak'),
  date: dateField('Skriv datoen for hendelsen', { notInFuture: true }),
  time: timeField('Skriv klokkeslettet for hendelsen'),
  personIds: z.array(z.string()).min(1, 'Velg minst én beboer som var involvert'),
  categories: z.array(z.string()).min(1, 'Velg minst én kategori'),
  serious: z.boolean(),
  ruleNumbers: z.array(z.string()),
  description: requiredText('Beskriv hva som skjedde', 10000),
  policeReason: z.string(),
});
export type IncidentValues = z.infer<typeof incidentSchema>;
export const incidentFields = [
  'facilityId',
  'date',
  'time',
  'personIds',
  'categories',
  'serious',
  'ruleNumbers',
  'description',
  'policeReason',
] as const;
export const toNewIncident = (v: IncidentValues): Schemas['NewIncident'] => ({
  facilityId: v.facilityId,
  occurredAt: instant(v.date, v.time),
  personIds: v.personIds,
  categories: v.categories as Schemas['IncidentCategory'][],
  serious: v.serious,
  ruleNumbers: v.ruleNumbers.map(Number).sort((a, b) => a - b),
  description: v.description.trim(),
  ...(v.policeReason && v.policeReason !== INGEN_POLITI ? { policeReason: v.policeReason as Schemas['PoliceReason'] } : {}),
});

// ---------------------------------------------------------------- entry without consent (R-SAN-8)

export const entrySchema = z.object({
  facilityId: z.string().min(1, 'Velg botiltak'),
  unitId: z.string().min(1, 'Velg boenheten'),
  ground: z.string().min(1, 'Velg grunnen til innlåsingen'),
  date: dateField('Skriv datoen for innlåsingen', { notInFuture: true }),
  time: timeField('Skriv klokkeslettet for innlåsingen'),
  present: optionalText(500),
  found: optionalText(5000),
});
export type EntryValues = z.infer<typeof entrySchema>;
export const entryFields = ['facilityId', 'unitId', 'ground', 'date', 'time', 'present', 'found'] as const;
export const toNewEntry = (v: EntryValues): Schemas['NewEntry'] => ({
  unitId: v.unitId,
  ground: v.ground as Schemas['EntryGround'],
  enteredAt: instant(v.date, v.time),
  present: orNull(v.present),
  found: orNull(v.found),
});

// ---------------------------------------------------------------- visitor ban (R-SAN-9)

export const visitorBanSchema = z
  .object({
    facilityId: z.string().min(1, 'Velg botiltak'),
    issuedBy: z.string().min(1, 'Velg hvem som har ilagt forbudet'),
    visitor: requiredText('Skriv navnet på eller en beskrivelse av den besøkende', 500),
    fromDate: dateField('Skriv datoen forbudet gjelder fra'),
    toDate: optionalDateField(),
    reason: requiredText('Skriv begrunnelsen for forbudet', 2000),
  })
  .superRefine((v, ctx) => {
    const from = parseNorwegianDate(v.fromDate);
    const to = v.toDate ? parseNorwegianDate(v.toDate) : null;
    if (from && to && to < from) {
      ctx.addIssue({ code: 'custom', path: ['toDate'], message: 'Til-datoen kan ikke være før fra-datoen' });
    }
  });
export type VisitorBanValues = z.infer<typeof visitorBanSchema>;
export const visitorBanFields = ['facilityId', 'issuedBy', 'visitor', 'fromDate', 'toDate', 'reason'] as const;
export const toNewVisitorBan = (v: VisitorBanValues): Schemas['NewVisitorBan'] => ({
  facilityId: v.facilityId,
  issuedBy: v.issuedBy as Schemas['NewVisitorBan']['issuedBy'],
  visitor: v.visitor.trim(),
  fromDate: parseNorwegianDate(v.fromDate)!,
  toDate: isoOrNull(v.toDate),
  reason: v.reason.trim(),
});

/** Lifting a ban in force needs the reason (R-SAN-9). */
export const liftVisitorBanSchema = z.object({ reason: requiredText('Skriv hvorfor forbudet oppheves', 2000) });
export const liftVisitorBanFields = ['reason'] as const;

// ---------------------------------------------------------------- sanction proposal (R-SAN-1 … R-SAN-7)

/** `åååå-mm-dd` plus days, as `åååå-mm-dd`. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** The last day of an exclusion that starts on `from` and lasts `days` days. */
export function exclusionEnd(from: string, days: number): string {
  return addDays(from, days - 1);
}

export const MANGLER_ANNET_BOSTED = 'En bortvisning kan ikke registreres uten at beboeren har et annet sted å bo i hele perioden';

/** R-SAN-11: a termination, and an exclusion that is not urgent, cites a forhåndsvarsel. */
export const needsAdvanceNotice = (type: string, urgent: boolean) => type === 'TERMINATION' || (type === 'EXCLUSION' && !urgent);

/** What the proposal form reads of the agreement's forhåndsvarsler. */
export type NoticeChoice = Pick<Schemas['AdvanceNotice'], 'id' | 'type' | 'status' | 'statementDeadline'>;

/**
 * `exclusionDays`: the facility's exclusion length (null where exclusion is not lawful); `notices`: the
 * agreement's forhåndsvarsler, so that one whose statement deadline still runs is refused before sending.
 */
export function sanctionSchema(exclusionDays: number | null, notices: NoticeChoice[] = []) {
  return z
    .object({
      type: z.string().min(1, 'Velg reaksjon'),
      ground: z.string().min(1, 'Velg grunnlaget for reaksjonen'),
      advanceNoticeId: z.string(),
      incidentIds: z.array(z.string()).min(1, 'Velg minst én hendelse reaksjonen svarer på'),
      exclusionFrom: z.string().trim(),
      urgent: z.boolean(),
      alternativePlace: z.string().trim().max(500, 'Kan ha høyst 500 tegn'),
      alternativeFrom: z.string().trim(),
      alternativeTo: z.string().trim(),
      writtenGrounds: z.string().trim().max(10000, 'Kan ha høyst 10000 tegn'),
      proportionality: z.string().trim().max(10000, 'Kan ha høyst 10000 tegn'),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (v.type === 'EXCLUSION') {
        const from = parseNorwegianDate(v.exclusionFrom);
        if (!v.exclusionFrom) issue('exclusionFrom', 'Skriv datoen bortvisningen starter');
        else if (!from) issue('exclusionFrom', 'Skriv en gyldig dato på formen dd.mm.åååå');
        const end = from ? exclusionEnd(from, exclusionDays ?? 5) : null;
        if (!v.alternativePlace) issue('alternativePlace', `${MANGLER_ANNET_BOSTED}: skriv hvor beboeren skal bo`);
        const altFrom = parseNorwegianDate(v.alternativeFrom);
        const altTo = parseNorwegianDate(v.alternativeTo);
        if (!v.alternativeFrom) issue('alternativeFrom', 'Skriv datoen det andre bostedet er sikret fra');
        else if (!altFrom) issue('alternativeFrom', 'Skriv en gyldig dato på formen dd.mm.åååå');
        else if (from && altFrom > from) issue('alternativeFrom', 'Det andre bostedet må være sikret fra første dag av bortvisningen');
        if (!v.alternativeTo) issue('alternativeTo', 'Skriv datoen det andre bostedet er sikret til');
        else if (!altTo) issue('alternativeTo', 'Skriv en gyldig dato på formen dd.mm.åååå');
        else if (end && altTo < end) issue('alternativeTo', 'Det andre bostedet må være sikret til siste dag av bortvisningen');
      }
      if (needsAdvanceNotice(v.type, v.urgent)) {
        const notice = notices.find((n) => n.id === v.advanceNoticeId);
        if (!notice) issue('advanceNoticeId', 'Velg forhåndsvarselet vedtaket bygger på');
        else if (notice.type !== v.type) issue('advanceNoticeId', 'Forhåndsvarselet gjelder et annet tiltak');
        else if (notice.status === 'AWAITING_STATEMENT') {
          issue(
            'advanceNoticeId',
            `Fristen for uttalelse løper til ${formatDate(notice.statementDeadline)}: vedtaket kan foreslås når uttalelsen er registrert eller fristen er ute`,
          );
        }
      }
      if ((VEDTAK_TYPER as readonly string[]).includes(v.type)) {
        if (!v.writtenGrounds) issue('writtenGrounds', 'Skriv den skriftlige begrunnelsen for vedtaket');
        if (!v.proportionality) issue('proportionality', 'Skriv vurderingen av om tiltaket står i forhold til bruddet');
      }
    });
}
export type SanctionValues = z.infer<ReturnType<typeof sanctionSchema>>;
export const sanctionFields = [
  'type',
  'ground',
  'advanceNoticeId',
  'incidentIds',
  'exclusionFrom',
  'alternativePlace',
  'alternativeFrom',
  'alternativeTo',
  'writtenGrounds',
  'proportionality',
] as const;
export const toNewSanction = (agreementId: string, v: SanctionValues): Schemas['NewSanction'] => {
  const decision = (VEDTAK_TYPER as readonly string[]).includes(v.type);
  const exclusion = v.type === 'EXCLUSION';
  return {
    agreementId,
    type: v.type as Schemas['SanctionType'],
    ground: v.ground as Schemas['SanctionGround'],
    incidentIds: v.incidentIds,
    exclusionFrom: exclusion ? parseNorwegianDate(v.exclusionFrom) : null,
    // R-SAN-11: only an exclusion for violence or threats may be urgent, without a forhåndsvarsel.
    ...(exclusion && v.urgent ? { urgent: true } : {}),
    ...(needsAdvanceNotice(v.type, v.urgent) ? { advanceNoticeId: v.advanceNoticeId } : {}),
    ...(exclusion
      ? {
          alternativeAccommodation: {
            place: v.alternativePlace.trim(),
            from: parseNorwegianDate(v.alternativeFrom)!,
            to: parseNorwegianDate(v.alternativeTo)!,
          },
        }
      : {}),
    writtenGrounds: decision ? orNull(v.writtenGrounds) : null,
    proportionality: decision ? orNull(v.proportionality) : null,
  };
};

// ---------------------------------------------------------------- forhåndsvarsel and statement (R-SAN-11, fvl § 16)

export const advanceNoticeSchema = z
  .object({
    type: z.enum(['EXCLUSION', 'TERMINATION'], { error: 'Velg hva som vurderes' }),
    incidentIds: z.array(z.string()).min(1, 'Velg minst én hendelse forhåndsvarselet gjelder').max(50, 'Velg høyst 50 hendelser'),
    description: requiredText('Skriv hva saken gjelder, til beboeren', 10000),
    sentOn: dateField('Skriv datoen beboeren fikk forhåndsvarselet', { notInFuture: true }),
    deliveredHow: requiredText('Skriv hvordan beboeren fikk forhåndsvarselet', 500),
    statementDeadline: dateField('Skriv fristen for å uttale seg'),
  })
  .superRefine((v, ctx) => {
    const sent = parseNorwegianDate(v.sentOn);
    const deadline = parseNorwegianDate(v.statementDeadline);
    if (sent && deadline && deadline < sent) {
      ctx.addIssue({ code: 'custom', path: ['statementDeadline'], message: 'Fristen kan ikke være før forhåndsvarselet ble sendt' });
    }
  });
export type AdvanceNoticeValues = z.infer<typeof advanceNoticeSchema>;
export const advanceNoticeFields = ['type', 'incidentIds', 'description', 'sentOn', 'deliveredHow', 'statementDeadline'] as const;
export const toNewAdvanceNotice = (v: AdvanceNoticeValues): Schemas['NewAdvanceNotice'] => ({
  type: v.type,
  incidentIds: v.incidentIds,
  description: v.description.trim(),
  sentOn: parseNorwegianDate(v.sentOn)!,
  deliveredHow: v.deliveredHow.trim(),
  statementDeadline: parseNorwegianDate(v.statementDeadline)!,
});

/** The statement, or that none came; `notice` gives the dates it is checked against and `today` (`åååå-mm-dd`). */
export function statementSchema(notice: Pick<Schemas['AdvanceNotice'], 'sentOn' | 'statementDeadline'>, today: string = todayIso()) {
  return z
    .object({
      answer: z.enum(['RECEIVED', 'NONE'], { error: 'Velg om beboeren uttalte seg' }),
      receivedOn: z.string().trim(),
      text: z.string().trim().max(10000, 'Kan ha høyst 10000 tegn'),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (v.answer === 'NONE') {
        if (today <= notice.statementDeadline) {
          issue('answer', `At ingen uttalelse kom, kan registreres først etter fristen ${formatDate(notice.statementDeadline)}`);
        }
        return;
      }
      const received = parseNorwegianDate(v.receivedOn);
      if (!v.receivedOn) issue('receivedOn', 'Skriv datoen uttalelsen kom');
      else if (!received) issue('receivedOn', 'Skriv en gyldig dato på formen dd.mm.åååå');
      else if (received > today) issue('receivedOn', 'Datoen kan ikke være fram i tid');
      else if (received < notice.sentOn)
        issue('receivedOn', `Uttalelsen kan ikke ha kommet før forhåndsvarselet ble sendt ${formatDate(notice.sentOn)}`);
      if (!v.text) issue('text', 'Skriv uttalelsen, eller et sammendrag av det beboeren sa');
    });
}
export type StatementValues = z.infer<ReturnType<typeof statementSchema>>;
export const statementFields = ['answer', 'receivedOn', 'text'] as const;
export const toStatement = (v: StatementValues): Schemas['StatementRequest'] =>
  v.answer === 'NONE' ? { noneReceived: true } : { receivedOn: parseNorwegianDate(v.receivedOn)!, text: v.text.trim() };

// ---------------------------------------------------------------- notice and appeal (R-SAN-7)

export const notificationSchema = z.object({
  notifiedOn: dateField('Skriv datoen beboeren ble varslet', { notInFuture: true }),
  how: requiredText('Skriv hvordan beboeren ble varslet', 500),
});
export type NotificationValues = z.infer<typeof notificationSchema>;
export const notificationFields = ['notifiedOn', 'how'] as const;
export const toNotification = (v: NotificationValues): Schemas['NotificationRequest'] => ({
  notifiedOn: parseNorwegianDate(v.notifiedOn)!,
  how: v.how.trim(),
});

export const appealSchema = z.object({
  appealedOn: dateField('Skriv datoen klagen kom inn', { notInFuture: true }),
  outcome: z.string(),
  outcomeOn: optionalDateField(),
});
export type AppealValues = z.infer<typeof appealSchema>;
export const appealFields = ['appealedOn', 'outcome', 'outcomeOn'] as const;
export const toAppeal = (v: AppealValues): Schemas['AppealRequest'] => ({
  appealedOn: parseNorwegianDate(v.appealedOn)!,
  outcome: v.outcome ? (v.outcome as NonNullable<Schemas['AppealRequest']['outcome']>) : null,
  outcomeOn: v.outcome ? isoOrNull(v.outcomeOn) : null,
});

// The control report's facility-and-period form is the shared one (components/facilityPeriod.ts).
