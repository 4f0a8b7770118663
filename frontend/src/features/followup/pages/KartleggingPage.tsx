import { useEffect, useRef, useState } from 'react';
import { Button, Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useLocation, useParams, useSearchParams } from 'react-router-dom';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { usePerson } from '../../../shared/person/api/usePerson';
import { PersonAccessNotice } from '../../../shared/person/components/PersonAccessNotice';
import { Section } from '../../../components/Section';
import type { Assessment } from '../api/useAssessments';
import { useInstruments } from '../api/useInstruments';
import { AssessmentHistory } from '../components/AssessmentHistory';
import { AssessmentResult } from '../components/AssessmentResult';
import { ASSESSMENT_FORM_ID, AssessmentForm } from '../form/AssessmentForm';
import { SHARING_HEADING_ID, SharingForm } from '../form/SharingForm';
import { useAuth } from '../../../auth/AuthContext';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { personCrumbs } from '../../../shared/person/caseView';
import { HealthDataNotice } from '../components/HealthDataNotice';
import { tekster } from '../tekster';

/** What the agreement page passes along, so the page can name the resident before the person record is read. */
export interface KartleggingNavigationState {
  name?: string;
  agreementId?: string;
}

const PICKER_ID = 'kartlegging-verktoy';

/**
 * R-FOL-2: a resident's structured assessments: pick an instrument, record a new one, and see the history.
 * R-ACC-3: the person record says why the user sees the resident. Only staff where the resident lives now
 * record assessments and the consent to share earlier ones; after a move-out the page says until when
 * the history can be read.
 */
export function KartleggingPage() {
  const { personId = '' } = useParams();
  const location = useLocation();
  const arrived = (location.state ?? {}) as KartleggingNavigationState;
  const [searchParams, setSearchParams] = useSearchParams();
  const { user } = useAuth();
  const instruments = useInstruments();
  const person = usePerson(personId);
  const [formOpen, setFormOpen] = useState(false);
  const [result, setResult] = useState<Assessment | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const name = arrived.name ?? (person.data ? `${person.data.givenName} ${person.data.familyName}` : undefined);
  const title = name ? tekster.tittelFor(name) : tekster.tittel;
  // The API records assessments and consent only where the resident lives now (an agreement not ended).
  const livesHere = person.data?.access?.some((grant) => grant.reason === 'RESIDENT') ?? false;
  useDocumentTitle(title);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  // Opening the form puts keyboard users in its first field.
  useEffect(() => {
    if (formOpen) document.getElementById(`${ASSESSMENT_FORM_ID}-takenOn`)?.focus();
  }, [formOpen]);

  const list = instruments.data ?? [];
  const chosenId = searchParams.get('instrument') ?? list[0]?.id ?? '';
  const instrument = list.find((i) => i.id === chosenId) ?? list[0];

  const choose = (id: string) => {
    setSearchParams(
      (params) => {
        params.set('instrument', id);
        return params;
      },
      { replace: true, state: location.state },
    );
    setFormOpen(false);
    setResult(null);
  };

  const back = <Breadcrumbs crumbs={[...personCrumbs(user, personId, name), { label: tekster.tittel }]} />;

  return (
    <>
      {back}
      <PageHeading>{title}</PageHeading>
      <HealthDataNotice />
      {person.isPending ? (
        <Loading text={tekster.henterBeboer} />
      ) : person.error ? (
        <ProblemAlert error={person.error} heading={tekster.beboerFeil} />
      ) : (
        <PersonAccessNotice access={person.data.access} />
      )}
      {instruments.isPending ? (
        <Loading text={tekster.henterInstrumenter} />
      ) : instruments.error ? (
        <ProblemAlert error={instruments.error} heading={tekster.instrumenterFeil} />
      ) : instrument ? (
        <>
          <Field style={{ maxWidth: '32rem' }}>
            <Label htmlFor={PICKER_ID}>{tekster.instrument}</Label>
            <Select id={PICKER_ID} value={instrument.id} onChange={(event) => choose(event.target.value)}>
              {list.map((i) => (
                <Select.Option key={i.id} value={i.id}>
                  {i.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {!livesHere ? (
            person.data && <Paragraph>{tekster.bareLesing}</Paragraph>
          ) : formOpen ? (
            <section className="bta-section" aria-label={tekster.ny}>
              <AssessmentForm
                key={instrument.id}
                personId={personId}
                instrument={instrument}
                onSaved={(assessment) => {
                  setFormOpen(false);
                  setResult(assessment);
                }}
                onCancel={() => {
                  setFormOpen(false);
                  requestAnimationFrame(() => newButtonRef.current?.focus());
                }}
              />
            </section>
          ) : (
            <div className="bta-buttons">
              <Button
                ref={newButtonRef}
                type="button"
                onClick={() => {
                  setResult(null);
                  setFormOpen(true);
                }}
              >
                {tekster.ny}
              </Button>
            </div>
          )}
          {result && <AssessmentResult ref={resultRef} instrument={instrument} assessment={result} />}
          <AssessmentHistory key={instrument.id} personId={personId} instrument={instrument} />
        </>
      ) : null}
      {livesHere && (
        <Section id={SHARING_HEADING_ID} heading={tekster.deling.tittel}>
          <SharingForm personId={personId} />
        </Section>
      )}
    </>
  );
}
