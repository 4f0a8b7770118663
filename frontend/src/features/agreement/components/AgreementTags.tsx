import { Tag } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { flaggTekst, statusTekst } from '../tekster';

type Schemas = components['schemas'];

const statusColor: Record<Schemas['AgreementStatus'], string> = {
  DRAFT: 'warning',
  ACTIVE: 'success',
  NOTICE_GIVEN: 'info',
  EXPIRED: 'danger',
  ENDED: 'neutral',
};

export function AgreementStatusTag({ status }: { status: Schemas['AgreementStatus'] }) {
  return <Tag data-color={statusColor[status]}>{statusTekst[status]}</Tag>;
}

const flagColor: Record<Schemas['AgreementFlag'], string> = {
  UNSIGNED: 'warning',
  ENDING_SOON: 'info',
  OVERSTAY: 'danger',
  FIRST_PERIOD_NOT_EVALUATED: 'warning',
  LONG_FIRST_PERIOD: 'info',
  EXPIRED: 'danger',
  NOTICE_PASSED: 'danger',
};

/** The flags staff act on, as tags in a list (or nothing). */
export function FlagTags({ flags }: { flags: Schemas['AgreementFlag'][] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="bta-tags">
      {flags.map((flag) => (
        <li key={flag}>
          <Tag data-color={flagColor[flag]} variant="outline">
            {flaggTekst[flag]}
          </Tag>
        </li>
      ))}
    </ul>
  );
}
