import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface Props {
  id: string;
  label: string;
  error?: string;
  options: { value: string; label: string }[];
  registration: UseFormRegisterReturn;
}

/** The user's facilities; always one chosen (no empty choice), so forms never load data for "no facility". */
export function FacilitySelect({ id, label, error, options, registration }: Props) {
  const errorId = `${id}-feil`;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...registration}>
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
