import type { components } from '../../../api/schema.gen';
import { statusTekst, venterPaTekst } from '../tekster';

export function StatusTag({ status }: { status: components['schemas']['IntakeStatus'] }) {
  return <span className="bta-status bta-status--intake">{statusTekst[status]}</span>;
}

/** "Venter på: ESIKT" for an open application; nothing once it is closed. */
export function WaitingFor({ waitingFor }: { waitingFor?: components['schemas']['WaitingFor'] }) {
  if (!waitingFor) return null;
  return <span className="bta-waiting-for">Venter på: {venterPaTekst[waitingFor]}</span>;
}
