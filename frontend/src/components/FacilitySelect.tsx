import type { UseFormRegisterReturn } from 'react-hook-form';
import { SelectField } from './inputs';

interface Props {
  id: string;
  label: string;
  error?: string;
  options: { value: string; label: string }[];
  registration: UseFormRegisterReturn;
}

/** A choice of facility, always one chosen (no empty choice), so forms never load data for "no facility". */
export function FacilitySelect(props: Props) {
  return <SelectField {...props} />;
}
