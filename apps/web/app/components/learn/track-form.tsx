import { Button, SelectField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';

const TRACKS = ['victim_support', 'perpetrator_programme', 'public_authority'] as const;

/** The learner's track (audience branch) and the way to change it. */
export function TrackForm({ audience, errors }: { audience: string; errors?: string[] }) {
  const { t } = useTranslation();
  return (
    <details className="rounded-lg border border-line bg-surface px-4 py-3" open={Boolean(errors?.length)}>
      <summary className="cursor-pointer font-medium">{t('learn:track.current', { track: t(`learn:track.names.${audience}`) })}</summary>
      <Form method="post" className="mt-3 flex flex-wrap items-end gap-3">
        <input type="hidden" name="intent" value="track" />
        <SelectField name="audience" label={t('learn:track.label')} description={t('learn:track.hint')} defaultValue={audience} options={TRACKS.map((v) => ({ value: v, label: t(`learn:track.names.${v}`) }))} errors={errors} className="min-w-64 flex-1" />
        <Button type="submit" variant="secondary">
          {t('learn:track.change')}
        </Button>
      </Form>
    </details>
  );
}
