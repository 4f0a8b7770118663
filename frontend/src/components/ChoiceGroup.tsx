import { Checkbox, Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface Props {
  kind: 'checkbox' | 'radio';
  /** id of the first input, so the error summary can link to the group. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: { value: string; label: ReactNode }[];
  registration: UseFormRegisterReturn;
}

/** A fieldset of checkboxes or radio buttons registered with react-hook-form, with its error. */
export function ChoiceGroup({ kind, id, legend, description, error, options, registration }: Props) {
  const errorId = `${id}-feil`;
  const Input = kind === 'checkbox' ? Checkbox : Radio;
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {options.map((option, index) => (
        <Input
          key={option.value}
          id={index === 0 ? id : `${id}-${index}`}
          label={option.label}
          value={option.value}
          aria-invalid={error ? true : undefined}
          {...registration}
        />
      ))}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
