/**
 * Runs every heuristic. Heuristics are graded medium — below indicator hits of stalkerware —
 * and each finding carries an explanation of why it may matter and why it is not proof.
 */
import type { FindingCollector } from '../scan/collector.ts';
import { checkAccessibilityServices } from './accessibility.ts';
import { checkDeviceAdmins } from './device-admin.ts';
import { checkRoot } from './root.ts';
import { checkSideloadedApps } from './sideload.ts';
import type { HeuristicInput } from './types.ts';
import { checkPackageVerification } from './verification.ts';

export function runHeuristics(input: HeuristicInput, collector: FindingCollector): void {
  checkSideloadedApps(input, collector);
  checkAccessibilityServices(input, collector);
  checkDeviceAdmins(input, collector);
  checkPackageVerification(input, collector);
  checkRoot(input, collector);
}

export type { HeuristicInput } from './types.ts';
