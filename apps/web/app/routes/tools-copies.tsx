import { authorizeTool } from '@destalk/core/tools/policies';
import { mySavedCopies } from '@destalk/core/tools/queries/saved-copies';
import { Alert, PageHeader, Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/tools-copies';
import { requireActor } from '../lib/actor.server.ts';
import { formatDate, formatDateTime } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';
import { presentTool, toolLibrary } from '../lib/tools.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizeTool(actor, 'tool.saveCopy');
    const library = toolLibrary(context.platform);
    const titleOf = (slug: string) => {
      const tool = library.get(slug);
      return tool ? presentTool(tool, locale, { yes: '', no: '', unsure: '' }).title : slug;
    };
    return {
      title: t('practise:copies.title'),
      deleted: noticeFrom(request, ['deleted']) !== null,
      copies: (await mySavedCopies(context.platform, actor)).map((c) => ({
        id: c.id,
        tool: titleOf(c.toolSlug),
        flags: t('practise:copies.flagCount', { count: c.flagCount }),
        createdAt: formatDateTime(c.createdAt, locale),
        expiresAt: formatDate(c.expiresAt, locale),
      })),
    };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function ToolCopies({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('practise:copies.title')} lead={t('practise:copies.lead')} />
      {d.deleted ? (
        <Alert tone="success" live className="mb-6">
          {t('practise:copies.deleted')}
        </Alert>
      ) : null}
      {d.copies.length === 0 ? (
        <p className="text-muted">{t('practise:copies.none')}</p>
      ) : (
        <Table caption={t('practise:copies.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('practise:copies.tool')}</th>
              <th scope="col">{t('practise:copies.flags')}</th>
              <th scope="col">{t('practise:copies.saved')}</th>
              <th scope="col">{t('practise:copies.expires')}</th>
            </tr>
          </thead>
          <tbody>
            {d.copies.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/tools/saved/${c.id}`} className="font-medium">
                    {c.tool}
                  </Link>
                </td>
                <td>{c.flags}</td>
                <td className="whitespace-nowrap">{c.createdAt}</td>
                <td className="whitespace-nowrap">{c.expiresAt}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
