import { z } from 'zod';

/** What a practitioner can check. */
export const CHECK_INPUT_KINDS = ['androidqf', 'pm_list', 'package_list', 'network_capture', 'zeek_log', 'indicator_list'] as const;
export type CheckInputKind = (typeof CHECK_INPUT_KINDS)[number];

/** Inputs that arrive as files (the others may be pasted). */
export const FILE_ONLY_KINDS: ReadonlySet<CheckInputKind> = new Set(['androidqf', 'network_capture', 'zeek_log']);

/**
 * The safety gate every check passes first (DESIGN.md §1.4): each point is confirmed, every
 * time. A check is a conversation with a survivor, not a button.
 */
export const GATE_POINTS = ['consent', 'safetyPlan', 'alertRisk', 'saferDevice', 'evidence'] as const;
export type GatePoint = (typeof GATE_POINTS)[number];

const confirmed = z.literal('yes', { error: 'validation:gateConfirm' });
export const gateInput = z.object(Object.fromEntries(GATE_POINTS.map((p) => [p, confirmed])) as Record<GatePoint, typeof confirmed>);

export const saveReportInput = z.object({
  organisationId: z.string().min(1, 'validation:required'),
  label: z.string().trim().min(1, 'validation:required').max(80, 'validation:tooLong'),
  token: z.string().min(10, 'validation:invalidInput'),
});
