import { z } from 'zod';
import { parseNorwegianDate } from '../../../components/dates';
import { dateField } from '../../../components/formFields';
import type { AssessmentSharingRequest } from '../api/useRecordAssessmentSharing';
import { tekster } from '../tekster';

const t = tekster.deling;

export const sharingSchema = z.object({
  shared: z.enum(['true', 'false'], { error: t.velgSvar }),
  effectiveOn: dateField(t.manglerDato, { notInFuture: true }),
});

export type SharingValues = z.infer<typeof sharingSchema>;
export const sharingFields = ['shared', 'effectiveOn'] as const;

export function toSharingRequest(values: SharingValues): AssessmentSharingRequest {
  return { shared: values.shared === 'true', effectiveOn: parseNorwegianDate(values.effectiveOn)! };
}
