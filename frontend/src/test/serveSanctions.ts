import type { components } from '../api/schema.gen';
import { api, json } from './api';
import { bakklandet } from './fixtures/facility';
import { valoyveien9, violentIncident } from './fixtures/sanction';
import { server } from './server';

type Schemas = components['schemas'];

/** What the sanction page of one agreement reads: the agreement, its ladder, its forhåndsvarsler, the facility and the incidents. */
export function serveSanctionPage(
  agreement: Schemas['Agreement'],
  history: Schemas['SanctionHistory'],
  notices: Schemas['AdvanceNotice'][] = [],
) {
  server.use(
    api.get('/api/agreements/{agreementId}', () => json(agreement)),
    api.get('/api/agreements/{agreementId}/sanction-history', () => json(history)),
    api.get('/api/agreements/{agreementId}/advance-notices', () => json(notices)),
    api.get('/api/facilities/{facilityId}', ({ params }) => json(params.facilityId === 'valoyveien-9' ? valoyveien9 : bakklandet)),
    api.get('/api/incidents', () => json({ items: [violentIncident], page: 0, size: 100, totalItems: 1 })),
  );
}
