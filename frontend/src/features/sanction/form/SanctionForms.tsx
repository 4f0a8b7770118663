import { Alert, Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import type { components } from '../../../api/schema.gen';
import { ActionForm } from '../../../components/ActionForm';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { parseNorwegianDate, todayNorwegian } from '../../../components/dates';
import { formatDate, formatDays } from '../../../components/format';
import { DateInput, SelectField } from '../../../components/inputs';
import { useActionForm } from '../../../components/useActionForm';
import { useAuth } from '../../../auth/AuthContext';
import { canDecideAppealOutcome } from '../../../auth/roles';
import { useProposeSanction } from '../api/useProposeSanction';
import { useRecordSanctionAppeal } from '../api/useRecordSanctionAppeal';
import { useRecordSanctionNotification } from '../api/useRecordSanctionNotification';
import { CheckboxList } from '../components/CheckboxList';
import { forhandsvarselStatusTekst, grunnlagTekst, klageutfallTekst, tekster, VEDTAK_TYPER } from '../tekster';
import { useIncidentOptions } from './incidentOptions';
import {
  appealFields,
  appealSchema,
  exclusionEnd,
  needsAdvanceNotice,
  notificationFields,
  notificationSchema,
  sanctionFields,
  sanctionSchema,
  toAppeal,
  toNewSanction,
  toNotification,
} from './sanctionSchemas';
import { reaksjonTekst } from '../../../shared/sanction/tekster';

type SanctionHistory = components['schemas']['SanctionHistory'];
type Sanction = components['schemas']['Sanction'];

export const SANCTION_FORM_ID = 'reaksjon';
export const NOTIFICATION_FORM_ID = 'varsel';
export const APPEAL_FORM_ID = 'klage';

type AdvanceNotice = components['schemas']['AdvanceNotice'];

/** What a proposal from a case starts with: the measure, the forhåndsvarsel it cites and that notice's incidents. */
export interface ProposalPreset {
  type: AdvanceNotice['type'];
  advanceNoticeId: string;
  incidentIds: string[];
}

interface ProposeProps {
  history: SanctionHistory;
  personId: string;
  /** The agreement's forhåndsvarsler, to cite (R-SAN-11). */
  advanceNotices: AdvanceNotice[];
  preset?: ProposalPreset;
  /** The facility's exclusion length in days (null where exclusion is not lawful). */
  exclusionDays: number | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const R_SAN_4 = 'r-san-4-exclusion-needs-alternative-housing';

/**
 * Propose a sanction (R-SAN-1 … R-SAN-7). Only the ladder's types for this agreement kind are
 * offered (a tenancy never gets exclusion), and only the chosen type's grounds.
 */
export function ProposeSanctionForm({ history, personId, advanceNotices, preset, exclusionDays, onDone, onCancel }: ProposeProps) {
  const t = tekster.stige;
  const mutation = useProposeSanction();
  const incidents = useIncidentOptions(personId);
  const days = exclusionDays ?? 5;
  const { form, errors, fieldId, frame, server } = useActionForm({
    id: SANCTION_FORM_ID,
    schema: sanctionSchema(days, advanceNotices),
    fields: sanctionFields,
    defaultValues: {
      type: preset?.type ?? '',
      ground: '',
      advanceNoticeId: preset?.advanceNoticeId ?? '',
      incidentIds: preset?.incidentIds ?? [],
      exclusionFrom: todayNorwegian(),
      urgent: false,
      alternativePlace: '',
      alternativeFrom: '',
      alternativeTo: '',
      writtenGrounds: '',
      proportionality: '',
    },
    save: (values) => mutation.mutateAsync(toNewSanction(history.agreementId, values)),
    onSaved: (sanction) => onDone(sanction.status === 'AWAITING_APPROVAL' ? t.foreslattVedtak : t.foreslatt),
    onProblem: (error, f) => {
      // R-SAN-4: the alternative accommodation is missing or does not cover the period: say so on its fields.
      if (error.problemName === R_SAN_4) {
        server.reset();
        const message = error.problem.detail ?? error.problem.title;
        f.setError('alternativePlace', { type: 'server', message });
        f.setError('alternativeFrom', { type: 'server', message: tekster.reaksjon.sjekkDato });
        f.setError('alternativeTo', { type: 'server', message: tekster.reaksjon.sjekkDato });
      }
    },
  });
  const type = useWatch({ control: form.control, name: 'type' });
  const urgent = useWatch({ control: form.control, name: 'urgent' });
  const notices = advanceNotices.filter((n) => n.type === type);
  const exclusionFrom = useWatch({ control: form.control, name: 'exclusionFrom' });
  const step = history.ladder.find((s) => s.type === type);
  const decision = (VEDTAK_TYPER as readonly string[]).includes(type);
  const fromIso = parseNorwegianDate(exclusionFrom ?? '');
  const endIso = fromIso ? exclusionEnd(fromIso, days) : null;

  return (
    <ActionForm {...frame} title={t.foresla} submitText={t.foresla} onCancel={onCancel}>
      <SelectField
        id={fieldId('type')}
        label={tekster.reaksjon.reaksjon}
        placeholder={tekster.reaksjon.velgReaksjon}
        error={errors.type?.message}
        options={history.ladder.map((s) => ({ value: s.type, label: reaksjonTekst[s.type] }))}
        registration={form.register('type', {
          onChange: () => {
            form.setValue('ground', '');
            // A forhåndsvarsel is of one measure: choose again for the new type.
            form.setValue('advanceNoticeId', '');
          },
        })}
      />
      <SelectField
        id={fieldId('ground')}
        label={tekster.reaksjon.grunnlag}
        placeholder={step ? tekster.reaksjon.velgGrunnlag : tekster.reaksjon.velgReaksjonForst}
        error={errors.ground?.message}
        options={(step?.grounds ?? []).map((g) => ({ value: g, label: grunnlagTekst[g] }))}
        registration={form.register('ground')}
      />
      {type === 'EXCLUSION' && (
        <Checkbox
          id={fieldId('urgent')}
          label={tekster.reaksjon.hastesak}
          description={tekster.reaksjon.hastesakBeskrivelse}
          {...form.register('urgent')}
        />
      )}
      {needsAdvanceNotice(type, urgent) &&
        (notices.length === 0 ? (
          <Alert data-color="warning" id={fieldId('advanceNoticeId')} tabIndex={-1}>
            <Paragraph>{tekster.forhandsvarsel.ingenForhandsvarsel(reaksjonTekst[type as Sanction['type']])}</Paragraph>
          </Alert>
        ) : (
          <SelectField
            id={fieldId('advanceNoticeId')}
            label={tekster.forhandsvarsel.velg}
            description={tekster.forhandsvarsel.forhandsvarselHjelp}
            placeholder={tekster.forhandsvarsel.velgForhandsvarsel}
            error={errors.advanceNoticeId?.message}
            options={notices.map((n) => ({
              value: n.id,
              label: tekster.forhandsvarsel.forhandsvarselValg(formatDate(n.sentOn), forhandsvarselStatusTekst[n.status].toLowerCase()),
            }))}
            registration={form.register('advanceNoticeId', {
              onChange: (event: { target: { value: string } }) => {
                const chosen = notices.find((n) => n.id === event.target.value);
                if (chosen) form.setValue('incidentIds', chosen.incidentIds);
              },
            })}
          />
        ))}
      <CheckboxList
        control={form.control}
        name="incidentIds"
        id={fieldId('incidentIds')}
        legend={tekster.reaksjon.hendelser}
        description={tekster.reaksjon.hendelserBeskrivelse}
        error={errors.incidentIds?.message}
        options={incidents.options}
        empty={incidents.empty}
      />
      {type === 'EXCLUSION' && (
        <>
          <DateInput
            id={fieldId('exclusionFrom')}
            label={tekster.reaksjon.starter}
            description={
              endIso ? tekster.reaksjon.varerOgSlutter(formatDays(days), formatDate(endIso)) : tekster.reaksjon.varer(formatDays(days))
            }
            error={errors.exclusionFrom?.message}
            {...form.register('exclusionFrom')}
          />
          <Fieldset>
            <Fieldset.Legend>{tekster.reaksjon.annetSted}</Fieldset.Legend>
            <Fieldset.Description>
              {tekster.reaksjon.annetStedBeskrivelse(endIso && fromIso ? `${formatDate(fromIso)}–${formatDate(endIso)}` : null)}
            </Fieldset.Description>
            <Textfield
              id={fieldId('alternativePlace')}
              label={tekster.reaksjon.sted}
              error={errors.alternativePlace?.message}
              {...form.register('alternativePlace')}
            />
            <div className="bta-inline-form">
              <DateInput
                id={fieldId('alternativeFrom')}
                label={tekster.reaksjon.sikretFra}
                error={errors.alternativeFrom?.message}
                {...form.register('alternativeFrom')}
              />
              <DateInput
                id={fieldId('alternativeTo')}
                label={tekster.reaksjon.sikretTil}
                error={errors.alternativeTo?.message}
                {...form.register('alternativeTo')}
              />
            </div>
          </Fieldset>
        </>
      )}
      {decision && (
        <>
          <Alert data-color="info">
            <Paragraph>{tekster.reaksjon.enkeltvedtak(reaksjonTekst[type as Sanction['type']])}</Paragraph>
          </Alert>
          <Textfield
            id={fieldId('writtenGrounds')}
            label={t.begrunnelse}
            multiline
            rows={4}
            error={errors.writtenGrounds?.message}
            {...form.register('writtenGrounds')}
          />
          <Textfield
            id={fieldId('proportionality')}
            label={t.forholdsmessighet}
            description={tekster.reaksjon.forholdsmessighetHjelp}
            multiline
            rows={4}
            error={errors.proportionality?.message}
            {...form.register('proportionality')}
          />
        </>
      )}
    </ActionForm>
  );
}

interface SanctionStepProps {
  sanction: Sanction;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The resident was told of the sanction; for a decision this starts the three-week appeal deadline. */
export function NotificationForm({ sanction, onDone, onCancel }: SanctionStepProps) {
  const t = tekster.stige;
  const mutation = useRecordSanctionNotification(sanction.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: NOTIFICATION_FORM_ID,
    schema: notificationSchema,
    fields: notificationFields,
    defaultValues: { notifiedOn: todayNorwegian(), how: '' },
    save: (values) => mutation.mutateAsync(toNotification(values)),
    onSaved: (saved) => onDone(saved.appealDeadline ? `${t.varslet} ${t.klagefrist}: ${formatDate(saved.appealDeadline)}.` : t.varslet),
  });
  return (
    <ActionForm {...frame} title={t.varsle} submitText={t.varsle} onCancel={onCancel}>
      {(VEDTAK_TYPER as readonly string[]).includes(sanction.type) && <Paragraph>{tekster.reaksjon.klagefrist}</Paragraph>}
      <DateInput
        id={fieldId('notifiedOn')}
        label={tekster.reaksjon.varsletDato}
        error={errors.notifiedOn?.message}
        {...form.register('notifiedOn')}
      />
      <Textfield
        id={fieldId('how')}
        label={tekster.reaksjon.hvordanVarslet}
        description={tekster.reaksjon.hvordanVarsletHjelp}
        error={errors.how?.message}
        {...form.register('how')}
      />
    </ActionForm>
  );
}

/** An appeal against a decision, with its outcome when known. */
export function AppealForm({ sanction, onDone, onCancel }: SanctionStepProps) {
  const t = tekster.stige;
  const mutation = useRecordSanctionAppeal(sanction.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: APPEAL_FORM_ID,
    schema: appealSchema,
    fields: appealFields,
    defaultValues: {
      appealedOn: sanction.appealedOn ? formatDate(sanction.appealedOn) : todayNorwegian(),
      outcome: sanction.appealOutcome ?? '',
      outcomeOn: '',
    },
    save: (values) => mutation.mutateAsync(toAppeal(values)),
    onSaved: () => onDone(t.klageLagret),
  });
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  const { user } = useAuth();
  const decidesOutcome = canDecideAppealOutcome(user, sanction.proposedByYou === true);
  return (
    <ActionForm {...frame} title={t.klage} submitText={t.klage} onCancel={onCancel}>
      <DateInput
        id={fieldId('appealedOn')}
        label={tekster.reaksjon.klagenKom}
        error={errors.appealedOn?.message}
        {...form.register('appealedOn')}
      />
      {!decidesOutcome && <Paragraph>{tekster.reaksjon.utfallAvAnnenFagleder}</Paragraph>}
      {decidesOutcome && (
        <ChoiceGroup
          kind="radio"
          id={fieldId('outcome')}
          legend={tekster.reaksjon.utfall}
          error={errors.outcome?.message}
          options={[
            { value: '', label: tekster.reaksjon.ikkeAvgjortEnna },
            ...(['UPHELD', 'CHANGED', 'REVERSED'] as const).map((o) => ({ value: o, label: klageutfallTekst[o] })),
          ]}
          registration={form.register('outcome')}
        />
      )}
      {decidesOutcome && outcome && (
        <DateInput
          id={fieldId('outcomeOn')}
          label={tekster.reaksjon.avgjortDato}
          description={tekster.reaksjon.avgjortHjelp}
          error={errors.outcomeOn?.message}
          {...form.register('outcomeOn')}
        />
      )}
    </ActionForm>
  );
}
