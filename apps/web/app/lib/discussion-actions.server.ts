import type { Actor } from '@destalk/core/accounts/actor';
import { hidePost, pinThread, setDigest } from '@destalk/core/discussion/commands';
import type { Translate } from '@destalk/core/i18n/translator';
import type { AppLoadContext } from 'react-router';

/** The moderation and digest buttons shared by the thread list and a thread page; null if not one of them. */
export async function discussionIntent(context: AppLoadContext, actor: Actor, cohortId: string, form: Record<string, string>, t: Translate): Promise<{ done: string } | null> {
  const postId = form.postId ?? '';
  switch (form.intent) {
    case 'pin':
    case 'unpin':
      await pinThread(context.platform, actor, cohortId, postId, form.intent === 'pin');
      return { done: '' };
    case 'hide':
    case 'show':
      await hidePost(context.platform, actor, cohortId, postId, form.intent === 'hide');
      return { done: '' };
    case 'digest-on':
    case 'digest-off':
      await setDigest(context.platform, actor, cohortId, form.intent === 'digest-on');
      return { done: form.intent === 'digest-on' ? t('teach:discussion.digestStarted') : t('teach:discussion.digestStopped') };
    default:
      return null;
  }
}
