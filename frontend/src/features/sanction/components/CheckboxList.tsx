import type { ReactNode } from 'react';
import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

interface Props<T extends FieldValues> {
  control: Control<T, unknown, T>;
  name: FieldPath<T>;
  /** id of the first checkbox, so the error summary can link to the group. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: { value: string; label: ReactNode }[];
  /** Text when there is nothing to choose. */
  empty?: string;
}

/**
 * A fieldset of checkboxes whose value is always an array of the checked values, also when the
 * list has a single option (react-hook-form's `register` would give a string then).
 */
export function CheckboxList<T extends FieldValues>({ control, name, id, legend, description, error, options, empty }: Props<T>) {
  const { field } = useController({ control, name });
  const value: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  const errorId = `${id}-feil`;
  const toggle = (option: string, checked: boolean) => field.onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {options.length === 0 && empty ? (
        <p id={id} tabIndex={-1}>
          {empty}
        </p>
      ) : null}
      {options.map((option, index) => (
        <Checkbox
          key={option.value}
          id={index === 0 ? id : `${id}-${index}`}
          ref={index === 0 ? field.ref : undefined}
          name={field.name}
          label={option.label}
          value={option.value}
          checked={value.includes(option.value)}
          aria-invalid={error ? true : undefined}
          onChange={(event) => toggle(option.value, event.target.checked)}
          onBlur={field.onBlur}
        />
      ))}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
