import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { todayIso, todayNorwegian } from '../../../components/dates';
import { api, json, problem } from '../../../test/api';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';
import {
  auditAssessment,
  earlierAudit,
  europasi,
  instruments,
  laterAudit,
  movedOut,
  PERSON_ID,
  resident,
} from '../../../test/fixtures/followup';

type Schemas = components['schemas'];

const staff = { roles: ['botiltak' as const], facilities: ['bakklandet'] };
const route = `/beboere/${PERSON_ID}/kartlegging`;

function serve(history: Schemas['Assessment'][], person: Schemas['Person'] = resident) {
  const requested: (string | null)[] = [];
  server.use(
    api.get('/api/instruments', () => json(instruments)),
    api.get('/api/persons/{personId}', ({ params }) => {
      expect(params.personId).toBe(PERSON_ID);
      return json(person);
    }),
    api.get('/api/residents/{personId}/assessments', ({ request }) => {
      const instrument = new URL(request.url).searchParams.get('instrument');
      requested.push(instrument);
      return json(history.filter((a) => a.instrument === instrument));
    }),
  );
  return requested;
}

async function openForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Ny kartlegging' }));
  return screen.findByRole('form', { name: /^Ny kartlegging: AUDIT-C/ });
}

describe('KartleggingPage', () => {
  it('renders AUDIT-C as three radio groups from the definition and posts the chosen scores; shows the readings', async () => {
    const history = [earlierAudit];
    const requested = serve(history);
    let body: Schemas['NewAssessment'] | undefined;
    server.use(
      api.post('/api/residents/{personId}/assessments', async ({ request, params }) => {
        expect(params.personId).toBe(PERSON_ID);
        body = await request.json();
        const saved = auditAssessment('0b8f6a8e-6f0e-4d3c-9a55-0000000000aa', body.takenOn, body.answers, 3);
        history.push(saved);
        return json(saved, { status: 201 });
      }),
    );
    renderApp(route, staff);
    // Named from the person record when the page is opened without the agreement page's state.
    expect(await screen.findByRole('heading', { level: 1, name: 'Kartlegging – Kari Nordmann' })).toBeInTheDocument();
    expect(screen.getByText(/bare synlige for ansatte ved botiltaket/)).toBeInTheDocument();
    const picker = await screen.findByLabelText('Kartleggingsverktøy');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'AUDIT-C (alkohol, tre spørsmål)',
      'KOR – ORS (hvordan har du hatt det)',
      'EuropASI – intervjuerens alvorlighetsvurdering per livsområde',
    ]);

    const form = await openForm();
    const groups = within(form).getAllByRole('group');
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual([
      '1. Hvor ofte drikker du alkohol?',
      '2. Hvor mange alkoholenheter tar du på en typisk dag når du drikker?',
      '3. Hvor ofte drikker du seks enheter eller mer ved én anledning?',
    ]);
    expect(within(groups[0]!).getAllByRole('radio')).toHaveLength(5);
    expect(within(groups[0]!).getByRole('radio', { name: 'Aldri (0 poeng)' })).toBeInTheDocument();
    await userEvent.click(within(groups[0]!).getByRole('radio', { name: '2–3 ganger i uken (3 poeng)' }));
    await userEvent.click(within(groups[1]!).getByRole('radio', { name: '3–4 (1 poeng)' }));
    await userEvent.click(within(groups[2]!).getByRole('radio', { name: 'Månedlig (2 poeng)' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Lagre kartleggingen' }));

    const result = await screen.findByRole('region', { name: 'Resultat' });
    expect(body).toEqual({ instrument: 'AUDIT_C', takenOn: todayIso(), answers: { q1: 3, q2: 1, q3: 2 } });
    expect(within(result).getByText('6 av 12')).toBeInTheDocument();
    expect(within(result).getByText('+3')).toBeInTheDocument();
    const readings = within(result).getByRole('table', { name: 'Vurdering mot grenseverdier' });
    const row = within(readings).getByRole('row', { name: /Sum/ });
    expect(row).toHaveTextContent('minst 3');
    expect(row).toHaveTextContent('Nådd: Mulig risikofylt alkoholbruk');
    expect(within(row).getByText(/Kilde: Bradley KA/).tagName).toBe('SMALL');
    expect(requested).toContain('AUDIT_C');
  });

  it('shows the history as a chart with its table: date, total, change with sign and readings met', async () => {
    serve([earlierAudit, laterAudit]);
    renderApp(route, staff);
    const history = await screen.findByRole('region', { name: 'Historikk' });
    // The chart is one image named for what it shows; its figures are in the table below it.
    expect(
      await within(history).findByRole('img', { name: /^Sum over tid, AUDIT-C.*: søylediagram\. Tallene står i tabellen under\.$/ }),
    ).toBeInTheDocument();
    const table = within(history).getByRole('table', { name: 'Kartlegginger, tabell' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Dato', 'Sum', 'Endring siden forrige', 'Grenseverdier nådd']);
    expect(rows[0]).toHaveTextContent('10.01.2025');
    expect(within(rows[0]!).getAllByRole('cell')[0]).toHaveTextContent(/^2$/);
    expect(rows[0]).toHaveTextContent('–');
    expect(rows[0]).toHaveTextContent('Ingen');
    expect(rows[1]).toHaveTextContent('14.03.2025');
    expect(within(rows[1]!).getAllByRole('cell')[0]).toHaveTextContent(/^6$/);
    expect(rows[1]).toHaveTextContent('+4');
    expect(rows[1]).toHaveTextContent('Sum: Mulig risikofylt alkoholbruk');
  });

  it('puts a 422 violation on answers.<itemId> next to its question and in the error summary', async () => {
    serve([]);
    server.use(
      api.post('/api/residents/{personId}/assessments', () =>
        problem({
          type: 'https://bta.kommune.no/problems/validation',
          title: 'Ugyldige svar',
          status: 422,
          rule: 'R-FOL-2',
          detail: 'answers.q2: må være en av [0, 1, 2, 3, 4]',
          violations: [{ field: 'answers.q2', message: 'må være en av [0, 1, 2, 3, 4]' }],
        }),
      ),
    );
    renderApp(route, staff);
    const form = await openForm();
    const groups = within(form).getAllByRole('group');
    for (const group of groups) await userEvent.click(within(group).getAllByRole('radio')[0]!);
    await userEvent.click(within(form).getByRole('button', { name: 'Lagre kartleggingen' }));

    const message = await within(groups[1]!).findByText('må være en av [0, 1, 2, 3, 4]');
    expect(message).toBeInTheDocument();
    expect(within(groups[0]!).queryByText(/må være/)).not.toBeInTheDocument();
    const summary = within(form).getByRole('link', { name: /2\. Hvor mange alkoholenheter.*må være en av/ });
    expect(summary).toHaveAttribute('href', '#kartlegging-answers-q2');
    expect(within(form).queryByText('Ugyldige svar')).not.toBeInTheDocument();
  });

  it('asks for an answer to every question before posting', async () => {
    serve([]);
    let posted = false;
    server.use(
      api.post('/api/residents/{personId}/assessments', () => {
        posted = true;
        return json(earlierAudit, { status: 201 });
      }),
    );
    renderApp(route, staff);
    const form = await openForm();
    await userEvent.click(within(form).getByRole('button', { name: 'Lagre kartleggingen' }));
    expect(await within(form).findByRole('link', { name: /1\. Hvor ofte drikker du alkohol\?: Velg et svar/ })).toBeInTheDocument();
    expect(posted).toBe(false);
  });

  it('renders ORS items as number inputs within their range', async () => {
    serve([]);
    renderApp(`${route}?instrument=ORS`, staff);
    await userEvent.click(await screen.findByRole('button', { name: 'Ny kartlegging' }));
    const form = await screen.findByRole('form', { name: /^Ny kartlegging: KOR – ORS/ });
    const input = within(form).getByRole('spinbutton', { name: '1. Individuelt (personlig velvære)' });
    expect(input).toHaveAttribute('step', '0.1');
    expect(input).toHaveAttribute('min', '0');
    expect(input).toHaveAttribute('max', '10');
  });

  it('charts each EuropASI area on the latest assessment (no total), with the table as its alternative', async () => {
    const ratings = { medical: 2, employment: 5, alcohol: 1, drugs: 6.5, legal: 0, family: 3, psychiatric: 4 };
    serve([
      {
        id: '0b8f6a8e-6f0e-4d3c-9a55-0000000000e1',
        instrument: 'EUROPASI',
        takenOn: '2025-02-01',
        answers: ratings,
        readings: europasi.items.map((item) => ({
          scope: item.id,
          value: ratings[item.id as keyof typeof ratings],
          direction: 'AT_LEAST' as const,
          cutoff: 4,
          met: ratings[item.id as keyof typeof ratings] >= 4,
          reading: 'Behov for behandling på området',
          source: 'McLellan AT et al. 1992',
        })),
        recordedAt: '2025-02-01T10:00:00Z',
        recordedBy: 'bakklandet1',
      },
    ]);
    renderApp(`${route}?instrument=EUROPASI`, staff);
    const history = await screen.findByRole('region', { name: 'Historikk' });
    expect(
      await within(history).findByRole('img', {
        name: /^Alvorlighet per livsområde 01\.02\.2025.*: liggende stolpediagram\. Tallene står i tabellen under\.$/,
      }),
    ).toBeInTheDocument();
    const table = within(history).getByRole('table', { name: 'Siste kartlegging per livsområde, tabell' });
    expect(within(table).getByRole('row', { name: /Arbeid og økonomi/ })).toHaveTextContent('Nådd: Behov for behandling på området');
    expect(within(table).getByRole('row', { name: /Alkohol/ })).toHaveTextContent('Ikke nådd');
    expect(within(table).getByRole('row', { name: /Narkotika/ })).toHaveTextContent('6,5');
    expect(within(history).getByRole('table', { name: 'Alle kartlegginger, tabell' })).toHaveTextContent(
      'Arbeid og økonomi, Narkotika, Psykisk helse',
    );
  });

  it('records the consent to share earlier assessments (today by default) and confirms what the API recorded', async () => {
    const requested = serve([earlierAudit]);
    let body: Schemas['AssessmentSharingRequest'] | undefined;
    server.use(
      api.post('/api/residents/{personId}/assessment-sharing', async ({ request, params }) => {
        expect(params.personId).toBe(PERSON_ID);
        body = await request.json();
        return json({ personId: PERSON_ID, facilityId: 'bakklandet', givenOn: '2026-11-20' });
      }),
    );
    renderApp(route, staff);
    const section = await screen.findByRole('region', { name: 'Samtykke til deling av tidligere kartlegginger' });
    const form = within(section).getByRole('form', { name: 'Samtykke til deling av tidligere kartlegginger' });
    expect(within(form).getByLabelText('Gjelder fra')).toHaveValue(todayNorwegian());
    await expect.poll(() => requested.length).toBeGreaterThan(0);
    const readsBefore = requested.length;

    await userEvent.click(within(form).getByRole('radio', { name: 'Beboeren samtykker til deling' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Registrer' }));
    const confirmation = await within(section).findByRole('status');
    expect(confirmation).toHaveTextContent(
      'Samtykket er registrert fra 20.11.2026. Dere ser nå også kartleggingene fra tidligere botiltak.',
    );
    expect(confirmation).toHaveFocus();
    expect(body).toEqual({ shared: true, effectiveOn: todayIso() });
    // The history is read again: it now includes what earlier facilities recorded.
    await expect.poll(() => requested.length).toBeGreaterThan(readsBefore);
  });

  it('confirms a withdrawal with both days', async () => {
    serve([]);
    let body: Schemas['AssessmentSharingRequest'] | undefined;
    server.use(
      api.post('/api/residents/{personId}/assessment-sharing', async ({ request }) => {
        body = await request.json();
        return json({ personId: PERSON_ID, facilityId: 'bakklandet', givenOn: '2026-11-20', withdrawnOn: '2026-11-25' });
      }),
    );
    renderApp(route, staff);
    const form = await screen.findByRole('form', { name: 'Samtykke til deling av tidligere kartlegginger' });
    await userEvent.click(within(form).getByRole('radio', { name: 'Beboeren trekker samtykket tilbake' }));
    await userEvent.clear(within(form).getByLabelText('Gjelder fra'));
    await userEvent.type(within(form).getByLabelText('Gjelder fra'), '25.11.2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Registrer' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Samtykket (gitt 20.11.2026) er trukket tilbake fra 25.11.2026. Kartlegginger fra tidligere botiltak vises ikke lenger.',
    );
    expect(body).toEqual({ shared: false, effectiveOn: '2026-11-25' });
  });

  it('by keyboard: asks for a choice first, then explains a 409 when there is no consent to withdraw', async () => {
    serve([]);
    let posts = 0;
    server.use(
      api.post('/api/residents/{personId}/assessment-sharing', () => {
        posts += 1;
        return problem({
          type: 'https://bta.kommune.no/problems/r-acc-3-no-sharing-consent',
          title: 'Ingen samtykke å trekke tilbake',
          status: 409,
          rule: 'R-ACC-3',
          detail: 'Beboeren har ikke gitt samtykke som kan trekkes tilbake',
        });
      }),
    );
    renderApp(route, staff);
    const form = await screen.findByRole('form', { name: 'Samtykke til deling av tidligere kartlegginger' });
    within(form).getByRole('button', { name: 'Registrer' }).focus();
    await userEvent.keyboard('{Enter}');
    let summary = await within(form).findByRole('group', { name: /rette opp følgende feil/ });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Velg om beboeren samtykker eller trekker samtykket tilbake' })).toHaveAttribute(
      'href',
      '#deling-shared',
    );
    expect(posts).toBe(0);

    within(form).getByRole('radio', { name: 'Beboeren trekker samtykket tilbake' }).focus();
    await userEvent.keyboard(' ');
    expect(within(form).getByRole('radio', { name: 'Beboeren trekker samtykket tilbake' })).toBeChecked();
    within(form).getByRole('button', { name: 'Registrer' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => posts).toBe(1);
    summary = await within(form).findByRole('group', { name: /rette opp følgende feil/ });
    const message = 'Beboeren har ikke et samtykke som kan trekkes tilbake. Kartlegginger fra tidligere botiltak vises ikke.';
    expect(await within(summary).findByRole('link', { name: message })).toHaveAttribute('href', '#deling-shared');
    await waitFor(() => expect(summary).toHaveFocus());
    const choice = within(form).getByRole('group', { name: 'Hva har beboeren bestemt?' });
    expect(choice).toHaveTextContent(message);
    // The rule is explained at the choice, not as a general failure above the form.
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('after a move-out: says until when, and offers neither a new assessment nor the consent (R-ACC-3)', async () => {
    const requested = serve([earlierAudit, laterAudit], movedOut);
    renderApp(route, staff);
    const notice = await screen.findByRole('status');
    expect(within(notice).getByText('Flyttet ut 15.11.2026 — tilgang til 12.02.2027')).toBeInTheDocument();
    expect(
      await screen.findByText('Beboeren bor ikke hos dere nå. Dere kan lese kartleggingene, men ikke registrere nye.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ny kartlegging' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Samtykke til deling av tidligere kartlegginger' })).not.toBeInTheDocument();
    // The history can still be read in the window.
    expect(await screen.findByRole('table', { name: 'Kartlegginger, tabell' })).toBeInTheDocument();
    expect(requested).toContain('AUDIT_C');
  });

  it('offers the new assessment and the consent to staff where the resident lives now, without a notice', async () => {
    serve([]);
    renderApp(route, staff);
    expect(await screen.findByRole('button', { name: 'Ny kartlegging' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Samtykke til deling av tidligere kartlegginger' })).toBeInTheDocument();
    expect(screen.queryByText(/tilgang til/)).not.toBeInTheDocument();
  });
});
