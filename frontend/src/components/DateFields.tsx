import type { ComponentProps, ReactNode } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { felles } from './tekster';

/*
 * The one way dates and months are typed in BTA (issue 18): a text field with its label and the format below it,
 * digits on a phone's keyboard, no autofill. Dates are shown and typed as dd.mm.åååå everywhere (ARCHITECTURE: UI
 * text), which a browser's own date picker does not promise (it shows the browser's locale, e.g. mm/dd/yyyy).
 */

type FieldProps = Omit<ComponentProps<typeof Textfield>, 'multiline' | 'type'> & { id: string; label: ReactNode };

/** The format of a month below its label, in the order the API and the accounts use. */
export const MANED_FORMAT = 'Skriv måneden som åååå-mm, for eksempel 2026-11';

function FormattedField({ description, format, ...props }: FieldProps & { format: string }) {
  return (
    <Textfield
      description={description ?? format}
      inputMode="numeric"
      autoComplete="off"
      {...(props as ComponentProps<typeof Textfield>)}
    />
  );
}

/** A date typed as dd.mm.åååå (with the format as its description unless another is given). */
export function DateField(props: FieldProps) {
  return <FormattedField format={felles.dato} {...props} />;
}

/** A month typed as åååå-mm (with the format as its description unless another is given). */
export function MonthField(props: FieldProps) {
  return <FormattedField format={MANED_FORMAT} {...props} />;
}
