import { Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import type { RetentionRow } from '../lib/retention-view.ts';

/** The retention periods in force; the setting column is for admins, who can change them. */
export function RetentionTable({ rows, showSetting }: { rows: RetentionRow[]; showSetting: boolean }) {
  const { t } = useTranslation();
  return (
    <Table caption={t('privacy:retention.caption')} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t('privacy:retention.dataColumn')}</th>
          <th scope="col">{t('privacy:retention.periodColumn')}</th>
          {showSetting ? <th scope="col">{t('privacy:retention.settingColumn')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.data}>
            <th scope="row" className="border-t border-line font-medium">
              {r.data}
            </th>
            <td>{r.period}</td>
            {showSetting ? <td>{r.variable ? <code className="text-xs">{r.setting}</code> : r.setting}</td> : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
