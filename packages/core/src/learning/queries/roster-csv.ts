import { stringify } from 'csv-stringify/sync';
import { asText } from '../../export/tabular.ts';
import type { Translate } from '../../i18n/translator.ts';
import type { CohortRoster } from './roster.ts';


/** The roster as CSV for a spreadsheet: UTF-8 with a byte-order mark so Excel reads accents right. */
export function rosterCsv(roster: CohortRoster, t: Translate): string {
  const header = ['name', 'email', 'status', 'waitlistPosition', 'track', 'progress', 'lastActive', 'completed', 'certificate', 'certificateStatus'].map((k) => t(`roster:${k}`));
  const rows = roster.learners.map((l) => [
    asText(l.name),
    asText(l.email),
    t(`roster:statusValue.${l.status}`),
    l.waitlistPosition ?? '',
    t(`roster:trackValue.${l.audience}`),
    `${l.percent}%`,
    l.lastActiveAt?.slice(0, 10) ?? '',
    l.completedAt?.slice(0, 10) ?? '',
    l.certificate?.code ?? '',
    l.certificate ? t(`roster:certificateValue.${l.certificate.status}`) : '',
  ]);
  return stringify([header, ...rows], { bom: true });
}
