import { Badge, Button } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';

export interface PostItem {
  id: string;
  author: string;
  mine: boolean;
  title: string | null;
  body: string | null;
  date: string;
  pinned: boolean;
  hidden: boolean;
}

/** One post: author and date, the text (plain, line breaks kept), and moderation for facilitators. */
export function DiscussionPost({ post, moderator, isThread }: { post: PostItem; moderator: boolean; isThread: boolean }) {
  const { t } = useTranslation();
  return (
    <article className={`rounded-lg border bg-surface p-4 ${post.hidden ? 'border-dashed border-line-strong' : 'border-line'}`}>
      <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
        <span>{t('teach:discussion.by', { author: post.mine ? t('teach:discussion.you') : post.author, date: post.date })}</span>
        {post.pinned ? <Badge tone="accent">{t('teach:discussion.pinned')}</Badge> : null}
        {post.hidden && moderator ? <Badge tone="warning">{t('teach:discussion.hidden')}</Badge> : null}
      </p>
      {post.body === null ? (
        <p className="mt-2 italic text-muted">{t('teach:discussion.hiddenForYou')}</p>
      ) : post.body === '' ? (
        // Its author deleted their account: the post keeps its place in the thread, not its words.
        <p className="mt-2 italic text-muted">{t('privacy:discussion.removed')}</p>
      ) : (
        <p className="mt-2 whitespace-pre-line">{post.body}</p>
      )}
      {moderator ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {isThread ? (
            <Form method="post">
              <input type="hidden" name="intent" value={post.pinned ? 'unpin' : 'pin'} />
              <input type="hidden" name="postId" value={post.id} />
              <Button type="submit" variant="quiet">
                {post.pinned ? t('teach:discussion.unpin') : t('teach:discussion.pin')}
              </Button>
            </Form>
          ) : null}
          <Form method="post">
            <input type="hidden" name="intent" value={post.hidden ? 'show' : 'hide'} />
            <input type="hidden" name="postId" value={post.id} />
            <Button type="submit" variant="quiet">
              {post.hidden ? t('teach:discussion.show') : t('teach:discussion.hide')}
            </Button>
          </Form>
        </div>
      ) : null}
    </article>
  );
}
