import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PublicShell } from '../components/public-shell.tsx';
import { shellInfo, useRootData } from '../root.tsx';

/** Public pages share the shell with the exit control; they need no data of their own. */
export default function PublicLayout() {
  const root = useRootData();
  const { i18n } = useTranslation();
  return (
    <PublicShell info={shellInfo(root, i18n.language)}>
      <Outlet />
    </PublicShell>
  );
}
