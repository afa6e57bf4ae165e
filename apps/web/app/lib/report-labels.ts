import type { ReportLabels } from '../components/report-body.tsx';

/** The labels of a report, translated (server for downloads, browser for the page). */
export function reportLabels(t: (key: string) => string): ReportLabels {
  return {
    app: t('check:report.app'),
    seen: t('check:report.seen'),
    where: t('check:report.where'),
    whatItMeans: t('check:report.whatItMeans'),
    whatToDo: t('check:report.whatToDo'),
    inputsTitle: t('check:report.inputsTitle'),
    indicatorsTitle: t('check:report.indicatorsTitle'),
    nextStepsTitle: t('check:report.nextStepsTitle'),
  };
}
