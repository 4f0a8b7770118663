import { Table } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { formatDateTime } from '../../../components/format';
import { PersonCaseLink } from '../../../shared/person/components/PersonCaseLink';
import { kategoriTekst, politiTekst, tekster } from '../tekster';

type Incident = components['schemas']['Incident'];

interface Props {
  incidents: readonly Incident[];
  /** Person id → name, to name the residents involved (each leads to their Reaksjoner); left out for one person's list. */
  residents?: ReadonlyMap<string, { name: string }>;
}

/** Incidents, newest first: when, who (each to their case view's Reaksjoner), categories, rules, police, what happened. */
export function IncidentTable({ incidents, residents }: Props) {
  const t = tekster.hendelser;
  return (
    <CaptionedTable
      caption={t.listeTabell}
      headers={[t.tidspunkt, ...(residents ? [t.beboere] : []), t.kategorier, t.alvorlig, t.regler, t.politi, t.beskrivelse]}
    >
      {incidents.map((incident) => (
        <Table.Row key={incident.id}>
          <Table.HeaderCell scope="row">
            <time dateTime={incident.occurredAt}>{formatDateTime(incident.occurredAt)}</time>
          </Table.HeaderCell>
          {residents && (
            <Table.Cell>
              <ul className="bta-tags">
                {incident.personIds.map((id) => {
                  const resident = residents.get(id);
                  return (
                    <li key={id}>
                      {resident ? (
                        <PersonCaseLink personId={id} name={resident.name} tab="reaksjoner">
                          {resident.name}
                        </PersonCaseLink>
                      ) : (
                        t.ukjentPerson
                      )}
                    </li>
                  );
                })}
              </ul>
            </Table.Cell>
          )}
          <Table.Cell>{incident.categories.map((c) => kategoriTekst[c]).join(', ')}</Table.Cell>
          <Table.Cell>{incident.serious ? t.ja : t.nei}</Table.Cell>
          <Table.Cell>
            {incident.ruleNumbers.length > 0 ? t.reglerVersjon(incident.ruleNumbers.join(', '), incident.rulesVersion) : '–'}
          </Table.Cell>
          <Table.Cell>{incident.policeReason ? politiTekst[incident.policeReason] : t.nei}</Table.Cell>
          <Table.Cell className="bta-pre">{incident.description}</Table.Cell>
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}
