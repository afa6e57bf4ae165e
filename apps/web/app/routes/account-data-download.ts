import { exportPersonalData } from '@destalk/core/privacy/commands/export-personal-data';
import { toolLanguage } from '@destalk/core/tools/load';
import { redirect } from 'react-router';
import type { Route } from './+types/account-data-download';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { toolLibrary } from '../lib/tools.server.ts';

/**
 * "Download my data": a POST (it writes to the request log), answered with the file itself. The
 * export is only ever the signed-in person's own; never cached, never stored on the server.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const tools = toolLibrary(context.platform);
    const { filename, document } = await exportPersonalData(context.platform, actor, {
      locale,
      requestId: context.requestId,
      toolTitle: (slug) => {
        const tool = tools.get(slug);
        return tool ? toolLanguage(tool, locale).texts.title : undefined;
      },
    });
    return new Response(`${JSON.stringify(document, null, 2)}\n`, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  });
}

/** Opening the address itself shows the page with the button. */
export async function loader({ request, context }: Route.LoaderArgs) {
  await requireActor(request, context);
  return redirect('/account/data');
}
