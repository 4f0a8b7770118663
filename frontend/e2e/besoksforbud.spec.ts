import { expect, loggInn, sjekkUU, test } from './fixtures';
import { osloParts, todayNorwegian } from './helpers';

/*
 * "Er NN utestengt?" against the real stack with the demo data: a miljøterapeut at Bakklandet records a
 * visitor ban, finds it among the bans in force, lifts it with a reason, and then finds it only under
 * "Vis også opphevede og utløpte", lifted today by them. Each run adds its own ban, marked with a run id.
 */

/** Today in Oslo plus `days`, as dd.mm.åååå. */
function inDays(days: number): string {
  const p = osloParts(new Date());
  const date = new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day) + days));
  return `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`;
}

test('besøksforbud: registrert, funnet i listen, opphevet med begrunnelse og vist blant de opphevede', async ({ page }) => {
  test.setTimeout(120_000);
  const run = `E2E-${Date.now().toString(36)}`;
  const visitor = `Mann i 30-årene (${run})`;
  const reason = `Forholdet er avklart i møte med beboeren (${run}).`;
  const until = inDays(14);

  await loggInn(page, 'bakklandet1');
  await page.getByRole('navigation', { name: 'Arbeidsområder' }).getByRole('link', { name: 'Hendelser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hendelser' })).toBeVisible();
  const bans = page.getByRole('region', { name: 'Besøksforbud' });
  await expect(bans.getByRole('checkbox', { name: 'Vis også opphevede og utløpte' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Innlåsinger uten samtykke' })).toBeVisible();
  await sjekkUU(page);

  // Record the ban.
  await page.getByRole('button', { name: 'Besøksforbud', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Besøksforbud' });
  await expect(form).toBeVisible();
  await form.getByRole('radio', { name: 'Personalet' }).check();
  await form.getByLabel('Besøkende').fill(visitor);
  await form.getByLabel('Gjelder til (valgfritt)').fill(until);
  await form.getByLabel('Begrunnelse').fill('Mistenkt salg av narkotika i huset');
  await form.getByRole('button', { name: 'Registrer besøksforbud' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Besøksforbudet er registrert.' })).toBeVisible();

  // It is in force: in the list with its dates and "Opphev forbud".
  const row = bans.getByRole('table', { name: 'Besøksforbud' }).getByRole('row').filter({ hasText: run });
  await expect(row).toContainText(`Fra ${todayNorwegian()}, utestengt til ${until}`);
  await expect(row).toContainText('Personalet');
  await expect(row).toContainText('Gjelder');
  await sjekkUU(page);

  // Lift it: the reason is required.
  await row.getByRole('button', { name: 'Opphev forbud' }).click();
  const lift = page.getByRole('dialog', { name: 'Opphev besøksforbud' });
  await expect(lift).toContainText(`Besøksforbudet mot ${visitor} gjelder fra ${todayNorwegian()} til ${until}.`);
  await sjekkUU(page);
  await lift.getByRole('button', { name: 'Opphev forbud' }).click();
  await expect(lift.getByLabel('Hvorfor oppheves forbudet?')).toHaveAttribute('aria-invalid', 'true');
  await expect(lift.getByRole('link', { name: 'Skriv hvorfor forbudet oppheves' })).toBeVisible();
  await sjekkUU(page);
  await lift.getByLabel('Hvorfor oppheves forbudet?').fill(reason);
  await lift.getByRole('button', { name: 'Opphev forbud' }).click();
  await expect(lift).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Besøksforbudet mot ${visitor} er opphevet.` })).toBeVisible();

  // No longer among the bans in force …
  await expect(bans.getByRole('row').filter({ hasText: run })).toHaveCount(0);
  await sjekkUU(page);

  // … but among the lifted ones, lifted today by the miljøterapeut with the reason.
  await bans.getByRole('checkbox', { name: 'Vis også opphevede og utløpte' }).check();
  const liftedRow = bans.getByRole('table', { name: 'Besøksforbud' }).getByRole('row').filter({ hasText: run });
  await expect(liftedRow).toContainText(`Opphevet ${todayNorwegian()} av Berit Bakken, ansatt ved botiltak: ${reason}`);
  await expect(liftedRow).toContainText(`Fra ${todayNorwegian()}, utestengt til ${todayNorwegian()}`);
  await expect(liftedRow.getByRole('button', { name: 'Opphev forbud' })).toHaveCount(0);
  await sjekkUU(page);
});
