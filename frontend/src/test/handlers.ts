import { api, json, problem } from './api';
import { bakklandet, bakklandetRules, bakklandetUnits, facilitySummaries } from './fixtures';

const notFound = () => problem({ type: 'https://bta.kommune.no/problems/not-found', title: 'Finnes ikke', status: 404 });

/** Default handlers: a read-only backend with the fixtures. Tests override per case. */
export const handlers = [
  api.get('/api/facilities', ({ request }) => {
    const url = new URL(request.url);
    const page = Number(url.searchParams.get('page') ?? 0);
    const size = Number(url.searchParams.get('size') ?? 50);
    return json({
      items: facilitySummaries.slice(page * size, page * size + size),
      page,
      size,
      totalItems: facilitySummaries.length,
    });
  }),
  api.get('/api/facilities/{facilityId}', ({ params }) =>
    params.facilityId === 'bakklandet' ? json(bakklandet) : notFound(),
  ),
  api.get('/api/facilities/{facilityId}/units', ({ params }) =>
    params.facilityId === 'bakklandet' ? json(bakklandetUnits) : notFound(),
  ),
  api.get('/api/facilities/{facilityId}/house-rules', ({ params }) =>
    params.facilityId === 'bakklandet' ? json(bakklandetRules) : notFound(),
  ),
];
