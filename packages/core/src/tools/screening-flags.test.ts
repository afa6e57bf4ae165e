import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanAnswers, evaluateTool } from './evaluate.ts';
import { parseTool, readToolFiles } from './load.ts';
import type { ToolAnswers } from './schema.ts';

// The shipped intake screening (content/tools/tech-abuse-screening/): which answers raise which flags and steps.
// These expectations are the tool's clinical logic; change them only together with tool.yaml and its how-to.
// Parsed on its own (same validation as loadToolLibrary) so that a problem in another tool does not hide these results;
// shipped-tools.test.ts checks the library as a whole.
const root = fileURLToPath(new URL('../../../../content/tools/', import.meta.url));
const tool = parseTool('tech-abuse-screening', readToolFiles(root)['tech-abuse-screening']!);

const flagsOf = (answers: ToolAnswers) => evaluateTool(tool.structure, answers).flags.map((f) => f.key);
const stepsOf = (answers: ToolAnswers) => evaluateTool(tool.structure, answers).steps;

/** Every structured question answered, nothing of concern: must raise nothing. */
const calm: ToolAnswers = {
  'living-situation': 'never-lived-together',
  'physical-risk': 'no',
  'safe-contact': 'in-person',
  'device-from-partner': 'no',
  'passcode-known': 'no',
  'partner-had-phone': 'no',
  'phone-signs': ['none-noticed'],
  'knows-private-content': 'no',
  'shared-accounts': ['none'],
  'passwords-known': 'no',
  'account-changes': 'no',
  'two-step': 'own-device',
  'knows-whereabouts': 'no',
  'location-shared': 'no',
  'tracker-signs': ['none'],
  'connected-home': 'no',
  'children-contact': 'no-children',
  'unwanted-messages': 'no',
  impersonation: 'no',
  'image-threat': 'no',
  'image-shared': 'no',
  'personal-data-published': 'no',
  'evidence-kept': 'yes-out-of-reach',
};

describe('the technology-abuse screening', () => {
  it('is loaded with its structure', () => {
    expect(tool).toBeDefined();
    expect(tool.structure).toMatchObject({ slug: 'tech-abuse-screening', mode: 'form', audiences: ['victim_support'], order: 10 });
  });

  it('raises nothing for an empty form or for answers without any concern', () => {
    expect(evaluateTool(tool.structure, {})).toMatchObject({ flags: [], steps: [], answered: 0 });
    expect(flagsOf(calm)).toEqual([]);
    expect(stepsOf(calm)).toEqual([]);
  });

  it('treats a threat to share intimate images, or sharing that is not ruled out, as urgent', () => {
    expect(evaluateTool(tool.structure, { 'image-threat': 'yes' }).flags).toEqual([{ key: 'image-abuse', level: 'urgent' }]);
    expect(stepsOf({ 'image-threat': 'yes' })).toEqual(['preserve-evidence', 'image-abuse-response', 'report-police', 'specialist-referral']);
    // Not knowing whether images are out there is enough to act on (StopNCII can be used preventively) ...
    expect(flagsOf({ 'image-shared': 'unsure' })).toEqual(['image-abuse']);
    // ... but an uncertain threat alone is not: ask again.
    expect(flagsOf({ 'image-threat': 'unsure', 'image-shared': 'no' })).toEqual([]);
  });

  it('is urgent when he seems to find her and she may be physically at risk, and counts "unsure" risk as risk', () => {
    expect(flagsOf({ ...calm, 'knows-whereabouts': 'yes', 'physical-risk': 'unsure' })).toEqual(['location-with-physical-risk', 'location-exposure']);
    expect(stepsOf({ ...calm, 'knows-whereabouts': 'yes', 'physical-risk': 'unsure' })).toEqual([
      'immediate-safety',
      'do-not-remove-yet',
      'safer-device',
      'location-review',
      'digital-safety-plan',
    ]);
    expect(flagsOf({ ...calm, 'knows-whereabouts': 'yes' })).toEqual(['location-exposure']);
    expect(stepsOf({ ...calm, 'knows-whereabouts': 'yes' })).toEqual(['do-not-remove-yet', 'location-review', 'digital-safety-plan']);
    expect(flagsOf({ ...calm, 'tracker-signs': ['found-device'], 'physical-risk': 'yes' })).toEqual(['location-with-physical-risk', 'possible-tracker']);
    // A gift alone is a tracker question, not (yet) a sign that he finds her.
    expect(flagsOf({ ...calm, 'tracker-signs': ['new-gifts'], 'physical-risk': 'yes' })).toEqual(['possible-tracker']);
    expect(stepsOf({ 'tracker-signs': ['new-gifts'] })).toEqual(['tracker-check', 'preserve-evidence', 'specialist-referral']);
    expect(flagsOf({ ...calm, 'physical-risk': 'yes' })).toEqual([]);
  });

  it('needs both a sign and physical access to suspect stalkerware; "unsure" about the passcode counts as access', () => {
    expect(flagsOf({ 'knows-private-content': 'yes' })).toEqual([]);
    expect(flagsOf({ 'knows-private-content': 'yes', 'passcode-known': 'unsure' })).toEqual(['stalkerware-indicators']);
    expect(flagsOf({ 'phone-signs': ['battery-drain'], 'partner-had-phone': 'yes' })).toEqual(['stalkerware-indicators']);
    expect(stepsOf({ 'phone-signs': ['battery-drain'], 'partner-had-phone': 'yes' })).toEqual([
      'do-not-remove-yet',
      'safer-device',
      'offer-stalkerware-check',
      'preserve-evidence',
      'digital-safety-plan',
    ]);
    expect(flagsOf({ 'phone-signs': ['none-noticed'], 'device-from-partner': 'yes', 'partner-had-phone': 'yes' })).toEqual([]);
    expect(flagsOf({ 'knows-private-content': 'yes', 'partner-had-phone': 'unsure' })).toEqual([]);
  });

  it('flags account access, including what a shared cloud explains without any app on her phone', () => {
    expect(flagsOf({ 'passwords-known': 'unsure' })).toEqual(['account-compromise']);
    expect(flagsOf({ 'two-step': 'shared-or-his-device' })).toEqual(['account-compromise']);
    expect(flagsOf({ 'shared-accounts': ['cloud'], 'knows-private-content': 'yes' })).toEqual(['account-compromise']);
    expect(flagsOf({ 'shared-accounts': ['banking'], 'knows-private-content': 'yes' })).toEqual([]);
    expect(stepsOf({ 'account-changes': 'yes' })).toEqual(['do-not-remove-yet', 'safer-device', 'account-review', 'preserve-evidence']);
  });

  it('warns when contact with the service may not be private', () => {
    expect(flagsOf({ 'safe-contact': 'not-agreed' })).toEqual(['contact-not-safe']);
    expect(stepsOf({ 'safe-contact': 'not-agreed' })).toEqual(['agree-safer-contact', 'safer-device']);
    expect(flagsOf({ 'safe-contact': 'her-own-phone' })).toEqual([]);
    expect(flagsOf({ 'safe-contact': 'her-own-phone', 'passcode-known': 'yes' })).toEqual(['contact-not-safe']);
    expect(flagsOf({ 'safe-contact': 'safer-device', 'passcode-known': 'yes' })).toEqual([]);
  });

  it("flags the children's devices as a channel, with 'unsure' counting for devices and apps he manages", () => {
    expect(flagsOf({ 'children-contact': 'formal-contact', 'children-apps-managed': 'unsure' })).toEqual(['children-channel']);
    expect(stepsOf({ 'children-devices-from-partner': 'yes' })).toEqual(['children-devices', 'do-not-remove-yet', 'digital-safety-plan']);
    expect(flagsOf({ 'children-contact': 'informal-contact', 'children-as-channel': 'unsure' })).toEqual([]);
  });

  it('orders urgent before attention before note, and lists each step once in flag order', () => {
    const answers: ToolAnswers = {
      'evidence-kept': 'no',
      'connected-home': 'unsure',
      'living-situation': 'separated-recently',
      'unwanted-messages': 'yes',
      'image-threat': 'yes',
    };
    expect(evaluateTool(tool.structure, answers).flags).toEqual([
      { key: 'image-abuse', level: 'urgent' },
      { key: 'online-harassment', level: 'attention' },
      { key: 'recent-separation', level: 'note' },
      { key: 'connected-home', level: 'note' },
      { key: 'evidence-gap', level: 'note' },
    ]);
    expect(stepsOf(answers)).toEqual([
      'preserve-evidence',
      'image-abuse-response',
      'report-police',
      'specialist-referral',
      'platform-report',
      'immediate-safety',
      'digital-safety-plan',
      'connected-home-review',
      'do-not-remove-yet',
    ]);
  });

  it('gives each practice case its own set of flags', () => {
    const byCase = Object.fromEntries(tool.structure.practice.map((c) => [c.key, flagsOf(c.answers)]));
    expect(byCase).toEqual({
      'sara-birthday-phone': ['stalkerware-indicators', 'contact-not-safe', 'evidence-gap'],
      'nadia-after-leaving': ['image-abuse', 'online-harassment', 'recent-separation'],
      'ines-contact-weekends': ['location-with-physical-risk', 'location-exposure', 'possible-tracker', 'children-channel'],
      'hanna-family-account': ['account-compromise', 'location-exposure', 'connected-home'],
    });
    const sara = tool.structure.practice.find((c) => c.key === 'sara-birthday-phone')!;
    expect(stepsOf(sara.answers)).toEqual(['do-not-remove-yet', 'safer-device', 'offer-stalkerware-check', 'preserve-evidence', 'digital-safety-plan', 'agree-safer-contact']);
  });

  it('drops unknown questions, unknown options and, for an anonymised copy, free text', () => {
    const raw = {
      'main-concerns': 'He always knows what I wrote to my sister',
      'agreed-next-steps': '  ',
      'image-threat': 'maybe',
      'phone-signs': ['battery-drain', 'hacked', 'battery-drain'],
      'living-situation': ['separated-recently', 'lives-with-partner'],
      'physical-risk': ' unsure ',
      'not-a-question': 'yes',
    };
    const anonymised = cleanAnswers(tool.structure, raw, { keepText: false });
    expect(anonymised).toEqual({ 'living-situation': 'separated-recently', 'physical-risk': 'unsure', 'phone-signs': ['battery-drain'] });
    expect(flagsOf(anonymised)).toEqual(['recent-separation']);
    expect(cleanAnswers(tool.structure, raw, { keepText: true })).toEqual({ ...anonymised, 'main-concerns': 'He always knows what I wrote to my sister' });
  });
});
