import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { PageHeading } from './PageHeading';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle('Fant ikke siden');
  return (
    <>
      <PageHeading>Fant ikke siden</PageHeading>
      <Paragraph>Siden du prøvde å åpne finnes ikke.</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/botiltak">Gå til oversikten over botiltak</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
