import { authorizePlatform } from '@destalk/core/organisations/policies';
import { Outlet } from 'react-router';
import type { Route } from './+types/admin-layout';
import { AdminNav } from '../components/admin-nav.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { loaderError } from '../lib/errors.server.ts';

/** Guards the admin shell only; each admin page authorises itself as well. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  try {
    authorizePlatform(actor, 'platform.manageOrganisations');
  } catch (error) {
    loaderError(error, request);
  }
  return null;
}

export default function AdminLayout() {
  return (
    <>
      <AdminNav />
      <Outlet />
    </>
  );
}
