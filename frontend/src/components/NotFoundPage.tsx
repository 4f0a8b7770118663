import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { PageHeading } from './PageHeading';
import { useDocumentTitle } from './useDocumentTitle';
import { felles } from './tekster';

export function NotFoundPage() {
  useDocumentTitle(felles.fantIkke.tittel);
  return (
    <>
      <PageHeading>{felles.fantIkke.tittel}</PageHeading>
      <Paragraph>{felles.fantIkke.ingress}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/botiltak">{felles.fantIkke.tilBotiltak}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
