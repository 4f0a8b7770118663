import { api, json, problem } from './api';
import { activeAgreement, agreementSummary, draftAgreement } from './fixtures/agreement';
import { bakklandet, bakklandetRules, bakklandetUnits, facilitySummaries } from './fixtures/facility';
import { intakeSummary, submittedIntake, vacancies, waitingIntake } from './fixtures/intake';
import { kari, kariPerson, ola, olaPerson } from './fixtures/person';

const notFound = () => problem({ type: 'https://bta.kommune.no/problems/not-found', title: 'Finnes ikke', status: 404 });

/** Default handlers: a read-only backend with the fixtures. Tests override per case. */
export const handlers = [
  // The Oversikt page's "Varsler på e-post": off until a test switches it on
  api.get('/api/me/digest', () => json({ enabled: false, email: 'berit.bakken@kommune.example', facilities: [] })),
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
  api.get('/api/facilities/{facilityId}', ({ params }) => (params.facilityId === 'bakklandet' ? json(bakklandet) : notFound())),
  api.get('/api/facilities/{facilityId}/units', ({ params }) => (params.facilityId === 'bakklandet' ? json(bakklandetUnits) : notFound())),
  api.get('/api/facilities/{facilityId}/house-rules', ({ params }) =>
    params.facilityId === 'bakklandet' ? json(bakklandetRules) : notFound(),
  ),
  api.get('/api/facilities/{facilityId}/conversions', () => json({ items: [], page: 0, size: 20, totalItems: 0 })),
  api.post('/api/persons/search', async ({ request }) => {
    const q = ((await request.json()).query ?? '').toLowerCase();
    const items = [kari, ola].filter((p) => p.name.toLowerCase().includes(q) || p.nationalIdMasked?.startsWith(q));
    return json({ items, page: 0, size: 20, totalItems: items.length });
  }),
  api.get('/api/persons/{personId}', ({ params }) => {
    const person = [kariPerson, olaPerson].find((p) => p.id === params.personId);
    return person ? json(person) : notFound();
  }),
  api.get('/api/intakes', ({ request }) => {
    const status = new URL(request.url).searchParams.get('status');
    const all = [submittedIntake, waitingIntake].map(intakeSummary);
    const items = status ? all.filter((i) => status.split(',').includes(i.status)) : all;
    return json({ items, page: 0, size: 50, totalItems: items.length });
  }),
  api.get('/api/intakes/{intakeId}', ({ params }) => (params.intakeId === submittedIntake.id ? json(submittedIntake) : notFound())),
  api.get('/api/agreements', ({ request }) => {
    const status = new URL(request.url).searchParams.get('status');
    const all = [draftAgreement, activeAgreement].map((a) => agreementSummary(a));
    const items = status ? all.filter((a) => a.status === status) : all;
    return json({ items, page: 0, size: 50, totalItems: items.length });
  }),
  api.get('/api/agreements/{agreementId}', ({ params }) => (params.agreementId === draftAgreement.id ? json(draftAgreement) : notFound())),
  api.get('/api/agreements/{agreementId}/advance-notices', () => json([])),
  api.get('/api/entries', () => json({ items: [], page: 0, size: 20, totalItems: 0 })),
  api.get('/api/visitor-bans', () => json({ items: [], page: 0, size: 20, totalItems: 0 })),
  api.get('/api/egenbetaling/arrears', () =>
    json({
      items: [],
      page: 0,
      size: 50,
      totalItems: 0,
      days0to30Ore: 0,
      days31to60Ore: 0,
      days61to90Ore: 0,
      over90Ore: 0,
      totalOre: 0,
      thresholdOre: 500000,
    }),
  ),
  api.get('/api/vacancies', ({ request }) => {
    const facility = new URL(request.url).searchParams.get('facility');
    const items = facility ? vacancies.filter((v) => v.facilityId === facility) : vacancies;
    return json({ items, page: 0, size: 200, totalItems: items.length });
  }),
];
