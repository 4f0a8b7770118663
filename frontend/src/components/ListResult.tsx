import type { ReactNode } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { Loading } from './Loading';
import { ProblemAlert } from './ProblemAlert';

interface Props<P extends { items: unknown[] }> {
  /** The query's state, as TanStack Query gives it. */
  isPending: boolean;
  error: unknown;
  data: P | undefined;
  loadingText?: string;
  /** Heading of the alert when the list could not be fetched. */
  errorHeading: string;
  /** Said instead of the list when it has no items. */
  empty: ReactNode;
  /** The list itself, once there is at least one item. */
  children: (data: P) => ReactNode;
}

/** A fetched list page in whichever state it is: loading, failed, empty, or the list. */
export function ListResult<P extends { items: unknown[] }>({
  isPending,
  error,
  data,
  loadingText,
  errorHeading,
  empty,
  children,
}: Props<P>) {
  if (isPending) return <Loading text={loadingText} />;
  if (error || !data) return <ProblemAlert error={error} heading={errorHeading} />;
  if (data.items.length === 0) return <Paragraph>{empty}</Paragraph>;
  return <>{children(data)}</>;
}
