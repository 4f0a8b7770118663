import { Paragraph, Spinner } from '@digdir/designsystemet-react';
import { felles } from './tekster';

export function Loading({ text = felles.side.henter }: { text?: string }) {
  return (
    <Paragraph role="status" className="bta-loading">
      <Spinner aria-hidden="true" data-size="sm" /> {text}
    </Paragraph>
  );
}
