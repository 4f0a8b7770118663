import type { ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';

interface Props {
  /** id of the h2, which names the section. */
  id: string;
  heading: ReactNode;
  /** Extra classes after `bta-section`. */
  className?: string;
  children: ReactNode;
}

/** A section of a page with an h2, named by it. */
export function Section({ id, heading, className, children }: Props) {
  return (
    <section aria-labelledby={id} className={className ? `bta-section ${className}` : 'bta-section'}>
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
