import { Navigate } from 'react-router-dom';
import { useAuth } from '../../../auth/AuthContext';
import { startPathFor } from '../startPage';

/** The app's index route: sends the user to the start page of their roles. */
export function StartRedirect() {
  const { user } = useAuth();
  return <Navigate to={startPathFor(user.roles)} replace />;
}
