import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { formatDate } from '../../../components/format';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { DateInput } from '../../../components/inputs';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ActionDialog } from '../../../components/ActionDialog';
import { SavedAlert } from '../../../components/SavedAlert';
import { useActionForm } from '../../../components/useActionForm';
import { useDialogState } from '../../../components/useDialogState';
import { useHouseRules } from '../../../shared/facility/api/useHouseRules';
import { useApproveConversion, useConversions, useProposeConversion, type Conversion } from '../api/useConvertFacility';
import { tekster } from '../tekster';
import { conversionFields, conversionSchema, toConversion, type ConversionValues } from './conversionSchema';
import { rulesToText } from './houseRulesSchema';
import { WITHDRAW_FORM_ID, WithdrawConversionForm } from './WithdrawConversionForm';
import { agreementKindTekst } from '../../../shared/facility/tekster';

type Facility = components['schemas']['Facility'];
type Rule = components['schemas']['Rule'];

const FORM_ID = 'avtaleform';

/** One conversion under way: what is proposed, by whom, and (for another fagleder) the approval. */
function ConversionItem({ facility, conversion, onWithdraw }: { facility: Facility; conversion: Conversion; onWithdraw: () => void }) {
  const t = tekster.konvertering;
  const approve = useApproveConversion(facility.id);
  const ownProposal = conversion.proposedByYou;
  return (
    <li>
      <Paragraph>
        {t.forslag(agreementKindTekst[conversion.toKind], formatDate(conversion.effectiveOn), conversion.proposedBy)}{' '}
        <strong>{t.status[conversion.status]}</strong>
      </Paragraph>
      <Paragraph>{conversion.reason}</Paragraph>
      <details>
        <summary>{t.visRegler(conversion.houseRules.length, conversion.hmsRules.length)}</summary>
        <Heading level={4} data-size="2xs">
          {t.husorden}
        </Heading>
        <ol>
          {conversion.houseRules.map((r) => (
            <li key={r.number}>{r.text}</li>
          ))}
        </ol>
        <Heading level={4} data-size="2xs">
          {t.hms}
        </Heading>
        <ol>
          {conversion.hmsRules.map((r) => (
            <li key={r.number}>{r.text}</li>
          ))}
        </ol>
      </details>
      {conversion.status === 'PROPOSED' &&
        (ownProposal ? (
          <Paragraph className="bta-subtle">{t.venterPaaGodkjenning}</Paragraph>
        ) : (
          <>
            {approve.error && <ProblemAlert error={approve.error} heading={t.godkjennFeil} />}
            <Button type="button" loading={approve.isPending} disabled={approve.isPending} onClick={() => approve.mutate(conversion.id)}>
              {t.godkjenn}
            </Button>
          </>
        ))}
      {(conversion.status === 'PROPOSED' || conversion.status === 'APPROVED') && (
        <div className="bta-buttons">
          <Button type="button" variant="secondary" aria-haspopup="dialog" onClick={onWithdraw}>
            {t.trekk}
          </Button>
        </div>
      )}
    </li>
  );
}

function ConversionsUnderWay({ facility }: { facility: Facility }) {
  const t = tekster.konvertering;
  const { data, error, isPending } = useConversions(facility.id);
  const { open, saved, savedRef, start, close, done } = useDialogState<Conversion>();
  if (isPending) return <Loading text={t.henter} />;
  if (error) return <ProblemAlert error={error} heading={t.henterFeil} />;
  const items = data.items.filter((c) => c.status === 'PROPOSED' || c.status === 'APPROVED');
  return (
    <>
      {saved && <SavedAlert ref={savedRef}>{saved}</SavedAlert>}
      {items.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t.underveis}
          </Heading>
          <ul>
            {items.map((c) => (
              <ConversionItem key={c.id} facility={facility} conversion={c} onWithdraw={() => start(c)} />
            ))}
          </ul>
        </>
      )}
      <ActionDialog formId={open ? WITHDRAW_FORM_ID : null} onClose={close}>
        {open && <WithdrawConversionForm conversion={open} onDone={done} onCancel={close} />}
      </ActionDialog>
    </>
  );
}

/**
 * R-FAC-3, for the facility's fagleder: the new kind, from when, why and the rule set that comes with
 * it (prefilled with the current rules, for the fagleder to review), then a confirm step; the proposal
 * takes effect only when another fagleder approves it.
 */
function ProposalForm({ facility, houseRules, hmsRules }: { facility: Facility; houseRules: Rule[]; hmsRules: Rule[] }) {
  const t = tekster.konvertering;
  const mutation = useProposeConversion(facility.id);
  const [confirming, setConfirming] = useState<ConversionValues | null>(null);
  const [result, setResult] = useState<Conversion | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const otherKind = facility.agreementKind === 'BTA' ? 'LEASE' : 'BTA';
  const { form, errors, fieldId, frame } = useActionForm({
    id: FORM_ID,
    schema: conversionSchema,
    fields: conversionFields,
    defaultValues: {
      toKind: otherKind,
      effectiveOn: '',
      reason: '',
      rulesChangeNote: '',
      houseRules: rulesToText(houseRules),
      hmsRules: rulesToText(hmsRules),
    },
    // The first submit only asks for confirmation; the confirm button sends.
    save: async (values) => {
      setConfirming(values);
    },
    onSaved: () => undefined,
  });

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const confirm = async () => {
    if (!confirming) return;
    try {
      setResult(await mutation.mutateAsync(toConversion(confirming)));
      setConfirming(null);
    } catch {
      // shown below from mutation.error
    }
  };

  return (
    <>
      {result && (
        <Alert data-color="success" role="status" ref={resultRef} tabIndex={-1}>
          <Paragraph>{t.resultat(agreementKindTekst[result.toKind], formatDate(result.effectiveOn))}</Paragraph>
        </Alert>
      )}
      {confirming ? (
        <div className="bta-form">
          <Alert data-color="warning" ref={confirmRef} tabIndex={-1}>
            <Heading level={3} data-size="xs">
              {t.bekreftTittel}
            </Heading>
            <Paragraph>{t.bekreft(facility.name, agreementKindTekst[confirming.toKind], confirming.effectiveOn)}</Paragraph>
          </Alert>
          {mutation.error && <ProblemAlert error={mutation.error} heading={t.feil} />}
          <div className="bta-buttons">
            <Button type="button" loading={mutation.isPending} disabled={mutation.isPending} onClick={() => void confirm()}>
              {mutation.isPending ? t.lagrer : t.bekreftKnapp}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                mutation.reset();
                setConfirming(null);
              }}
            >
              {t.tilbake}
            </Button>
          </div>
        </div>
      ) : (
        <form noValidate aria-label={t.tittel} className="bta-form" onSubmit={frame.onSubmit}>
          {frame.showSummary && <FormErrorSummary errors={frame.summary} focusKey={frame.focusKey} />}
          <ChoiceGroup
            kind="radio"
            id={fieldId('toKind')}
            legend={t.tilType}
            error={errors.toKind?.message}
            options={(['BTA', 'LEASE'] as const)
              .filter((k) => k !== facility.agreementKind)
              .map((k) => ({ value: k, label: agreementKindTekst[k] }))}
            registration={form.register('toKind')}
          />
          <DateInput label={t.fra} id={fieldId('effectiveOn')} error={errors.effectiveOn?.message} {...form.register('effectiveOn')} />
          <Textfield
            label={t.begrunnelse}
            multiline
            rows={3}
            id={fieldId('reason')}
            error={errors.reason?.message}
            {...form.register('reason')}
          />
          <Paragraph>{t.reglerIngress}</Paragraph>
          <Textfield
            label={t.endringsnotat}
            id={fieldId('rulesChangeNote')}
            error={errors.rulesChangeNote?.message}
            {...form.register('rulesChangeNote')}
          />
          <Textfield
            label={t.husorden}
            description={t.reglerBeskrivelse}
            multiline
            rows={8}
            id={fieldId('houseRules')}
            error={errors.houseRules?.message}
            {...form.register('houseRules')}
          />
          <Textfield
            label={t.hms}
            description={t.reglerBeskrivelse}
            multiline
            rows={5}
            id={fieldId('hmsRules')}
            error={errors.hmsRules?.message}
            {...form.register('hmsRules')}
          />
          <div>
            <Button type="submit">{t.videre}</Button>
          </div>
        </form>
      )}
    </>
  );
}

export function ConversionForm({ facility }: { facility: Facility }) {
  const t = tekster.konvertering;
  const rules = useHouseRules(facility.id);
  const current = rules.data?.versions.find((v) => v.version === rules.data.currentVersion);
  return (
    <section aria-labelledby={`${FORM_ID}-tittel`} className="bta-section">
      <Heading level={2} data-size="sm" id={`${FORM_ID}-tittel`}>
        {t.tittel}
      </Heading>
      <Paragraph>{t.ingress}</Paragraph>
      <ConversionsUnderWay facility={facility} />
      {rules.isPending ? (
        <Loading text={tekster.side.henterRegler} />
      ) : rules.error ? (
        <ProblemAlert error={rules.error} heading={tekster.regler.feil} />
      ) : (
        <ProposalForm
          key={rules.data.currentVersion}
          facility={facility}
          houseRules={current?.houseRules ?? []}
          hmsRules={current?.hmsRules ?? []}
        />
      )}
    </section>
  );
}
