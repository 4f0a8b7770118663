import { useState, type ReactNode } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { FilterSelect } from '../../../components/FilterSelect';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';

interface Props {
  /** The select's id. */
  id: string;
  /** Names the search form and its button. */
  submitText: string;
  label: string;
  allLabel: string;
  /** Called with the chosen facility ('' for all) when the form is sent. */
  onSearch: (facility: string) => void;
  /** Fields before the facility (a search box). */
  children?: ReactNode;
}

/** A search form (role search) with a facility filter over every facility, as okonomi sees them. */
export function FacilitySearchForm({ id, submitText, label, allLabel, onSearch, children }: Props) {
  const [facility, setFacility] = useState('');
  const { data: facilities } = useFacilityNames();
  return (
    <form
      role="search"
      aria-label={submitText}
      className="bta-inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(facility);
      }}
    >
      {children}
      <FilterSelect
        id={id}
        label={label}
        value={facility}
        onChange={setFacility}
        allLabel={allLabel}
        options={(facilities?.items ?? []).map((f) => ({ value: f.id, label: f.name }))}
      />
      <Button type="submit" variant="secondary">
        {submitText}
      </Button>
    </form>
  );
}
