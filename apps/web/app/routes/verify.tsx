import { normaliseCertificateCode } from '@destalk/core/certificates/code';
import { Button, Card, Container, PageHeader, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, redirect } from 'react-router';
import type { Route } from './+types/verify';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

/** Public: the form to type a code (a GET form, so it works without JavaScript and sets no cookie). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { t } = await getTranslator(request, context);
  const typed = new URL(request.url).searchParams.get('code');
  if (typed) throw redirect(`/verify/${encodeURIComponent(normaliseCertificateCode(typed) ?? typed.slice(0, 40))}`);
  return { title: t('certificates:verify.title') };
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export function VerifyForm() {
  const { t } = useTranslation();
  return (
    <Form method="get" action="/verify" className="flex flex-wrap items-end gap-3">
      <TextField name="code" label={t('certificates:verify.codeLabel')} description={t('certificates:verify.codeHint')} autoComplete="off" maxLength={40} className="min-w-64 flex-1" />
      <Button type="submit">{t('certificates:verify.submit')}</Button>
    </Form>
  );
}

export default function Verify() {
  const { t } = useTranslation();
  return (
    <Container size="narrow">
      <PageHeader title={t('certificates:verify.title')} lead={t('certificates:verify.lead')} />
      <Card>
        <VerifyForm />
      </Card>
    </Container>
  );
}
