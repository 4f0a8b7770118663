import { Field, Label, Select } from '@digdir/designsystemet-react';
import { felles } from './tekster';

interface Props<V extends string> {
  id: string;
  label: string;
  value: V | '';
  onChange: (value: V | '') => void;
  /** The first choice, value '': no filter. "Alle" unless given, e.g. "Alle botiltak". */
  allLabel?: string;
  options: { value: V; label: string }[];
}

/** A filter in a search form: a labelled select whose first choice is "all" (no filter). */
export function FilterSelect<V extends string>({ id, label, value, onChange, allLabel = felles.alle, options }: Props<V>) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value as V | '')} width="auto">
        <Select.Option value="">{allLabel}</Select.Option>
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
