import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { InlineForm } from '../../../components/InlineForm';
import { Confirmation } from '../../../components/SavedAlert';
import { Section } from '../../../components/Section';
import { useActionForm } from '../../../components/useActionForm';
import { currentMonth, monthFields, monthSchema } from '../form/egenbetalingSchemas';
import { tekster } from '../tekster';
import { MonthField } from '../../../components/DateFields';

export interface MonthDownload {
  /** The form's id; the section's heading is `${id}-seksjon`, the month field `${id}-period`. */
  id: string;
  heading: string;
  ingress: string;
  submitText: string;
  failureHeading: string;
  /** Fetches the file for the month and hands it to the browser; answers the file name. */
  download: (period: string) => Promise<string>;
}

/**
 * A section (h3) with a month (`ÅÅÅÅ-MM`, this month by default) and a button that downloads a file for
 * it: a resident's invoice, the month's invoices, the list for NAV. A problem (409 nothing to invoice)
 * is shown with its detail.
 */
export function MonthDownloadForm({ id, heading, ingress, submitText, failureHeading, download }: MonthDownload) {
  const [saved, setSaved] = useState<string | null>(null);
  const { form, errors, fieldId, frame } = useActionForm({
    id,
    schema: monthSchema,
    fields: monthFields,
    defaultValues: { period: currentMonth() },
    save: (v) => {
      setSaved(null);
      return download(v.period.trim());
    },
    onSaved: (filename) => setSaved(tekster.reskontro.lastetNed(filename)),
  });
  return (
    <Section id={`${id}-seksjon`} heading={heading} level={3}>
      <Paragraph>{ingress}</Paragraph>
      {saved && <Confirmation message={saved} />}
      <InlineForm
        {...frame}
        labelledBy={`${id}-seksjon`}
        submitText={submitText}
        pendingText={tekster.reskontro.henterFil}
        failureHeading={failureHeading}
      >
        <MonthField id={fieldId('period')} label={tekster.kjoring.maned} error={errors.period?.message} {...form.register('period')} />
      </InlineForm>
    </Section>
  );
}
