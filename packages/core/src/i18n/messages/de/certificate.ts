import type { Translation } from '../catalogue.ts';
import type en from '../en/certificate.ts';

const certificate: Translation<typeof en> = {
  title: 'Teilnahmebescheinigung',
  certifies: 'Hiermit wird bescheinigt, dass',
  completed: 'den Kurs erfolgreich abgeschlossen hat',
  issued: 'Ausgestellt am {date}',
  validUntil: 'Gültig bis {date}',
  code: 'Prüfcode',
  verifyAt: 'Die Gültigkeit dieser Bescheinigung können Sie unter {url} prüfen',
  expiredNote: 'Diese Bescheinigung ist am {date} abgelaufen.',
  completedPathway: 'hat den Lernpfad abgeschlossen',
};
export default certificate;
