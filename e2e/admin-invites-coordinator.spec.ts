import { enrolTwoFactor, signIn } from './support/auth.ts';
import { DEMO_PASSWORD, expect, expectAccessible, test, uniqueEmail } from './support/fixtures.ts';
import { linkIn, waitForMail } from './support/mail.ts';

test.describe('administration', () => {
  test('an admin creates an organisation and invites a coordinator, who must enrol 2FA before the coordinator area', async ({ page, browser }) => {
    const slug = `org-${Date.now()}`;
    await signIn(page, 'admin@demo.destalk.test', DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/account\/two-factor\?required=1$/);
    await enrolTwoFactor(page, DEMO_PASSWORD);

    await page.goto('/admin/organisations/new');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await expect(page.getByRole('alert').getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill('Harbour Light Support Centre');
    await page.getByLabel('Short name').fill(slug);
    await page.getByLabel('Sector').selectOption('womens_support_service');
    await page.getByLabel('Country').selectOption('AT');
    await page.getByLabel('Region').selectOption({ label: 'Demo Region' });
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await expect(page.getByText('Organisation Harbour Light Support Centre created.')).toBeVisible();
    await expectAccessible(page);
    const organisationUrl = page.url();

    const coordinatorEmail = uniqueEmail('coordinator');
    await page.getByLabel('E-mail address').fill(coordinatorEmail);
    await page.getByLabel('Role').selectOption('coordinator');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByText(`Invitation sent to ${coordinatorEmail}.`)).toBeVisible();

    const mail = await waitForMail(coordinatorEmail, 'You have been invited to a training space');
    expect(mail.text).toContain('Alex Admin invites you to join Harbour Light Support Centre on DeStalk as coordinator.');

    const invitee = await browser.newContext();
    const coordinator = await invitee.newPage();
    await coordinator.goto(linkIn(mail));
    await expect(coordinator.getByText('You have been invited to join Harbour Light Support Centre as coordinator.')).toBeVisible();
    await expectAccessible(coordinator);
    await coordinator.getByLabel('Your name').fill('Carla Coordinator');
    await coordinator.getByLabel('Password').fill('carla-password-2026');
    await coordinator.getByRole('button', { name: 'Create account and join' }).click();
    await expect(coordinator).toHaveURL(/\/account\/two-factor\?required=1$/);

    const organisationId = new URL(organisationUrl).pathname.split('/').pop();
    await coordinator.goto(`/org/${organisationId}`);
    await expect(coordinator).toHaveURL(/\/account\/two-factor\?required=1$/);
    await enrolTwoFactor(coordinator, 'carla-password-2026');
    await coordinator.goto(`/org/${organisationId}`);
    await expect(coordinator.getByRole('heading', { level: 1, name: 'Harbour Light Support Centre' })).toBeVisible();
    await expect(coordinator.getByRole('row', { name: /Carla Coordinator/ })).toHaveCount(1);
    await expectAccessible(coordinator);
    await invitee.close();

    // The admin sees the whole trail in the audit log.
    await page.goto('/admin/audit');
    await expect(page.getByRole('cell', { name: 'Invitation accepted' }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Organisation created' }).first()).toBeVisible();
    await expectAccessible(page);
    for (const path of ['/admin', '/admin/regions', '/admin/organisations', '/admin/users', '/admin/outbox', '/admin/jobs']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
  });
});
