import { useId, useState } from 'react';
import { Button, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { useAuth } from '../../../auth/AuthContext';
import { findsOnlyOwnApplicants } from '../../../auth/roles';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatBirth } from '../access';
import { useSearchPersons } from '../api/useSearchPersons';
import { PersonCaseLink } from './PersonCaseLink';
import { kjonnTekst, tekster } from '../tekster';

type PersonSummary = components['schemas']['PersonSummary'];

/**
 * Search the person register by name or number and pick one. An HVK caseworker finds only the
 * persons of their own applications (R-ACC-3), and is told that the full number finds anyone else.
 */
export function PersonSearch({ onSelect }: { onSelect: (person: PersonSummary) => void }) {
  const t = tekster.sok;
  const { user } = useAuth();
  const inputId = useId();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [missing, setMissing] = useState(false);
  const { data, error, isFetching } = useSearchPersons(q);

  return (
    <div className="bta-stack">
      <form
        role="search"
        aria-label={t.tittel}
        className="bta-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          setMissing(text.trim() === '');
          setQ(text.trim());
        }}
      >
        <Textfield
          id={inputId}
          label={t.felt}
          description={findsOnlyOwnApplicants(user) ? `${t.beskrivelse} ${t.egneSokere}` : t.beskrivelse}
          autoComplete="off"
          value={text}
          error={missing ? t.tomtSok : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t.knapp}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="bta-stack">
        {!q ? null : isFetching && !data ? (
          <Loading text={tekster.sok.soker} />
        ) : error ? (
          <ProblemAlert error={error} heading={t.feil} />
        ) : data && data.items.length === 0 ? (
          <Paragraph>{t.ingenTreff}</Paragraph>
        ) : data ? (
          <>
            <Paragraph>{t.treff(data.totalItems)}</Paragraph>
            <div className="bta-table-scroll">
              <Table zebra border>
                <caption>{t.tabell}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{tekster.sok.navn}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{tekster.sok.fodselsnummer}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{tekster.sok.fodselsdato}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{tekster.sok.kjonn}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">
                      <span className="bta-visually-hidden">{tekster.sok.handling}</span>
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {data.items.map((person) => (
                    <Table.Row key={person.id}>
                      <Table.HeaderCell scope="row">
                        {person.name}
                        <div>
                          <PersonCaseLink personId={person.id} name={person.name} />
                        </div>
                      </Table.HeaderCell>
                      <Table.Cell>{person.nationalIdMasked}</Table.Cell>
                      <Table.Cell>{formatBirth(person)}</Table.Cell>
                      <Table.Cell>{kjonnTekst[person.sex]}</Table.Cell>
                      <Table.Cell>
                        <Button
                          type="button"
                          variant="secondary"
                          data-size="sm"
                          aria-label={t.velg(person.name)}
                          onClick={() => onSelect(person)}
                        >
                          {t.velgKort}
                        </Button>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
