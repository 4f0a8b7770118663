import { useEffect, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { ApiClientProvider } from './api/ApiClientProvider';
import { ApiError } from './api/problem';
import { AuthProvider, type Auth } from './auth/AuthContext';
import { routes } from './routes';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again.
        retry: (failureCount, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
    },
  });
}

/**
 * Designsystemet's web components and behaviours for the whole document (the error summary and field elements,
 * fieldset labels, read-only inputs, the invoker-commands polyfill the dialogs' close button needs in older
 * browsers). Loaded once the app has rendered, so the landing page does not wait for them; a page whose own
 * components need them imports them with its chunk as well.
 */
const loadDesignsystemetWeb = () => import('@digdir/designsystemet-web');

export function App({ auth }: { auth: Auth }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(routes));
  useEffect(() => {
    void loadDesignsystemetWeb();
  }, []);
  return (
    <AuthProvider auth={auth}>
      <ApiClientProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiClientProvider>
    </AuthProvider>
  );
}
