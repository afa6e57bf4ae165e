import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';

const arrow = 'inline-flex size-8 cursor-pointer items-center justify-center rounded-md border border-line-strong bg-surface text-ink hover:bg-surface-muted disabled:cursor-not-allowed disabled:opacity-40';

/**
 * Up and down as two small forms: the keyboard (and no-JavaScript) way to reorder; each button
 * says what it moves for screen readers.
 */
export function MoveButtons({ intent, itemKey, name, index, count, extra = {} }: { intent: string; itemKey: string; name: string; index: number; count: number; extra?: Record<string, string> }) {
  const { t } = useTranslation();
  const hidden = (to: number) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="key" value={itemKey} />
      <input type="hidden" name="to" value={to} />
      {Object.entries(extra).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
    </>
  );
  return (
    <span className="inline-flex gap-1">
      <Form method="post" preventScrollReset>
        {hidden(index - 1)}
        <button type="submit" className={arrow} disabled={index === 0} aria-label={t('teach:author.moveUp', { name })}>
          ↑
        </button>
      </Form>
      <Form method="post" preventScrollReset>
        {hidden(index + 1)}
        <button type="submit" className={arrow} disabled={index === count - 1} aria-label={t('teach:author.moveDown', { name })}>
          ↓
        </button>
      </Form>
    </span>
  );
}
