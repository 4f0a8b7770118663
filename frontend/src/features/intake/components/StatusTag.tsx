import type { components } from '../../../api/schema.gen';
import { statusTekst } from '../tekster';

export function StatusTag({ status }: { status: components['schemas']['IntakeStatus'] }) {
  return <span className="bta-status bta-status--intake">{statusTekst[status]}</span>;
}
