import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { api, json, problem } from '../../../test/api';
import { INTAKE_ID, orientedIntake, queueView, submittedIntake, vacancies, waitingIntake } from '../../../test/fixtures/intake';
import { ola } from '../../../test/fixtures/person';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

type Intake = components['schemas']['Intake'];

const route = `/soknader/${INTAKE_ID}`;

function serve(intake: Intake) {
  server.use(api.get('/api/intakes/{intakeId}', () => json(intake)));
}

async function actionButtons() {
  const region = await screen.findByRole('region', { name: 'Neste steg' });
  return within(region)
    .getAllByRole('button')
    .map((b) => b.textContent);
}

describe('IntakePage', () => {
  it('shows the person masked, the status in Norwegian and the timeline in order', async () => {
    serve(waitingIntake);
    renderApp(route, { roles: ['hvk'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Søknad – Kari Nordmann' })).toBeInTheDocument();
    expect(screen.getByText(/^Status:/)).toHaveTextContent('Status: På venteliste – Venter på: ESIKT');
    const person = screen.getByRole('region', { name: 'Søker' });
    expect(person).toHaveTextContent('158990 *****');
    expect(screen.getByRole('region', { name: 'Søknaden' })).toHaveTextContent(
      'Ja – søkeren står fortsatt på listen for kommunal utleiebolig',
    );
    const timeline = within(screen.getByRole('region', { name: 'Historikk' })).getByRole('list');
    const items = within(timeline).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toBe('02.11.2026 kl.\u00a010:15 – Hanne Hvalstad, saksbehandler (HVK)Søknad registrert av HVK');
    expect(items[1]).toHaveTextContent('Satt på ventelisten med prioritet 1');
  });

  it('shows only the actions the API gives in nextActions', async () => {
    serve(queueView(submittedIntake));
    const esikt = renderApp(route, { roles: ['esikt'] });
    expect(await actionButtons()).toEqual(['Prioriter']);
    esikt.unmount();

    serve(queueView(waitingIntake));
    const esikt2 = renderApp(route, { roles: ['esikt'] });
    expect(await actionButtons()).toEqual(['Prioriter', 'Tildel boenhet']);
    esikt2.unmount();

    serve(orientedIntake);
    const hvk = renderApp(route, { roles: ['hvk'] });
    expect(await actionButtons()).toEqual(['Fatt vedtak', 'Trekk søknaden', 'Avslå søknaden']);
    expect(screen.queryByRole('button', { name: 'Tildel boenhet' })).not.toBeInTheDocument();
    hvk.unmount();

    // Facility staff read the application but may do nothing with it.
    serve({ ...orientedIntake, nextActions: [] });
    renderApp(route, { roles: ['botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Søknad – Kari Nordmann' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Neste steg' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Tildeling' })).toHaveTextContent('Lars Leder');
  });

  it('offers staff "Lag avtale" on a decided application until the agreement exists, then leads to it', async () => {
    const decided: Intake = { ...orientedIntake, status: 'DECIDED', nextActions: [] };
    serve(decided);
    const before = renderApp(route, { roles: ['fagleder'], facilities: ['bakklandet'] });
    expect(await actionButtons()).toEqual(['Lag avtale']);
    before.unmount();

    const agreementId = '7d3f1c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b';
    serve({ ...decided, agreementId });
    renderApp(route, { roles: ['fagleder'], facilities: ['bakklandet'] });
    const region = await screen.findByRole('region', { name: 'Neste steg' });
    expect(within(region).getByRole('link', { name: 'Gå til avtalen' })).toHaveAttribute('href', `/avtaler/${agreementId}`);
    expect(within(region).queryByRole('button', { name: 'Lag avtale' })).not.toBeInTheDocument();
  });

  it("gives ESIKT the queue view: name, birth year, sex and HVK's summary; no number, assessment or needs (R-ACC-3)", async () => {
    serve(queueView(waitingIntake));
    renderApp(route, { roles: ['esikt'] });
    const person = await screen.findByRole('region', { name: 'Søker' });
    expect(person).toHaveTextContent('Kari Nordmann');
    expect(person).toHaveTextContent('Fødselsår1990');
    expect(person).toHaveTextContent('Kvinne');
    expect(person).not.toHaveTextContent('Fødselsnummer');
    expect(person).not.toHaveTextContent('*****');
    const application = screen.getByRole('region', { name: 'Søknaden' });
    expect(application).toHaveTextContent('Sammendrag fra HVKUng kvinne som trenger et rusfritt bomiljø med tett oppfølging; akutt behov.');
    expect(application).not.toHaveTextContent('Faglig vurdering');
    expect(application).not.toHaveTextContent('Behov');
    expect(application).not.toHaveTextContent(waitingIntake.assessment!);
    // No way to person pages or other areas from here: the only link is back to the waiting list.
    const links = within(screen.getByRole('main')).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/venteliste']);
  });

  it('tells ESIKT when HVK wrote no summary', async () => {
    serve({ ...queueView(waitingIntake), assessmentSummary: undefined });
    renderApp(route, { roles: ['esikt'] });
    const application = await screen.findByRole('region', { name: 'Søknaden' });
    expect(application).toHaveTextContent('Sammendrag fra HVKHVK har ikke skrevet et sammendrag.');
  });

  it('shows HVK the assessment and its summary for ESIKT, but no link to the agreement (HVK reads its status only)', async () => {
    const agreementId = '7d3f1c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b';
    serve({
      ...orientedIntake,
      status: 'DECIDED',
      agreementId,
      assessmentSummary: 'Kort sammendrag for ESIKT.',
      nextActions: ['WITHDRAW'],
    });
    renderApp(route, { roles: ['hvk'] });
    const application = await screen.findByRole('region', { name: 'Søknaden' });
    expect(application).toHaveTextContent(`Faglig vurdering${orientedIntake.assessment}`);
    expect(application).toHaveTextContent('Sammendrag for ESIKTKort sammendrag for ESIKT.');
    expect(
      within(screen.getByRole('region', { name: 'Neste steg' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Trekk søknaden']);
    expect(screen.queryByRole('link', { name: 'Gå til avtalen' })).not.toBeInTheDocument();
    const hrefs = within(screen.getByRole('main'))
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs.filter((href) => href?.startsWith('/avtaler') || href?.startsWith('/beboere'))).toEqual([]);
  });

  it('prioritises in a dialog and shows the new status', async () => {
    let body: components['schemas']['PriorityRequest'] | undefined;
    serve(queueView(submittedIntake));
    server.use(
      api.post('/api/intakes/{intakeId}/priority', async ({ request }) => {
        body = await request.json();
        serve(queueView(waitingIntake));
        return json(queueView(waitingIntake));
      }),
    );
    renderApp(route, { roles: ['esikt'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Prioriter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Prioriter søknaden' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre prioritet' }));
    const summary = await within(dialog).findByRole('group', { name: /rette opp følgende feil/ });
    expect(within(summary).getByRole('link', { name: 'Velg prioritet' })).toHaveAttribute('href', '#prioritet-priority');
    expect(within(summary).getByRole('link', { name: 'Skriv begrunnelsen for prioriteten' })).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('radio', { name: '1 – høyest' }));
    await userEvent.type(within(dialog).getByLabelText('Begrunnelse'), 'Akutt behov, bor på hospits.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre prioritet' }));

    expect(await screen.findByText('Prioriteten er lagret, og søknaden står på ventelisten.')).toBeInTheDocument();
    expect(body).toEqual({ priority: 1, reason: 'Akutt behov, bor på hospits.' });
    expect(screen.getByText(/^Status:/)).toHaveTextContent('På venteliste');
  });
});

describe('DecisionForm', () => {
  it('sends all three legal bases by default', async () => {
    let body: components['schemas']['ServiceDecisionRequest'] | undefined;
    serve(orientedIntake);
    server.use(
      api.post('/api/intakes/{intakeId}/service-decision', async ({ request }) => {
        body = await request.json();
        const decided: Intake = { ...orientedIntake, status: 'DECIDED', nextActions: ['WITHDRAW'] };
        return json(decided);
      }),
    );
    renderApp(route, { roles: ['hvk'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Fatt vedtak' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vedtak om praktisk bistand' });
    expect(dialog).toHaveTextContent('Vedtaket gjelder til det blir revurdert. Det fattes ikke et eget vedtak om bolig.');
    for (const label of [
      'Pasient- og brukerrettighetsloven § 2-1 a annet ledd',
      'Helse- og omsorgstjenesteloven § 3-1',
      'Helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b',
    ]) {
      expect(within(dialog).getByRole('checkbox', { name: label })).toBeChecked();
    }
    await userEvent.clear(within(dialog).getByLabelText('Vedtaksdato'));
    await userEvent.type(within(dialog).getByLabelText('Vedtaksdato'), '22.11.2026');
    await userEvent.type(within(dialog).getByLabelText('Omfang'), 'Praktisk bistand og opplæring.');
    await userEvent.type(within(dialog).getByLabelText('Revurderes innen (valgfritt)'), '01.06.2027');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Fatt vedtak' }));
    expect(await screen.findByText('Vedtaket om praktisk bistand er lagret.')).toBeInTheDocument();
    expect(body).toEqual({
      decisionDate: '2026-11-22',
      scope: 'Praktisk bistand og opplæring.',
      legalBasis: ['PBRL_2_1A_2', 'HOL_3_1', 'HOL_3_2_1_6B'],
      reassessBy: '2027-06-01',
    });
  });

  it('shows the detail of an R-INT-4 problem in the form', async () => {
    serve(orientedIntake);
    server.use(
      api.post('/api/intakes/{intakeId}/service-decision', () =>
        problem({
          type: 'https://bta.kommune.no/problems/r-int-4-orientation-before-decision',
          title: 'Orienteringssamtalen må holdes først',
          status: 422,
          rule: 'R-INT-4',
          detail:
            'Vedtak om praktisk bistand fattes først når orienteringssamtalen er holdt og søkeren har takket ja (status nå: INFORMED)',
        }),
      ),
    );
    renderApp(route, { roles: ['hvk'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Fatt vedtak' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vedtak om praktisk bistand' });
    await userEvent.type(within(dialog).getByLabelText('Omfang'), 'Praktisk bistand.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Fatt vedtak' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Klarte ikke å lagre');
    expect(alert).toHaveTextContent('Orienteringssamtalen må holdes først');
    expect(alert).toHaveTextContent('Vedtak om praktisk bistand fattes først når orienteringssamtalen er holdt og søkeren har takket ja');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});

describe('AllocationForm', () => {
  // ESIKT allocates from the queue view: the birth year, not the birth date (R-ACC-3).
  async function openAllocation(intake: Intake = queueView(waitingIntake)) {
    serve(intake);
    renderApp(route, { roles: ['esikt'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Tildel boenhet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tildel boenhet' });
    // The first wished facility is chosen; its vacant units are offered.
    await within(dialog).findByRole('option', { name: 'H101 – Hybel' });
    return dialog;
  }

  it('warns when the person is outside the target group and then requires a reason', async () => {
    let body: components['schemas']['AllocationRequest'] | undefined;
    server.use(
      api.post('/api/intakes/{intakeId}/allocation', async ({ request }) => {
        body = await request.json();
        const allocated: Intake = { ...waitingIntake, status: 'ALLOCATED', nextActions: [] };
        return json(allocated);
      }),
    );
    const dialog = await openAllocation(); // Kari is born in 1990; Bakklandet is for 18-30.
    expect(dialog).toHaveTextContent('Søker: Kari Nordmann (født 1990)');
    const warning = within(dialog).getByText('Søkeren er utenfor målgruppen').closest('.ds-alert')!;
    expect(warning).toHaveTextContent('Søkeren er født i 1990, over øvre aldersgrense på 30 år');
    expect(within(dialog).getByLabelText('Avtalt med (bokoordinator)')).toBeInTheDocument();

    await userEvent.selectOptions(within(dialog).getByLabelText('Boenhet'), 'H101 – Hybel');
    await userEvent.type(within(dialog).getByLabelText('Avtalt med (bokoordinator)'), 'Lars Leder');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tildel' }));
    const summary = await within(dialog).findByRole('group', { name: /rette opp følgende feil/ });
    expect(within(summary).getByRole('link', { name: 'Skriv begrunnelsen for å tildele boenheten utenfor målgruppen' })).toHaveAttribute(
      'href',
      '#tildeling-overrideReason',
    );
    expect(body).toBeUndefined();

    await userEvent.type(within(dialog).getByLabelText('Begrunnelse for å tildele utenfor målgruppen'), 'Ingen andre tilbud passer.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tildel' }));
    expect(await screen.findByText('Boenheten er tildelt.')).toBeInTheDocument();
    expect(body).toMatchObject({
      unitId: '0b8e4c9e-1f7a-4a53-9a7e-1d3f5c6b7a81',
      coordinator: 'Lars Leder',
      overrideReason: 'Ingen andre tilbud passer.',
    });
    expect(body?.fromDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives no warning for a person inside the target group', async () => {
    const dialog = await openAllocation(queueView({ ...waitingIntake, person: ola }));
    expect(within(dialog).queryByText('Søkeren er utenfor målgruppen')).not.toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Begrunnelse for å tildele utenfor målgruppen')).not.toBeInTheDocument();
  });

  it('explains a 409 as a unit just taken and offers the vacancies again', async () => {
    let vacancyCalls = 0;
    server.use(
      api.get('/api/vacancies', () => {
        vacancyCalls += 1;
        // H101 is offered first, and is gone when the list is fetched again.
        const items = vacancyCalls === 1 ? [vacancies[0]!, vacancies[1]!] : [vacancies[1]!];
        return json({ items, page: 0, size: 200, totalItems: items.length });
      }),
      api.post('/api/intakes/{intakeId}/allocation', () =>
        problem({
          type: 'https://bta.kommune.no/problems/r-int-2-unit-not-available',
          title: 'Boenheten er ikke ledig',
          status: 409,
          rule: 'R-INT-2',
          detail: 'Boenheten H101 er allerede tildelt eller bebodd i perioden fra 01.12.2026',
        }),
      ),
    );
    const dialog = await openAllocation(queueView({ ...waitingIntake, person: ola }));
    await userEvent.selectOptions(within(dialog).getByLabelText('Boenhet'), 'H101 – Hybel');
    await userEvent.type(within(dialog).getByLabelText('Avtalt med (bokoordinator)'), 'Lars Leder');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tildel' }));

    const summary = await within(dialog).findByRole('group', { name: /rette opp følgende feil/ });
    expect(within(summary).getByRole('link', { name: 'Boenheten ble nettopp tildelt av noen andre. Velg en annen.' })).toHaveAttribute(
      'href',
      '#tildeling-unitId',
    );
    const unit = within(dialog).getByLabelText('Boenhet');
    expect(unit).toHaveAttribute('aria-invalid', 'true');
    expect(unit).toHaveValue('');
    // The vacancies are fetched again: H101 is gone, H202 is still offered.
    await within(dialog).findByRole('option', { name: 'H202 – Hybel' });
    expect(await within(dialog).findByRole('option', { name: 'H202 – Hybel' })).toBeInTheDocument();
    await expect.poll(() => within(dialog).queryByRole('option', { name: 'H101 – Hybel' })).toBeNull();
    expect(vacancyCalls).toBeGreaterThanOrEqual(2);
  });

  it('puts a server R-INT-7 violation on the reason field', async () => {
    server.use(
      api.post('/api/intakes/{intakeId}/allocation', () =>
        problem({
          type: 'https://bta.kommune.no/problems/r-int-7-outside-target-group',
          title: 'Søkeren er utenfor målgruppen',
          status: 422,
          rule: 'R-INT-7',
          detail: 'Bakklandet er for kvinner. Oppgi en begrunnelse (overrideReason) for å tildele likevel.',
          violations: [{ field: 'overrideReason', message: 'må begrunnes: Bakklandet er for kvinner' }],
        }),
      ),
    );
    const dialog = await openAllocation(queueView({ ...waitingIntake, person: ola }));
    await userEvent.selectOptions(within(dialog).getByLabelText('Boenhet'), 'H101 – Hybel');
    await userEvent.type(within(dialog).getByLabelText('Avtalt med (bokoordinator)'), 'Lars Leder');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tildel' }));
    const reason = await within(dialog).findByLabelText('Begrunnelse for å tildele utenfor målgruppen');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason.closest('ds-field')).toHaveTextContent('må begrunnes: Bakklandet er for kvinner');
    expect(within(dialog).getByText('Søkeren er utenfor målgruppen')).toBeInTheDocument();
  });
});
