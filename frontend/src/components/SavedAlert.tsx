import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';

type Color = 'success' | 'info' | 'warning';

/** A confirmation after a save. It can take focus (`ref`, tabIndex -1) so screen-reader and keyboard users hear it. */
export function SavedAlert({ ref, color = 'success', children }: { ref?: Ref<HTMLDivElement>; color?: Color; children: ReactNode }) {
  return (
    <Alert data-color={color} role="status" ref={ref} tabIndex={-1}>
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

/** A `SavedAlert` that takes focus itself whenever its message changes. */
export function Confirmation({ message, color = 'success' }: { message: string; color?: Color }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <SavedAlert ref={ref} color={color}>
      {message}
    </SavedAlert>
  );
}
