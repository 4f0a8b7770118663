import { useEffect, useRef, useState } from 'react';
import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatBirth } from '../../../shared/person/access';
import { PersonSearch } from '../../../shared/person/components/PersonSearch';
import { maskNationalId } from '../../../shared/person/form/fodselsnummer';
import { PersonForm } from '../../../shared/person/form/PersonForm';
import { kjonnTekst, tekster as personTekster } from '../../../shared/person/tekster';
import { IntakeForm } from '../form/IntakeForm';
import { tekster } from '../tekster';
import { Section } from '../../../components/Section';

type PersonSummary = components['schemas']['PersonSummary'];
type Person = components['schemas']['Person'];

function toSummary(person: Person): PersonSummary {
  return {
    id: person.id,
    nationalIdMasked: maskNationalId(person.nationalId),
    name: `${person.givenName} ${person.familyName}`,
    birthDate: person.birthDate,
    birthYear: Number(person.birthDate.slice(0, 4)),
    sex: person.sex,
  };
}

/** HVK: find or register the person, then register the application. */
export function NewIntakePage() {
  const t = tekster.ny;
  useDocumentTitle(t.tittel);
  const navigate = useNavigate();
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [registering, setRegistering] = useState(false);
  const chosenRef = useRef<HTMLParagraphElement>(null);
  const registerButtonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (person) chosenRef.current?.focus();
  }, [person]);

  return (
    <>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/soknader">{tekster.side.tilbakeHvk}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{t.ingress}</Paragraph>
      <Section id="soker-tittel" heading={t.soker}>
        {person ? (
          <>
            <Paragraph ref={chosenRef} tabIndex={-1} className="bta-page-heading">
              {t.valgt}: <strong>{person.name}</strong> ({person.nationalIdMasked}), {tekster.ny.fodt} {formatBirth(person)},{' '}
              {kjonnTekst[person.sex].toLowerCase()}.
            </Paragraph>
            <div>
              <Button type="button" variant="secondary" onClick={() => setPerson(null)}>
                {t.byttSoker}
              </Button>
            </div>
          </>
        ) : registering ? (
          <PersonForm
            onCreated={(created) => {
              setRegistering(false);
              setPerson(toSummary(created));
            }}
            onCancel={() => {
              setRegistering(false);
              setTimeout(() => registerButtonRef.current?.focus());
            }}
          />
        ) : (
          <>
            <PersonSearch onSelect={setPerson} />
            <div>
              <Button ref={registerButtonRef} type="button" variant="secondary" onClick={() => setRegistering(true)}>
                {personTekster.ny.apne}
              </Button>
            </div>
          </>
        )}
      </Section>
      {person && (
        <section className="bta-section">
          <IntakeForm key={person.id} personId={person.id} onCreated={(intake) => navigate(`/soknader/${encodeURIComponent(intake.id)}`)} />
        </section>
      )}
    </>
  );
}
