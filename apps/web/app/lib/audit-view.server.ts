import type { AuditEventView } from '@destalk/core/audit/list-audit-events';
import type { Translate } from '@destalk/core/i18n/translator';
import { formatDateTime } from './format.ts';

/** Audit rows as the page shows them: translated event names, readable details. */
export function presentAuditEvents(events: AuditEventView[], t: Translate, locale: string) {
  return events.map((e) => ({
    id: e.id,
    when: formatDateTime(e.occurredAt, locale),
    event: t(`admin:auditEvents.${e.event}`),
    actor: e.actorName ?? '—',
    subject: e.subjectName ?? (e.subjectType ? '—' : ''),
    organisation: e.organisationName ?? '',
    details: Object.entries(e.data)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', '),
  }));
}

export type PresentedAuditEvent = ReturnType<typeof presentAuditEvents>[number];
