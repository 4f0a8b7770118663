import { useMemo } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { useFacilityNames } from './useFacilityNames';

/** The facilities on the user's token (`facilities` claim) as select options, named. */
export function useMyFacilities() {
  const { user } = useAuth();
  const { names } = useFacilityNames();
  return useMemo(() => user.facilities.map((id) => ({ value: id, label: names.get(id) ?? id })), [user.facilities, names]);
}
