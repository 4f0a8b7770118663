import { createContext, useContext, type ReactNode } from 'react';
import type { AuthUser } from './roles';
import { SessionWarning } from './SessionWarning';

export interface Auth {
  user: AuthUser;
  /** A valid access token, refreshed first when it is about to expire. */
  getToken: () => Promise<string>;
  logout: () => void;
  /** When the login session ends (ms since the epoch) unless renewed; each token refresh renews it. */
  sessionExpiresAt?: () => number | undefined;
  /** Renews the login session now (a token refresh). */
  renewSession?: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ auth, children }: { auth: Auth; children: ReactNode }) {
  return (
    <AuthContext.Provider value={auth}>
      {children}
      <SessionWarning auth={auth} />
    </AuthContext.Provider>
  );
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside AuthProvider');
  return auth;
}
