import type { components } from '../../../api/schema.gen';
import { statusTekst } from '../tekster';

export function SanctionStatusTag({ status }: { status: components['schemas']['SanctionStatus'] }) {
  const variant = status === 'IN_FORCE' ? 'occupied' : status === 'AWAITING_APPROVAL' || status === 'APPROVED' ? 'allocated' : 'intake';
  return <span className={`bta-status bta-status--${variant}`}>{statusTekst[status]}</span>;
}
