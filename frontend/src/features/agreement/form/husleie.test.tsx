import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { api, json } from '../../../test/api';
import { INTAKE_ID, orientedIntake } from '../../../test/fixtures/intake';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';
import { feeChangeSchemaFor } from './agreementSchemas';

type Intake = components['schemas']['Intake'];

const messages = (kind: components['schemas']['AgreementKind']) => {
  const result = feeChangeSchemaFor(kind).safeParse({ monthlyFee: '', notifiedOn: '01.11.2026', effectiveFrom: '' });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('husleie on a tenancy (LEASE), egenbetaling on a BTA', () => {
  it('the fee change form asks for the new husleie on a tenancy and keeps egenbetaling on a BTA', () => {
    const lease = messages('LEASE');
    expect(lease).toEqual(expect.arrayContaining(['Skriv den nye husleien', 'Skriv datoen den nye husleien gjelder fra']));
    expect(lease.filter((m) => /egenbetaling/i.test(m))).toEqual([]);
    const bta = messages('BTA');
    expect(bta).toEqual(expect.arrayContaining(['Skriv den nye egenbetalingen', 'Skriv datoen den nye egenbetalingen gjelder fra']));
    expect(bta.filter((m) => /husleie/i.test(m))).toEqual([]);
  });

  it('"Lag avtale" at a LEASE facility asks for husleie, at a BTA facility for egenbetaling', async () => {
    const atValoy: Intake = {
      ...orientedIntake,
      status: 'DECIDED',
      nextActions: [],
      allocation: { ...orientedIntake.allocation!, facilityId: 'valoyveien-9', facilityName: 'Valøyveien 9', unitLabel: '004' },
    };
    server.use(api.get('/api/intakes/{intakeId}', () => json(atValoy)));
    const lease = renderApp(`/soknader/${INTAKE_ID}`, { roles: ['botiltak'], facilities: ['valoyveien-9'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Lag avtale' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lag avtale' });
    expect(await within(dialog).findByLabelText('Husleie per måned (valgfritt)')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('brukes botiltakets vanlige husleie');
    expect(dialog.textContent?.toLowerCase()).not.toContain('egenbetaling');
    lease.unmount();

    server.use(api.get('/api/intakes/{intakeId}', () => json({ ...atValoy, allocation: orientedIntake.allocation })));
    renderApp(`/soknader/${INTAKE_ID}`, { roles: ['botiltak'], facilities: ['bakklandet'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Lag avtale' }));
    const bta = await screen.findByRole('dialog', { name: 'Lag avtale' });
    expect(within(bta).getByLabelText('Egenbetaling per måned (valgfritt)')).toBeInTheDocument();
  });
});
