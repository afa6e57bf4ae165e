/**
 * Collects the findings of one input. Repeated observations of the same indicator (a C2 host
 * queried a thousand times) become one finding with an occurrence count, the first evidence and
 * the last time seen, so a large capture gives a short, readable report.
 */
import type { IndexEntry, IndicatorRole } from '../index/indicator-index.ts';
import { LEVEL_OF_KIND, type Evidence, type Finding, type FindingKind, type IndicatorType } from '../report/model.ts';
import { explainIndicator } from './explain.ts';

const ROLE_RANK: Record<IndicatorRole, number> = {
  c2: 0,
  network: 0,
  package: 0,
  ios_bundle: 0,
  certificate: 0,
  file_hash: 0,
  distribution: 1,
  website: 2,
};

export function kindOf(entry: IndexEntry): FindingKind {
  const watch = entry.app.type === 'watchware';
  switch (entry.role) {
    case 'c2':
    case 'network':
      return watch ? 'watchware_c2_contact' : 'c2_contact';
    case 'distribution':
      return 'distribution_host';
    case 'website':
      return 'vendor_website';
    case 'package':
    case 'ios_bundle':
      return watch ? 'watchware_package' : 'stalkerware_package';
    case 'certificate':
      return watch ? 'watchware_certificate' : 'stalkerware_certificate';
    case 'file_hash':
      return watch ? 'watchware_file_hash' : 'stalkerware_file_hash';
  }
}

export type EvidenceDetails = Omit<Evidence, 'input' | 'time'>;

export class FindingCollector {
  private readonly byKey = new Map<string, Finding>();
  private readonly lastSeenMs = new Map<Finding, number>();
  private readonly firstSeenMs = new Map<Finding, number>();

  constructor(readonly inputName: string) {}

  /**
   * Records one observation matching `entries` (all for the same indicator). Each app gets one
   * finding, graded by its most serious role for this indicator. Returns the findings touched.
   */
  indicator(entries: readonly IndexEntry[], type: IndicatorType, indicator: string, details: EvidenceDetails, timeMs?: number, skipApps?: Set<string>): Finding[] {
    const best = new Map<string, IndexEntry>();
    for (const entry of entries) {
      if (skipApps?.has(entry.app.key)) continue;
      const current = best.get(entry.app.key);
      if (current === undefined || ROLE_RANK[entry.role] < ROLE_RANK[current.role]) best.set(entry.app.key, entry);
    }
    const touched: Finding[] = [];
    for (const entry of best.values()) {
      skipApps?.add(entry.app.key);
      const kind = kindOf(entry);
      const key = `${kind}|${entry.app.key}|${indicator}`;
      let finding = this.byKey.get(key);
      if (finding === undefined) {
        finding = {
          level: LEVEL_OF_KIND[kind],
          kind,
          app: { name: entry.app.name, aliases: [...entry.app.aliases], type: entry.app.type },
          indicator: { type, value: indicator, feeds: [...entry.feeds] },
          evidence: { input: this.inputName, ...details },
          occurrences: 0,
          adviceKey: `advice.${kind}`,
          explanationKey: `explanation.${kind}`,
          explanation: explainIndicator(kind, entry.app.name, indicator, details.value),
        };
        this.byKey.set(key, finding);
      }
      this.seen(finding, timeMs);
      touched.push(finding);
    }
    return touched;
  }

  /** Records a heuristic finding; one per kind and subject. */
  heuristic(kind: FindingKind, details: EvidenceDetails, explanation: string, subject: string, timeMs?: number): Finding {
    const key = `${kind}|${subject}`;
    let finding = this.byKey.get(key);
    if (finding === undefined) {
      finding = {
        level: LEVEL_OF_KIND[kind],
        kind,
        evidence: { input: this.inputName, ...details },
        occurrences: 0,
        adviceKey: `advice.${kind}`,
        explanationKey: `explanation.${kind}`,
        explanation,
      };
      this.byKey.set(key, finding);
    }
    this.seen(finding, timeMs);
    return finding;
  }

  /** Counts another observation of already-recorded findings (the packet scanner's fast path). */
  seen(finding: Finding, timeMs?: number): void {
    finding.occurrences++;
    if (timeMs === undefined || Number.isNaN(timeMs)) return;
    if (!this.firstSeenMs.has(finding)) this.firstSeenMs.set(finding, timeMs);
    const last = this.lastSeenMs.get(finding);
    if (last === undefined || timeMs > last) this.lastSeenMs.set(finding, timeMs);
  }

  /** Lower-case names of packages an indicator finding already covers (heuristics skip them). */
  flaggedPackages(): Set<string> {
    const flagged = new Set<string>();
    for (const finding of this.byKey.values()) {
      if (finding.indicator !== undefined && finding.evidence.package !== undefined) flagged.add(finding.evidence.package.toLowerCase());
    }
    return flagged;
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The findings, with times formatted once at the end. */
  findings(): Finding[] {
    const out: Finding[] = [];
    for (const finding of this.byKey.values()) {
      const first = this.firstSeenMs.get(finding);
      if (first !== undefined && finding.evidence.time === undefined) finding.evidence.time = isoTime(first);
      const last = this.lastSeenMs.get(finding);
      if (last !== undefined && finding.occurrences > 1) finding.lastSeen = isoTime(last);
      out.push(finding);
    }
    return out;
  }
}

export function isoTime(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
