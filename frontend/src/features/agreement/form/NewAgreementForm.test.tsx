import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { api, json } from '../../../test/api';
import { draftAgreement } from '../../../test/fixtures/agreement';
import { INTAKE_ID, orientedIntake } from '../../../test/fixtures/intake';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

const decided: components['schemas']['Intake'] = { ...orientedIntake, status: 'DECIDED', nextActions: [] };

describe('Lag avtale', () => {
  it('is offered to facility staff on a decided application only', async () => {
    server.use(api.get('/api/intakes/{intakeId}', () => json(decided)));
    const hvk = renderApp(`/soknader/${INTAKE_ID}`, { roles: ['hvk'] });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lag avtale' })).not.toBeInTheDocument();
    hvk.unmount();
    renderApp(`/soknader/${INTAKE_ID}`, { roles: ['botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('button', { name: 'Lag avtale' })).toBeInTheDocument();
  });

  it('converts the fee from kroner to øre, opens the draft and shows the warnings', async () => {
    let body: components['schemas']['NewAgreement'] | undefined;
    const warning = 'Første periode er lengre enn to måneder; praksis er en kort første periode på 1–2 måneder med evaluering (R-AGR-1)';
    server.use(
      api.get('/api/intakes/{intakeId}', () => json(decided)),
      api.post('/api/agreements', async ({ request }) => {
        body = await request.json();
        return json({ ...draftAgreement, warnings: [warning] }, { status: 201 });
      }),
    );
    const { router } = renderApp(`/soknader/${INTAKE_ID}`, { roles: ['botiltak'], facilities: ['bakklandet'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Lag avtale' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lag avtale' });
    expect(within(dialog).getByLabelText('Startdato')).toHaveValue('01.12.2026');
    expect(dialog).toHaveTextContent('normalt 1–2 måneder');
    await userEvent.type(within(dialog).getByLabelText('Sluttdato (valgfritt)'), '31.05.2027');
    await userEvent.type(within(dialog).getByLabelText('Egenbetaling per måned (valgfritt)'), '4 500,50');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lag utkast' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Avtale – Kari Nordmann' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/avtaler/${draftAgreement.id}`);
    expect(body).toEqual({ intakeId: INTAKE_ID, startDate: '2026-12-01', endDate: '2027-05-31', monthlyFeeOre: 450050 });
    expect(screen.getByText(warning)).toBeInTheDocument();
  });
});
