import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import type { Route } from './+types/app-layout';
import { AppShell } from '../components/app-shell.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { shellInfo, useRootData } from '../root.tsx';

/** The signed-in shell. Its check guards only the shell: every child route checks again. */
export async function loader({ request, context }: Route.LoaderArgs) {
  await requireActor(request, context);
  return null;
}

export default function AppLayout() {
  const root = useRootData();
  const { i18n } = useTranslation();
  const user = root?.user ?? { isPlatformAdmin: false, isMember: false, coordinates: [], runsCohorts: [] };
  return (
    <AppShell info={shellInfo(root, i18n.language)} user={user}>
      <Outlet />
    </AppShell>
  );
}
