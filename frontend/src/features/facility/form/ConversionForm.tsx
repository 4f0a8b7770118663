import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { formatDate } from '../../../components/format';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { DateInput } from '../../../components/inputs';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useActionForm } from '../../../components/useActionForm';
import { useConvertFacility } from '../api/useConvertFacility';
import { tekster } from '../tekster';
import { conversionFields, conversionSchema, toConversion, type ConversionValues } from './conversionSchema';
import { agreementKindTekst } from '../../../shared/facility/tekster';

type Facility = components['schemas']['Facility'];
type ConversionResult = components['schemas']['ConversionResult'];

const FORM_ID = 'avtaleform';

/**
 * R-FAC-3, for the facility's fagleder: the new kind, from when and why, then a confirm step
 * that says what happens (open agreements end, successor drafts are made), then the result.
 */
export function ConversionForm({ facility }: { facility: Facility }) {
  const t = tekster.konvertering;
  const mutation = useConvertFacility(facility.id);
  const [confirming, setConfirming] = useState<ConversionValues | null>(null);
  const [result, setResult] = useState<ConversionResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const otherKind = facility.agreementKind === 'BTA' ? 'LEASE' : 'BTA';
  const { form, errors, fieldId, frame } = useActionForm({
    id: FORM_ID,
    schema: conversionSchema,
    fields: conversionFields,
    defaultValues: { toKind: otherKind, effectiveOn: '', reason: '' },
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
      form.reset();
    } catch {
      // shown below from mutation.error
    }
  };

  return (
    <section aria-labelledby={`${FORM_ID}-tittel`} className="bta-section">
      <Heading level={2} data-size="sm" id={`${FORM_ID}-tittel`}>
        {t.tittel}
      </Heading>
      <Paragraph>{t.ingress}</Paragraph>
      {result && (
        <Alert data-color="success" role="status" ref={resultRef} tabIndex={-1}>
          <Paragraph>
            {t.resultat(agreementKindTekst[result.toKind], formatDate(result.effectiveOn), result.endedAgreements.length)}
          </Paragraph>
          {result.successorDrafts.length === 0 ? (
            <Paragraph>{t.ingenUtkast}</Paragraph>
          ) : (
            <>
              <Heading level={3} data-size="xs">
                {t.utkast}
              </Heading>
              <ul>
                {result.successorDrafts.map((id, index) => (
                  <li key={id}>
                    <Link asChild>
                      <RouterLink to={`/avtaler/${encodeURIComponent(id)}`}>{t.utkastLenke(index + 1)}</RouterLink>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
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
          <div>
            <Button type="submit">{t.videre}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
