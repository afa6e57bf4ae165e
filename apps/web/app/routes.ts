import { index, layout, type RouteConfig, route } from '@react-router/dev/routes';

export default [
  // Public pages: the exit control and no cookie unless the visitor picks a language.
  layout('routes/public-layout.tsx', [
    index('routes/home.tsx'),
    route('browsing-safely', 'routes/browsing-safely.tsx'),
    route('sign-in', 'routes/sign-in.tsx'),
    route('sign-in/two-factor', 'routes/sign-in-two-factor.tsx'),
    route('sign-up', 'routes/sign-up.tsx'),
    route('sign-up/check-email', 'routes/check-email.tsx'),
    route('verify-email', 'routes/verify-email.tsx'),
    route('forgot-password', 'routes/forgot-password.tsx'),
    route('reset-password', 'routes/reset-password.tsx'),
    route('magic-link', 'routes/magic-link.tsx'),
    route('magic-link/verify', 'routes/magic-link-verify.tsx'),
    route('invitations/:token', 'routes/invitation.tsx'),
  ]),
  route('language', 'routes/language.ts'),
  route('sign-out', 'routes/sign-out.ts'),
  // Signed-in pages: every loader and action checks the actor itself.
  layout('routes/app-layout.tsx', [
    route('dashboard', 'routes/dashboard.tsx'),
    route('account', 'routes/account.tsx'),
    route('account/security', 'routes/account-security.tsx'),
    route('account/two-factor', 'routes/account-two-factor.tsx'),
    route('account/sessions', 'routes/account-sessions.tsx'),
    route('org/:organisationId', 'routes/org-members.tsx'),
    route('org/:organisationId/audit', 'routes/org-audit.tsx'),
    route('admin', 'routes/admin-layout.tsx', [
      index('routes/admin-overview.tsx'),
      route('regions', 'routes/admin-regions.tsx'),
      route('regions/:regionId', 'routes/admin-region.tsx'),
      route('organisations', 'routes/admin-organisations.tsx'),
      route('organisations/new', 'routes/admin-organisation-new.tsx'),
      route('organisations/:organisationId', 'routes/admin-organisation.tsx'),
      route('users', 'routes/admin-users.tsx'),
      route('outbox', 'routes/admin-outbox.tsx'),
      route('outbox/:emailId', 'routes/admin-outbox-email.tsx'),
      route('jobs', 'routes/admin-jobs.tsx'),
      route('audit', 'routes/admin-audit.tsx'),
    ]),
  ]),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
