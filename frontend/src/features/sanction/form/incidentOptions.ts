import { formatDateTime } from '../../../components/format';
import { useIncidents } from '../api/useIncidents';
import { kategoriTekst, tekster } from '../tekster';

/** The resident's incidents as checkbox options (when, what, serious, description), for the forms that cite them. */
export function useIncidentOptions(personId: string) {
  const incidents = useIncidents({ personId, page: 0, size: 100 });
  const options = (incidents.data?.items ?? []).map((i) => ({
    value: i.id,
    label: `${formatDateTime(i.occurredAt)}: ${i.categories.map((c) => kategoriTekst[c]).join(', ')}${i.serious ? ' (alvorlig)' : ''} – ${
      i.description
    }`,
  }));
  const empty = incidents.isPending ? tekster.reaksjon.henterHendelser : tekster.reaksjon.ingenHendelser;
  return { options, empty };
}
