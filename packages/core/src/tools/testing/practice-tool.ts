import { SUPPORTED_LOCALES } from '../../i18n/locales.ts';
import { parseTool, type Tool } from '../load.ts';
import type { ToolLibrary } from '../load.ts';

/**
 * A small tool for tests, independent of the shipped content: two questions, two flags, one
 * practice case (which raises `tracked`).
 */
export function practiceTool(slug = 'practice-tool'): Tool {
  const texts = (lang: string) => `
title: Practice tool ${lang}
summary: A tool for tests (${lang}).
purpose: Testing (${lang}).
sections: { devices: { title: Devices ${lang} } }
questions:
  location: { label: Does the partner know where she is? (${lang}) }
  notes: { label: Notes (${lang}) }
  channels: { label: Channels (${lang}), options: { sms: SMS, social: Social media } }
flags:
  tracked: { title: Possible tracking (${lang}), explanation: Explained (${lang}) }
  harassed: { title: Harassment (${lang}), explanation: Explained (${lang}) }
steps:
  plan-first: Plan safety first (${lang})
  document: Document it (${lang})
practice:
  case-one: { title: Case one (${lang}), story: A fictional story (${lang}) }
sources: [{ title: A source, publisher: A publisher, year: 2024, url: 'https://example.org/source' }]
`;
  const files: Record<string, string> = {
    'tool.yaml': `
slug: ${slug}
version: 1.2.0
updated: 2026-11-28
audiences: [victim_support]
mode: form
sections:
  - key: devices
    questions:
      - { key: location, type: yesno }
      - { key: channels, type: multi, options: [sms, social] }
      - { key: notes, type: text }
flags:
  - { key: tracked, level: urgent, when: { q: location, in: [yes, unsure] }, steps: [plan-first] }
  - { key: harassed, level: attention, when: { q: channels, in: [social] }, steps: [document, plan-first] }
practice:
  - { key: case-one, answers: { location: yes, channels: [sms] } }
`,
  };
  for (const lang of SUPPORTED_LOCALES) {
    files[`${lang}.yaml`] = texts(lang);
    files[`${lang}.md`] = `## How to use it (${lang})\n\nAsk the questions [1].\n`;
  }
  return parseTool(slug, files);
}

export function libraryOf(...tools: Tool[]): ToolLibrary {
  const bySlug = new Map(tools.map((t) => [t.structure.slug, t]));
  return { list: () => tools, get: (slug) => bySlug.get(slug) };
}
