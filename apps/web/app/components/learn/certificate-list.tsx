import { Badge, buttonClass, Card } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';

export interface CertificateItem {
  id: string;
  code: string;
  courseTitle: string;
  status: 'valid' | 'expired' | 'revoked';
  dateLine: string;
  refresherDue: boolean;
  /** Open refresher cohorts the learner may join, when the refresher is due. */
  refreshers: Array<{ cohortId: string; cohortTitle: string }>;
}

const TONE = { valid: 'success', expired: 'warning', revoked: 'danger' } as const;

/** The learner's certificates: status, download, and the refresher when it is due. */
export function CertificateList({ certificates }: { certificates: CertificateItem[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="certificates-title" className="flex flex-col gap-3">
      <h2 id="certificates-title" className="text-2xl">
        {t('certificates:mineTitle')}
      </h2>
      {certificates.length === 0 ? <p className="text-muted">{t('certificates:mineNone')}</p> : null}
      {certificates.map((c) => (
        <Card key={c.id} as="article">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h3 className="text-xl">{c.courseTitle}</h3>
              <p className="text-sm text-muted">
                {c.dateLine} · {t('certificates:code', { code: c.code })}
              </p>
            </div>
            <Badge tone={TONE[c.status]}>{t(`certificates:status.${c.status}`)}</Badge>
          </div>
          {c.status !== 'revoked' ? (
            <p className="mt-4">
              <a href={`/learn/certificates/${c.id}/pdf`} className={buttonClass('secondary')} download aria-label={t('certificates:downloadOf', { course: c.courseTitle })}>
                {t('certificates:download')}
              </a>
            </p>
          ) : null}
          {c.refresherDue ? (
            <div className="mt-4 rounded-md border-s-4 border-warning bg-warning-soft px-4 py-3">
              <p className="font-medium">{t('certificates:refresherDue')}</p>
              {c.refreshers.length === 0 ? <p className="mt-1 text-sm">{t('certificates:refresherNone')}</p> : null}
              {c.refreshers.map((r) => (
                <Form key={r.cohortId} method="post" className="mt-3 flex flex-wrap items-center gap-3">
                  <input type="hidden" name="intent" value="enrol" />
                  <input type="hidden" name="cohortId" value={r.cohortId} />
                  <input type="hidden" name="cohortTitle" value={r.cohortTitle} />
                  <button type="submit" className={buttonClass('primary')}>
                    {t('certificates:refresherOpen')}
                  </button>
                  <span className="text-sm">{r.cohortTitle}</span>
                </Form>
              ))}
            </div>
          ) : null}
        </Card>
      ))}
      <p className="text-sm">
        <Link to="/verify">{t('certificates:verify.title')}</Link>
      </p>
    </section>
  );
}
