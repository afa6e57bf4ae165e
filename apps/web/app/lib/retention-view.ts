import type { Translate } from '@destalk/core/i18n/translator';
import type { RetentionPeriod } from '@destalk/core/privacy/retention-periods';

export interface RetentionRow {
  data: string;
  period: string;
  /** The environment variable to change it, "each event", or "fixed". */
  setting: string;
  /** True when `setting` is an environment variable's name (shown as code). */
  variable: boolean;
}

/** One retention period as a table row in the reader's language. */
export function describeRetention(p: RetentionPeriod, t: Translate): RetentionRow {
  const days = p.days ?? 0;
  const period = (() => {
    switch (p.after) {
      case 'accountDeletion':
        return p.data === 'account' ? t('privacy:retention.untilDeletion') : t('privacy:retention.anonymisedOnDeletion');
      case 'eventEnd':
        if (!p.perEvent) return t('privacy:retention.afterEventNone');
        return p.perEvent.min === p.perEvent.max ? t('privacy:retention.afterEvent', { min: p.perEvent.min }) : t('privacy:retention.afterEventRange', p.perEvent);
      case 'saving':
        return t('privacy:retention.afterSaving', { days });
      case 'recording':
        return t('privacy:retention.afterRecording', { days });
      case 'sending':
        return t('privacy:retention.afterSending', { days });
      case 'lastUse':
        return t('privacy:retention.afterLastUse', { days });
      case 'finishing':
        return t('privacy:retention.afterFinishing', { days });
      case 'closing':
        return t('privacy:retention.afterClosing', { days });
      case 'expiry':
        return t('privacy:retention.untilExpiry');
    }
  })();
  const variable = p.setting !== null && p.setting !== 'event';
  const setting = p.setting === 'event' ? t('privacy:retention.perEvent') : (p.setting ?? t('privacy:retention.fixed'));
  return { data: t(`privacy:retention.data.${p.data}`), period, setting, variable };
}
