import { type CoursePackage, coursePackageSchema, type CoursePackageInput } from '../schema.ts';

const text = (value: string) => new TextEncoder().encode(value);
/** A 1×1 transparent PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));

/** Assets of the optional lesson: an image, a captioned video with a transcript, a download. */
export const SAMPLE_ASSETS = [
  { name: 'signs.png', bytes: PNG },
  { name: 'intro.mp4', bytes: text('not really a video, but bytes to serve') },
  { name: 'intro.en.vtt', bytes: text('WEBVTT\n\n00:00.000 --> 00:02.000\nWelcome.\n') },
  { name: 'intro.en.txt', bytes: text('Welcome. This video shows where to look.') },
  { name: 'safety-plan.pdf', bytes: text('%PDF-1.4\n% sample\n') },
];

const OPTIONAL_READING = [
  '> [!WARNING]',
  '> Removing an app can alert the person who installed it.',
  '',
  '![Warning signs on a phone](assets/signs.png)',
  '',
  '![How stalkerware gets onto a phone](assets/intro.mp4)',
  '',
  'Download the [safety plan template](assets/safety-plan.pdf).',
  '',
  '![Tracking pixel](https://tracker.example/pixel.png)',
].join('\n');

/**
 * A small course with everything a package can hold: two languages, audience branches, a
 * knowledge check, a module quiz with a scenario item and a final quiz. Tests build variants.
 */
export function samplePackageInput(overrides: Partial<CoursePackageInput> = {}): CoursePackageInput {
  return {
    slug: 'sample-course',
    defaultLocale: 'en',
    locales: ['en', 'it'],
    certificateValidityMonths: 12,
    title: { en: 'Recognising technology-facilitated abuse', it: 'Riconoscere la violenza facilitata dalla tecnologia' },
    summary: { en: 'A short sample course.', it: 'Un breve corso di esempio.' },
    selfAssessment: {
      statements: [
        { key: 'know-signs', dimension: 'knowledge', text: { en: 'I know the warning signs of stalkerware.', it: 'Conosco i segnali dello stalkerware.' } },
        { key: 'confident-ask', dimension: 'confidence', text: { en: 'I feel confident asking about technology at intake.', it: 'Mi sento sicura nel chiedere della tecnologia al primo colloquio.' } },
      ],
    },
    modules: [
      {
        key: 'forms',
        title: { en: 'Forms of digital abuse', it: 'Forme di violenza digitale' },
        lessons: [
          { key: 'overview', title: { en: 'Overview', it: 'Panoramica' }, body: { en: '## Overview\n\nText.', it: '## Panoramica\n\nTesto.' }, knowledgeCheck: ['kc-1'] },
          { key: 'support-intake', audience: 'victim_support', title: { en: 'Asking at intake' }, body: { en: 'Ask about devices.' } },
          { key: 'perp-naming', audience: 'perpetrator_programme', title: { en: 'Naming control' }, body: { en: 'Name the behaviour.' } },
          { key: 'optional-reading', required: false, title: { en: 'Further reading' }, body: { en: OPTIONAL_READING } },
        ],
        quiz: { key: 'quiz-forms', title: { en: 'Module quiz' }, passMark: 60, attemptLimit: 2, shuffle: false, items: ['q-single', 'q-multiple', 'q-scenario'] },
      },
      {
        key: 'responding',
        audience: 'all',
        title: { en: 'Responding' },
        lessons: [{ key: 'safety-first', title: { en: 'Safety first' }, body: { en: 'Plan before removing.' } }],
      },
    ],
    assets: SAMPLE_ASSETS,
    finalQuiz: { key: 'final', title: { en: 'Final quiz' }, passMark: 50, attemptLimit: 3, items: ['q-true-false'] },
    items: [
      {
        key: 'kc-1',
        type: 'true_false',
        stem: { en: 'Stalkerware always shows an icon.' },
        options: [
          { key: 't', text: { en: 'True' } },
          { key: 'f', text: { en: 'False' }, correct: true, feedback: { en: 'Stalkerware hides itself.' } },
        ],
      },
      {
        key: 'q-single',
        type: 'single',
        stem: { en: 'What comes first?' },
        options: [
          { key: 'a', text: { en: 'Remove the app' }, feedback: { en: 'This may alert the abuser.' } },
          { key: 'b', text: { en: 'A safety plan' }, correct: true, feedback: { en: 'Plan first.' } },
        ],
      },
      {
        key: 'q-multiple',
        type: 'multiple',
        stem: { en: 'Which can reveal a location?' },
        options: [
          { key: 'a', text: { en: 'Shared cloud accounts' }, correct: true },
          { key: 'b', text: { en: 'A tracker in a bag' }, correct: true },
          { key: 'c', text: { en: 'A paper diary' } },
        ],
      },
      {
        key: 'q-scenario',
        type: 'scenario',
        vignette: { en: 'Ana says her partner knows where she has been.' },
        questions: [
          {
            key: 'q-scenario-1',
            type: 'single',
            stem: { en: 'What do you ask first?' },
            options: [
              { key: 'a', text: { en: 'Whether she feels safe now' }, correct: true, feedback: { en: 'Safety comes first.' } },
              { key: 'b', text: { en: 'To hand over the phone' }, feedback: { en: 'Not without consent and a plan.' } },
            ],
          },
        ],
      },
      {
        key: 'q-true-false',
        type: 'true_false',
        stem: { en: '“No finding” proves a phone is free of stalkerware.' },
        options: [
          { key: 't', text: { en: 'True' } },
          { key: 'f', text: { en: 'False' }, correct: true },
        ],
      },
    ],
    ...overrides,
  };
}

export function samplePackage(overrides: Partial<CoursePackageInput> = {}): CoursePackage {
  return coursePackageSchema.parse(samplePackageInput(overrides));
}
