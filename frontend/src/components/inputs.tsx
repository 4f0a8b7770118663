import type { ComponentProps, ReactNode } from 'react';
import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { felles } from './tekster';

type InputProps = Omit<ComponentProps<typeof Textfield>, 'multiline' | 'type'> & { id: string; label: ReactNode };

/** A date typed as dd.mm.åååå: the one date field (see DateFields.tsx), under the name the forms know it by. */
export { DateField as DateInput } from './DateFields';

/** An amount typed in kroner; the form converts it to øre for the API. */
export function KronerInput({ description, ...props }: InputProps) {
  return (
    <Textfield
      description={description ?? felles.kroner}
      prefix="kr"
      inputMode="decimal"
      autoComplete="off"
      {...(props as ComponentProps<typeof Textfield>)}
    />
  );
}

interface SelectFieldProps {
  id: string;
  label: ReactNode;
  /** Help below the label. */
  description?: ReactNode;
  error?: string;
  /** The empty first choice; without it one of the options is always chosen. */
  placeholder?: string;
  options: { value: string; label: string }[];
  registration: UseFormRegisterReturn;
}

/** A labelled select registered with react-hook-form, with its error below. */
export function SelectField({ id, label, description, error, placeholder, options, registration }: SelectFieldProps) {
  const errorId = `${id}-feil`;
  const descriptionId = `${id}-beskrivelse`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description && <Field.Description id={descriptionId}>{description}</Field.Description>}
      <Select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} {...registration}>
        {placeholder !== undefined && <Select.Option value="">{placeholder}</Select.Option>}
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Field>
  );
}
