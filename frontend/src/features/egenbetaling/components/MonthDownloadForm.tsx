import { useState } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { InlineForm } from '../../../components/InlineForm';
import { Confirmation } from '../../../components/SavedAlert';
import { useActionForm } from '../../../components/useActionForm';
import { currentMonth, monthFields, monthSchema } from '../form/egenbetalingSchemas';
import { tekster } from '../tekster';

interface Props {
  /** The form's id; the month field is `${id}-period`. */
  id: string;
  /** id of the heading that names the form. */
  labelledBy: string;
  submitText: string;
  failureHeading: string;
  /** Fetches the file for the month and hands it to the browser; answers the file name. */
  download: (period: string) => Promise<string>;
}

/**
 * A month (`ÅÅÅÅ-MM`, this month by default) and a button that downloads a file for it: an invoice,
 * the month's invoices, the list for NAV. A problem (409 nothing to invoice) is shown with its detail.
 */
export function MonthDownloadForm({ id, labelledBy, submitText, failureHeading, download }: Props) {
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
    <>
      {saved && <Confirmation message={saved} />}
      <InlineForm
        {...frame}
        labelledBy={labelledBy}
        submitText={submitText}
        pendingText={tekster.reskontro.henterFil}
        failureHeading={failureHeading}
      >
        <Textfield
          label={tekster.kjoring.maned}
          description={tekster.kjoring.manedBeskrivelse}
          id={fieldId('period')}
          inputMode="numeric"
          autoComplete="off"
          error={errors.period?.message}
          {...form.register('period')}
        />
      </InlineForm>
    </>
  );
}
