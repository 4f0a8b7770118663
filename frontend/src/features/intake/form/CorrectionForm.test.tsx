import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { api, json, problem } from '../../../test/api';
import { INTAKE_ID, orientedIntake, waitingIntake as queued } from '../../../test/fixtures/intake';
import { kariPerson } from '../../../test/fixtures/person';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

type Intake = components['schemas']['Intake'];
type IntakeCorrection = components['schemas']['IntakeCorrection'];

const route = `/soknader/${INTAKE_ID}`;
// HVK's view of the application: the API offers the correction (CORRECT) until the decision
const waitingIntake: Intake = { ...queued, nextActions: ['WITHDRAW', 'REJECT', 'CORRECT'] };
const person = { ...kariPerson, phone: '12345678', email: 'kari@example.no' };

function serve(intake: Intake) {
  server.use(
    api.get('/api/intakes/{intakeId}', () => json(intake)),
    api.get('/api/persons/{personId}', () => json(person)),
  );
}

async function openForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Rett opplysninger' }));
  return screen.findByRole('dialog', { name: 'Rett opplysninger' });
}

describe('CorrectionForm', () => {
  it('is filled in with what is stored, sends the whole correction and shows the change and the history line', async () => {
    let body: IntakeCorrection | undefined;
    const corrected: Intake = {
      ...waitingIntake,
      assessment: 'Rettet vurdering.',
      timeline: [
        ...waitingIntake.timeline,
        {
          at: '2026-11-04T10:00:00Z',
          type: 'CORRECTED',
          byUser: 'Hanne Hvalstad, saksbehandler (HVK)',
          byRole: 'hvk',
          summary: 'Opplysninger rettet: telefon, faglig vurdering',
        },
      ],
    };
    serve(waitingIntake);
    server.use(
      api.put('/api/intakes/{intakeId}/details', async ({ request }) => {
        body = await request.json();
        serve(corrected);
        return json(corrected);
      }),
    );
    renderApp(route, { roles: ['hvk'] });
    const dialog = await openForm();
    const phone = await within(dialog).findByLabelText('Telefon (valgfritt)');
    expect(phone).toHaveValue('12345678');
    expect(within(dialog).getByLabelText('Fornavn')).toHaveValue('Kari');
    expect(within(dialog).getByLabelText('Søknaden kom inn', { exact: false })).toHaveValue('02.11.2026');
    expect(within(dialog).getByLabelText('Faglig vurdering', { exact: false })).toHaveValue(waitingIntake.assessment);
    // the identity number is not part of the correction
    expect(within(dialog).queryByDisplayValue(kariPerson.nationalId!)).not.toBeInTheDocument();

    await userEvent.clear(phone);
    await userEvent.type(phone, '98765432');
    const assessment = within(dialog).getByLabelText('Faglig vurdering', { exact: false });
    await userEvent.clear(assessment);
    await userEvent.type(assessment, 'Rettet vurdering.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre rettingene' }));

    expect(await screen.findByText('Opplysningene er rettet.')).toBeInTheDocument();
    expect(body).toEqual({
      givenName: 'Kari',
      familyName: 'Nordmann',
      phone: '98765432',
      email: 'kari@example.no',
      address: null,
      navContact: null,
      receivedOn: '2026-11-02',
      assessment: 'Rettet vurdering.',
      assessmentSummary: null,
      needs: 'Daglig oppfølging, hjelp med økonomi.',
      wishes: null,
      facilityWishes: ['bakklandet'],
      hasRentalHousingDecision: true,
    });
    expect(screen.getByRole('region', { name: 'Søknaden' })).toHaveTextContent('Rettet vurdering.');
    expect(screen.getByRole('region', { name: 'Historikk' })).toHaveTextContent('Opplysninger rettet: telefon, faglig vurdering');
  });

  it('checks the fields as at registration and shows what the API refuses next to the field', async () => {
    serve(waitingIntake);
    server.use(
      api.put('/api/intakes/{intakeId}/details', () =>
        problem({
          type: 'https://bta.kommune.no/problems/validation',
          title: 'Ugyldige felt',
          status: 422,
          detail: 'phone: kan ha høyst 40 tegn',
          violations: [{ field: 'phone', message: 'kan ha høyst 40 tegn' }],
        }),
      ),
    );
    renderApp(route, { roles: ['hvk'] });
    const dialog = await openForm();
    const email = await within(dialog).findByLabelText('E-post (valgfritt)');
    await userEvent.clear(email);
    await userEvent.type(email, 'ikke-en-adresse');
    await userEvent.clear(within(dialog).getByLabelText('Fornavn'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre rettingene' }));
    const summary = await within(dialog).findByRole('group', { name: /rette opp følgende feil/ });
    expect(within(summary).getByRole('link', { name: 'Skriv fornavnet' })).toHaveAttribute('href', '#retting-givenName');
    expect(within(summary).getByRole('link', { name: /gyldig e-postadresse/ })).toHaveAttribute('href', '#retting-email');

    await userEvent.type(within(dialog).getByLabelText('Fornavn'), 'Kari');
    await userEvent.clear(email);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre rettingene' }));
    expect(await within(dialog).findByRole('link', { name: /kan ha høyst 40 tegn/ })).toHaveAttribute('href', '#retting-phone');
    expect(within(dialog).getByLabelText('Telefon (valgfritt)')).toHaveAttribute('aria-invalid', 'true');
  });

  it('is offered when the API offers CORRECT: to HVK, and only before the decision', async () => {
    serve({ ...orientedIntake, status: 'DECIDED', nextActions: ['WITHDRAW'] });
    const decided = renderApp(route, { roles: ['hvk'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Søknad – Kari Nordmann' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rett opplysninger' })).not.toBeInTheDocument();
    decided.unmount();

    serve({ ...orientedIntake, nextActions: ['DECIDE', 'WITHDRAW', 'REJECT', 'CORRECT'] });
    const hvk = renderApp(route, { roles: ['hvk'] });
    expect(await screen.findByRole('button', { name: 'Rett opplysninger' })).toBeInTheDocument();
    hvk.unmount();

    // without CORRECT in nextActions (the state machine says no) there is no correction, whatever the status
    serve({ ...orientedIntake, nextActions: ['DECIDE', 'WITHDRAW', 'REJECT'] });
    const refused = renderApp(route, { roles: ['hvk'] });
    expect(await screen.findByRole('button', { name: 'Fatt vedtak' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rett opplysninger' })).not.toBeInTheDocument();
    refused.unmount();

    serve({ ...waitingIntake, nextActions: [] });
    renderApp(route, { roles: ['botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Søknad – Kari Nordmann' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rett opplysninger' })).not.toBeInTheDocument();
  });
});
