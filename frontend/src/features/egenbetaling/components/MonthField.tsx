import { Textfield } from '@digdir/designsystemet-react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { tekster } from '../tekster';

interface Props {
  id: string;
  label?: string;
  description?: string;
  error?: string;
  registration: UseFormRegisterReturn;
}

/** A month typed as `ÅÅÅÅ-MM` (the charge run, invoices, the NAV list, closing the accounts). */
export function MonthField({
  id,
  label = tekster.kjoring.maned,
  description = tekster.kjoring.manedBeskrivelse,
  error,
  registration,
}: Props) {
  return (
    <Textfield label={label} description={description} id={id} inputMode="numeric" autoComplete="off" error={error} {...registration} />
  );
}
