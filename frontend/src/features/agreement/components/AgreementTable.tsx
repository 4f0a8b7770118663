import { Link, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { formatDate } from '../../../components/format';
import { tekster } from '../tekster';
import { AgreementStatusTag, FlagTags } from './AgreementTags';
import { agreementKindTekst } from '../../../shared/facility/tekster';
import { endedAgreementText } from '../../../shared/person/access';
import { PersonCaseLink } from '../../../shared/person/components/PersonCaseLink';

type AgreementSummary = components['schemas']['AgreementSummary'];

interface Props {
  agreements: AgreementSummary[];
  caption: string;
  /** Facility id → name. */
  facilityNames: Map<string, string>;
}

export const formatPeriod = (from: string, to: string) => `${formatDate(from)}–${formatDate(to)}`;

/**
 * Agreements as a table; the resident's name links to the agreement. An ended agreement in the
 * follow-up window says when the resident moved out and until when the facility sees them (R-ACC-3).
 */
export function AgreementTable({ agreements, caption, facilityNames }: Props) {
  const t = tekster.tabell;
  return (
    <CaptionedTable caption={caption} headers={[t.beboer, t.fodselsnummer, t.boenhet, t.avtaleform, t.periode, t.status, t.merknader]}>
      {agreements.map((a) => (
        <Table.Row key={a.id}>
          <Table.HeaderCell scope="row">
            <Link asChild>
              <RouterLink to={`/avtaler/${encodeURIComponent(a.id)}`}>{a.person.name}</RouterLink>
            </Link>
            <div>
              <PersonCaseLink personId={a.person.id} name={a.person.name} />
            </div>
          </Table.HeaderCell>
          <Table.Cell>{a.person.nationalIdMasked}</Table.Cell>
          <Table.Cell>
            {facilityNames.get(a.facilityId) ?? a.facilityId}, {a.unitLabel}
          </Table.Cell>
          <Table.Cell>{agreementKindTekst[a.kind]}</Table.Cell>
          <Table.Cell>{formatPeriod(a.startDate, a.endDate)}</Table.Cell>
          <Table.Cell>
            <AgreementStatusTag status={a.status} />
            {endedAgreementText(a) && <div className="bta-subtle">{endedAgreementText(a)}</div>}
          </Table.Cell>
          <Table.Cell>
            <FlagTags flags={a.flags} />
          </Table.Cell>
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}
