import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { api, json, problem } from '../../../test/api';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

type DigestSetting = components['schemas']['DigestSetting'];
type DigestSettingRequest = components['schemas']['DigestSettingRequest'];

const staff = { roles: ['botiltak' as const], facilities: ['bakklandet'] };

/** A backend that keeps the setting, and the bodies it was sent. */
function serveDigest(initial: DigestSetting) {
  let current = initial;
  const sent: DigestSettingRequest[] = [];
  server.use(
    api.get('/api/overview', () => json([])),
    api.get('/api/me/digest', () => json(current)),
    api.put('/api/me/digest', async ({ request }) => {
      const body = await request.json();
      sent.push(body);
      if (body.email === 'avvist@kommune.example') {
        return problem({
          type: 'https://bta.kommune.no/problems/validation',
          title: 'Ugyldige felt',
          status: 422,
          detail: 'email: må være en gyldig e-postadresse',
          violations: [{ field: 'email', message: 'må være en gyldig e-postadresse' }],
        });
      }
      current = body.enabled
        ? { enabled: true, email: body.email ?? 'berit.bakken@kommune.example', facilities: ['bakklandet'] }
        : { enabled: false, email: 'berit.bakken@kommune.example', facilities: [] };
      return json(current);
    }),
  );
  return sent;
}

describe('Varsler på e-post (Oversikt)', () => {
  it('switches the daily e-mail on with the login address, shows where it goes, and switches it off', async () => {
    const sent = serveDigest({ enabled: false, email: 'berit.bakken@kommune.example', facilities: [] });
    renderApp('/oversikt', staff);
    const section = await screen.findByRole('region', { name: 'Varsler på e-post' });
    expect(await within(section).findByText('Varselet er av.')).toBeInTheDocument();
    expect(within(section).getByRole('textbox', { name: 'E-postadresse (valgfritt)' })).toHaveValue('');
    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);

    await userEvent.click(within(section).getByRole('button', { name: 'Slå på varsel på e-post' }));
    expect(await within(section).findByText('Varselet er på. Det sendes til berit.bakken@kommune.example.')).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('Varsel på e-post er slått på.');
    expect(await within(section).findByText(/^Gjelder Bakklandet/)).toBeInTheDocument();
    expect(sent).toEqual([{ enabled: true, email: null }]);

    await userEvent.click(within(section).getByRole('button', { name: 'Slå av varsel på e-post' }));
    expect(await within(section).findByText('Varselet er av.')).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('Varsel på e-post er slått av.');
    expect(sent).toEqual([{ enabled: true, email: null }, { enabled: false }]);
  });

  it('checks the address it is given, and shows the server’s objection next to the field', async () => {
    const sent = serveDigest({ enabled: false, email: null, facilities: [] });
    renderApp('/oversikt', staff);
    const section = await screen.findByRole('region', { name: 'Varsler på e-post' });
    const email = () => within(section).getByRole('textbox', { name: 'E-postadresse (valgfritt)' });
    const button = () => within(section).getByRole('button', { name: 'Slå på varsel på e-post' });
    await within(section).findByRole('textbox', { name: 'E-postadresse (valgfritt)' });
    // Typed over the old text, as a user who selects it does (emptying it first would hide the error summary, which
    // takes the focus when it comes back).
    const retype = async (field: HTMLElement, text: string) => {
      await userEvent.tripleClick(field);
      await userEvent.keyboard(text);
    };

    await userEvent.type(email(), 'ikke en adresse');
    await userEvent.click(button());
    expect(await within(section).findAllByText('Skriv en gyldig e-postadresse, for eksempel navn@kommune.no')).not.toHaveLength(0);
    expect(email()).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);

    await retype(email(), 'avvist@kommune.example');
    await userEvent.click(button());
    expect(await within(section).findAllByText('må være en gyldig e-postadresse')).not.toHaveLength(0);
    expect(sent).toEqual([{ enabled: true, email: 'avvist@kommune.example' }]);

    await retype(email(), 'vakt@kommune.example');
    await userEvent.click(button());
    expect(await within(section).findByText('Varselet er på. Det sendes til vakt@kommune.example.')).toBeInTheDocument();
  });
});
