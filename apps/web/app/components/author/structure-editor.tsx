import type { DraftDocument } from '@destalk/core/authoring/draft';
import { Badge, Button, buttonClass, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import { DragList } from './drag-list.tsx';
import { MoveButtons } from './move-buttons.tsx';

const AUDIENCES = ['all', 'victim_support', 'perpetrator_programme', 'public_authority'] as const;

function text(map: Partial<Record<string, string>>, lang: string, fallback: string): string {
  return map[lang] ?? map[fallback] ?? Object.values(map)[0] ?? '';
}

function RemoveButton({ intent, itemKey, name }: { intent: string; itemKey: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" preventScrollReset>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="key" value={itemKey} />
      <Button type="submit" variant="quiet" aria-label={t('teach:author.removeNamed', { name })}>
        {t('teach:author.remove')}
      </Button>
    </Form>
  );
}

/** Modules, their lessons and quizzes, in order: reorder, add, rename, remove. */
export function StructureEditor({ doc, lang, base }: { doc: DraftDocument; lang: string; base: string }) {
  const { t } = useTranslation();
  const query = `?lang=${lang}`;
  const audienceOptions = AUDIENCES.map((a) => ({ value: a, label: t(`teach:author.audienceNames.${a}`) }));
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted">{t('teach:author.structureHint')}</p>
      <DragList
        items={doc.modules}
        intent="moveModule"
        className="flex flex-col gap-4"
        render={(module, index) => {
          const moduleName = text(module.title, lang, doc.defaultLocale);
          return (
            <section aria-labelledby={`module-${module.key}`} className="rounded-lg border border-line bg-surface p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id={`module-${module.key}`} className="flex flex-wrap items-center gap-2 text-lg">
                  <span aria-hidden="true" className="cursor-grab text-muted">
                    ⋮⋮
                  </span>
                  {index + 1}. {moduleName}
                  {module.audience !== 'all' ? <Badge tone="accent">{t(`teach:author.audienceNames.${module.audience}`)}</Badge> : null}
                </h3>
                <span className="flex items-center gap-2">
                  <MoveButtons intent="moveModule" itemKey={module.key} name={moduleName} index={index} count={doc.modules.length} />
                  <RemoveButton intent="removeModule" itemKey={module.key} name={moduleName} />
                </span>
              </div>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium">{t('teach:author.moduleTitle')}</summary>
                <Form method="post" className="mt-2 flex flex-wrap items-end gap-3" preventScrollReset>
                  <input type="hidden" name="intent" value="updateModule" />
                  <input type="hidden" name="key" value={module.key} />
                  <TextField id={`module-title-${module.key}`} name="title" label={t('teach:author.moduleTitle')} defaultValue={module.title[lang as keyof typeof module.title] ?? ''} className="min-w-64 flex-1" />
                  <SelectField id={`module-audience-${module.key}`} name="audience" label={t('teach:author.audience')} defaultValue={module.audience} options={audienceOptions} />
                  <Button type="submit" variant="secondary">
                    {t('teach:author.save')}
                  </Button>
                </Form>
              </details>
              <DragList
                items={module.lessons}
                intent="moveLesson"
                extra={{ moduleKey: module.key }}
                className="mt-3 divide-y divide-line rounded-md border border-line"
                render={(lesson, li) => {
                  const lessonName = text(lesson.title, lang, doc.defaultLocale);
                  return (
                    <div className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                      <span className="flex flex-wrap items-center gap-2">
                        <span aria-hidden="true" className="cursor-grab text-muted">
                          ⋮⋮
                        </span>
                        <Link to={`${base}/lessons/${lesson.key}${query}`}>{lessonName}</Link>
                        {lesson.audience !== 'all' ? <Badge tone="accent">{t(`teach:author.audienceNames.${lesson.audience}`)}</Badge> : null}
                        {!lesson.required ? <Badge>{t('teach:author.optional')}</Badge> : null}
                        {!lesson.body[lang as keyof typeof lesson.body] ? <Badge tone="warning">{t('teach:author.noText')}</Badge> : null}
                      </span>
                      <span className="flex items-center gap-2">
                        <MoveButtons intent="moveLesson" itemKey={lesson.key} name={lessonName} index={li} count={module.lessons.length} extra={{ moduleKey: module.key }} />
                        <RemoveButton intent="removeLesson" itemKey={lesson.key} name={lessonName} />
                      </span>
                    </div>
                  );
                }}
              />
              {/* Keyed by the count so a successful add clears the field. */}
              <Form key={`add-lesson-${module.lessons.length}`} method="post" className="mt-3 flex flex-wrap items-end gap-3" preventScrollReset>
                <input type="hidden" name="intent" value="addLesson" />
                <input type="hidden" name="moduleKey" value={module.key} />
                <TextField id={`new-lesson-${module.key}`} name="title" label={t('teach:author.lessonTitle')} className="min-w-64 flex-1" />
                <Button type="submit" variant="secondary">
                  {t('teach:author.addLesson')}
                </Button>
              </Form>
              <p className="mt-3 flex flex-wrap items-center gap-3 text-sm">
                <span className="font-medium">{t('teach:author.quiz')}:</span>
                <span className="text-muted">{module.quiz ? t('teach:author.quizSummary', { count: module.quiz.items.length, passMark: module.quiz.passMark, attempts: module.quiz.attemptLimit }) : t('teach:author.quizNone')}</span>
                <Link to={`${base}/quizzes/${module.key}${query}`}>{module.quiz ? t('teach:author.editQuiz') : t('teach:author.setUpQuiz')}</Link>
              </p>
            </section>
          );
        }}
      />
      <Form key={`add-module-${doc.modules.length}`} method="post" className="flex flex-wrap items-end gap-3 rounded-lg border border-dashed border-line-strong p-4" preventScrollReset>
        <input type="hidden" name="intent" value="addModule" />
        <TextField id="new-module-title" name="title" label={t('teach:author.moduleTitle')} className="min-w-64 flex-1" />
        <SelectField id="new-module-audience" name="audience" label={t('teach:author.audience')} defaultValue="all" options={audienceOptions} />
        <Button type="submit" variant="secondary">
          {t('teach:author.addModule')}
        </Button>
      </Form>
      <p className="flex flex-wrap items-center gap-3">
        <span className="font-medium">{t('teach:author.finalQuiz')}:</span>
        <span className="text-muted">{doc.finalQuiz ? t('teach:author.quizSummary', { count: doc.finalQuiz.items.length, passMark: doc.finalQuiz.passMark, attempts: doc.finalQuiz.attemptLimit }) : t('teach:author.quizNone')}</span>
        <Link to={`${base}/quizzes/final${query}`} className={buttonClass('quiet')}>
          {doc.finalQuiz ? t('teach:author.editQuiz') : t('teach:author.setUpQuiz')}
        </Link>
      </p>
    </div>
  );
}
