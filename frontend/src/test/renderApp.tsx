import { render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { ApiClientProvider } from '../api/ApiClientProvider';
import { createQueryClient } from '../App';
import { AuthProvider, type Auth } from '../auth/AuthContext';
import type { AuthUser, Role } from '../auth/roles';
import { routes } from '../routes';

export const TEST_TOKEN = 'test-access-token';

export function testAuth(user: Partial<AuthUser> & { roles: Role[] }): Auth & { logoutCalls: number } {
  const auth = {
    user: { username: 'test1', name: 'Test Testesen', facilities: [], ...user },
    getToken: () => Promise.resolve(TEST_TOKEN),
    logoutCalls: 0,
    logout: () => {
      auth.logoutCalls += 1;
    },
  };
  return auth;
}

/** Renders the whole app (layout, routes, API client) at `route` as a user with these roles. */
export function renderApp(route: string, user: Partial<AuthUser> & { roles: Role[] }) {
  const auth = testAuth(user);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const result = render(
    <AuthProvider auth={auth}>
      <ApiClientProvider baseUrl="http://localhost:3000">
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiClientProvider>
    </AuthProvider>,
  );
  return { ...result, auth, router };
}
