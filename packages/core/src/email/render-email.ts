import type { EmailAttachment } from './mailer.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translator.ts';
import { type EmailContent, type EmailTemplateName, type EmailTemplates, templates } from './templates.ts';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  attachments?: EmailAttachment[];
}

export interface RenderContext {
  t: Translate;
  locale: Locale;
  appName: string;
  publicUrl: string;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Renders one template as a plain-text and an HTML part (inline styles only: mail clients strip the rest). */
export function renderEmail<K extends EmailTemplateName>(template: K, params: EmailTemplates[K], ctx: RenderContext): RenderedEmail {
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';
  const formatDay = (iso: string) => new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  const content: EmailContent = templates[template](params, { t: ctx.t, formatDate, formatDay, appName: ctx.appName });
  const greeting = content.greetingName ? ctx.t('email:greeting', { name: content.greetingName }) : ctx.t('email:greetingNoName');
  const signature = ctx.t('email:signature', { appName: ctx.appName });
  const footer = ctx.t('email:footer', { appName: ctx.appName, publicUrl: ctx.publicUrl });

  const text = [
    greeting,
    ...content.paragraphs,
    `${content.action.label}: ${content.action.url}`,
    ...content.after,
    signature,
    '--',
    footer,
  ].join('\n\n');

  const p = (s: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(s)}</p>`;
  const html = `<!doctype html>
<html lang="${ctx.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f6f8;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2330">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
${p(greeting)}
${content.paragraphs.map(p).join('\n')}
<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:#1f4e8c;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;line-height:1.5;font-size:14px;color:#4a5263">${escapeHtml(ctx.t('email:copyLink'))}<br><span style="word-break:break-all">${escapeHtml(content.action.url)}</span></p>
${content.after.map(p).join('\n')}
${p(signature)}
<hr style="border:none;border-top:1px solid #e1e4ea;margin:24px 0">
<p style="margin:0;font-size:13px;color:#4a5263">${escapeHtml(footer)}</p>
</div></body></html>`;

  return { subject: content.subject, text, html, ...(content.attachments?.length ? { attachments: content.attachments } : {}) };
}
