import { previewMarkdown } from '@destalk/core/authoring/queries';
import { isLocale } from '@destalk/core/i18n/locales';
import { data } from 'react-router';
import type { Route } from './+types/author-markdown-preview';
import { requireActor } from '../lib/actor.server.ts';
import { readForm } from '../lib/forms.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';

/** The live preview of the lesson editor: Markdown in, the sanitised HTML learners would get out. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const form = await readForm(request);
  if (!isLocale(form.lang)) throw data({ code: 'bad_request' }, { status: 400 });
  const lang = form.lang;
  return guardLoader(request, async () => ({ html: await previewMarkdown(context.platform, actor, params.slug, form.markdown ?? '', lang) }));
}
