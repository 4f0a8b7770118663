import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router-dom';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import { useAuth } from '../../../auth/AuthContext';
import { Loading } from '../../../components/Loading';
import { okonomiStartPath, startPathFor } from '../startPage';

/** The app's index route: sends the user to the start page of their roles. */
export function StartRedirect() {
  const { user } = useAuth();
  const path = startPathFor(user.roles);
  return path === '/egenbetaling' ? <OkonomiStartRedirect /> : <Navigate to={path} replace />;
}

/**
 * Økonomi lands on the list that has work, from the totals of the arrears (getArrears) and of the unmatched payments
 * (listUnmatchedPayments); one row of each is enough to read them. A list that could not be read counts as empty (its
 * view says what went wrong when opened).
 */
function OkonomiStartRedirect() {
  const client = useApiClient();
  const arrearsParams = { page: 0, size: 1 };
  const arrears = useQuery({
    queryKey: queryKeys.egenbetaling.arrears(arrearsParams),
    queryFn: () => unwrap(client.GET('/api/egenbetaling/arrears', { params: { query: arrearsParams } })),
    retry: false,
  });
  const unmatchedParams = { page: 0, size: 1 };
  const unmatched = useQuery({
    queryKey: queryKeys.egenbetaling.unmatched(unmatchedParams),
    queryFn: () => unwrap(client.GET('/api/egenbetaling/payments', { params: { query: unmatchedParams } })),
    retry: false,
  });
  if (arrears.isPending || unmatched.isPending) return <Loading />;
  const path = okonomiStartPath({ arrears: arrears.data?.totalItems ?? 0, unmatched: unmatched.data?.totalItems ?? 0 });
  return <Navigate to={path} replace />;
}
