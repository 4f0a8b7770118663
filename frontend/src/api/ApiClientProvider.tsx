import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from './client';
import { useAuth } from '../auth/AuthContext';

const ApiClientContext = createContext<ApiClient | null>(null);

export function ApiClientProvider({ children, baseUrl }: { children: ReactNode; baseUrl?: string }) {
  const { getToken } = useAuth();
  const client = useMemo(() => createApiClient(getToken, baseUrl), [getToken, baseUrl]);
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApiClient must be used inside ApiClientProvider');
  return client;
}
