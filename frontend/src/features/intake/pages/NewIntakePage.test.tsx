import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { api, json, problem } from '../../../test/api';
import { INTAKE_ID, submittedIntake } from '../../../test/fixtures/intake';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

const newPerson: components['schemas']['Person'] = {
  id: '11111111-2222-4333-8444-555555555555',
  nationalId: '15899010059',
  givenName: 'Kari',
  familyName: 'Nordmann',
  birthDate: '1990-09-15',
  sex: 'FEMALE',
  createdAt: '2026-11-02T09:00:00Z',
};

async function openPersonForm() {
  renderApp('/soknader/ny', { roles: ['hvk'] });
  await userEvent.click(await screen.findByRole('button', { name: 'Registrer ny person' }));
  return screen.findByRole('form', { name: 'Registrer ny person' });
}

async function fillPerson(form: HTMLElement, nationalId: string) {
  await userEvent.type(within(form).getByLabelText('Fødselsnummer eller D-nummer'), nationalId);
  await userEvent.type(within(form).getByLabelText('Fornavn'), 'Kari');
  await userEvent.type(within(form).getByLabelText('Etternavn'), 'Nordmann');
  await userEvent.click(within(form).getByRole('button', { name: 'Registrer personen' }));
}

/** The body of the application HVK registers; the API answers with the submitted application. */
function captureIntake() {
  const posted: { body?: components['schemas']['NewIntake'] } = {};
  server.use(
    api.post('/api/intakes', async ({ request }) => {
      posted.body = await request.json();
      return json(submittedIntake, { status: 201 });
    }),
  );
  return posted;
}

/** Searches for Kari as HVK and picks her; returns the application form. */
async function pickKari() {
  const search = await screen.findByRole('search', { name: 'Finn søkeren' });
  await userEvent.type(within(search).getByLabelText('Navn eller fødselsnummer'), 'kari');
  await userEvent.click(within(search).getByRole('button', { name: 'Søk' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Velg Kari Nordmann' }));
  return screen.getByRole('form', { name: 'Søknaden' });
}

describe('NewIntakePage', () => {
  it('finds a person and registers the application, then shows it', async () => {
    const posted = captureIntake();
    const { router } = renderApp('/soknader/ny', { roles: ['hvk'] });
    const form = await pickKari();
    expect(screen.getByText(/Søknaden gjelder/)).toHaveTextContent('Kari Nordmann (158990 *****)');

    await userEvent.click(within(form).getByRole('button', { name: 'Registrer søknaden' }));
    const summary = await within(form).findByRole('group', { name: /rette opp følgende feil/ });
    expect(within(summary).getByRole('link', { name: 'Skriv den faglige vurderingen' })).toHaveAttribute('href', '#ny-soknad-assessment');

    await userEvent.type(within(form).getByLabelText('Faglig vurdering'), 'Trenger tett oppfølging.');
    const summaryField = within(form).getByLabelText('Sammendrag for ESIKT (valgfritt)');
    expect(summaryField).toHaveAccessibleDescription(/ESIKT ser bare dette sammendraget .*ikke den faglige vurderingen/);
    await userEvent.type(summaryField, '  Akutt behov for rusfritt bomiljø.  ');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Bakklandet bo- og tjenestetilbud' }));
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Har vedtak om kommunal utleiebolig' }));
    expect(form).toHaveTextContent('Søkeren står fortsatt på listen for kommunal utleiebolig');
    await userEvent.click(within(form).getByRole('button', { name: 'Registrer søknaden' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Søknad – Kari Nordmann' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/soknader/${INTAKE_ID}`);
    expect(posted.body).toMatchObject({
      personId: '3f0c8f0e-58c4-4bb9-a7a5-0c1f7a7f6a11',
      assessment: 'Trenger tett oppfølging.',
      assessmentSummary: 'Akutt behov for rusfritt bomiljø.',
      needs: null,
      facilityWishes: ['bakklandet'],
      hasRentalHousingDecision: true,
    });
  });

  it('checks the fødselsnummer before sending', async () => {
    let posted = false;
    server.use(
      api.post('/api/persons', () => {
        posted = true;
        return json(newPerson, { status: 201 });
      }),
    );
    const form = await openPersonForm();
    await fillPerson(form, '15899010058');
    const input = within(form).getByLabelText('Fødselsnummer eller D-nummer');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.closest('ds-field')).toHaveTextContent('Fødselsnummeret er ikke gyldig');
    expect(posted).toBe(false);
  });

  it('shows the server 422 invalid-national-id on the field', async () => {
    server.use(
      api.post('/api/persons', () =>
        problem({
          type: 'https://bta.kommune.no/problems/invalid-national-id',
          title: 'Ugyldig fødselsnummer eller D-nummer',
          status: 422,
          detail: 'nationalId: kontrollsifrene stemmer ikke',
          violations: [{ field: 'nationalId', message: 'ugyldig fødselsnummer eller D-nummer' }],
        }),
      ),
    );
    const form = await openPersonForm();
    await fillPerson(form, '15899010059');
    const summary = await within(form).findByRole('group', { name: /rette opp følgende feil/ });
    expect(within(summary).getByRole('link', { name: 'ugyldig fødselsnummer eller D-nummer' })).toHaveAttribute(
      'href',
      '#ny-person-nationalId',
    );
  });

  it('explains a 409 person-exists', async () => {
    server.use(
      api.post('/api/persons', () =>
        problem({
          type: 'https://bta.kommune.no/problems/person-exists',
          title: 'Personen er allerede registrert',
          status: 409,
        }),
      ),
    );
    const form = await openPersonForm();
    await fillPerson(form, '15899010059');
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Personen er allerede registrert. Søk med hele fødselsnummeret (11 sifre), og velg personen i stedet.',
    );
  });

  it('uses the registered person for the application', async () => {
    server.use(api.post('/api/persons', () => json(newPerson, { status: 201 })));
    const form = await openPersonForm();
    await fillPerson(form, '15899010059');
    expect(await screen.findByText(/Søknaden gjelder/)).toHaveTextContent('Kari Nordmann (158990 *****)');
    expect(screen.getByRole('form', { name: 'Søknaden' })).toBeInTheDocument();
  });

  it('sends no summary when none is written, and refuses one over 500 characters', async () => {
    const posted = captureIntake();
    renderApp('/soknader/ny', { roles: ['hvk'] });
    const form = await pickKari();
    await userEvent.type(within(form).getByLabelText('Faglig vurdering'), 'Trenger tett oppfølging.');
    const summaryField = within(form).getByLabelText('Sammendrag for ESIKT (valgfritt)');
    await userEvent.click(summaryField);
    await userEvent.paste('x'.repeat(501));
    await userEvent.click(within(form).getByRole('button', { name: 'Registrer søknaden' }));
    const summary = await within(form).findByRole('group', { name: /rette opp følgende feil/ });
    expect(within(summary).getByRole('link', { name: 'Kan ha høyst 500 tegn' })).toHaveAttribute('href', '#ny-soknad-assessmentSummary');
    expect(posted.body).toBeUndefined();

    await userEvent.clear(summaryField);
    await userEvent.click(within(form).getByRole('button', { name: 'Registrer søknaden' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Søknad – Kari Nordmann' })).toBeInTheDocument();
    expect(posted.body?.assessmentSummary).toBeNull();
  });

  it('tells HVK that the search finds its own applicants, and anyone registered earlier by the full number', async () => {
    renderApp('/soknader/ny', { roles: ['hvk'] });
    const search = await screen.findByRole('search', { name: 'Finn søkeren' });
    expect(within(search).getByLabelText('Navn eller fødselsnummer')).toHaveAccessibleDescription(
      'Skriv en del av navnet, eller de første 6 til 11 sifrene i fødselsnummeret. ' +
        'Du finner søkerne dine. En person som er registrert fra før, finner du med hele fødselsnummeret (11 sifre).',
    );
  });

  it('is not open to ESIKT, which reads persons only through its queue (R-ACC-3)', async () => {
    renderApp('/soknader/ny', { roles: ['esikt'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument();
    expect(screen.queryByRole('search', { name: 'Finn søkeren' })).not.toBeInTheDocument();
  });
});
