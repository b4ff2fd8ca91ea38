import register from './verwerkingsactiviteiten.json';

/** A legal basis as the Logboek's register API names it (W3C DPV), with the articles and the law. */
export interface ProcessingActivityLegalBasis {
  readonly gdpr: 'OfficialAuthorityOfController' | 'LegalObligation' | 'PublicInterest' | 'VitalInterest' | 'Consent';
  readonly article: string;
  readonly law: string;
}

/** One version of a verwerkingsactiviteit: what the processing is for, on which basis, how long data is kept. */
export interface ProcessingActivity {
  readonly id: string;
  readonly version: number;
  /** ISO date from which this version applies (and an earlier version of the same id stops). */
  readonly validFrom: string;
  readonly name: string;
  /** Domain code (`JEUGD`, ...) whose data it is, or null for Regie's own coordination and the log itself. */
  readonly domain: string | null;
  readonly purpose: string;
  readonly legalBasis: ProcessingActivityLegalBasis;
  readonly dataSubjects: readonly string[];
  readonly personalDataCategories: readonly string[];
  /** ISO 8601 duration, the moment it runs from, and why this term. */
  readonly retention: { readonly period: string; readonly from: string; readonly basis: string };
  readonly processingOperations: readonly string[];
  /** Verwerkingenlog actions (`jeugd.…`, `audit.…`) that belong to this activity. */
  readonly actionPrefixes: readonly string[];
}

/** A domain as the register sees it: its code, event prefix, retention and its declared activity (if any). */
export interface DomainWithActivity {
  readonly code: string;
  readonly eventPrefix: string;
  readonly retentionYears: number;
  readonly processingActivity?: Omit<ProcessingActivity, 'id' | 'domain' | 'actionPrefixes' | 'retention'> & {
    readonly retention: { readonly from: string; readonly basis: string };
  };
}

/** The register's entry of a domain that declares its activity: id, domain, term and actions derived. */
export function domainProcessingActivity(domain: DomainWithActivity): ProcessingActivity | undefined {
  const declared = domain.processingActivity;
  if (!declared) return undefined;
  return {
    ...declared,
    id: domain.code.toLowerCase().replace(/_/g, '-'),
    domain: domain.code,
    retention: { period: `P${domain.retentionYears}Y`, ...declared.retention },
    actionPrefixes: [domain.eventPrefix],
  };
}

/**
 * The register: `verwerkingsactiviteiten.json` plus the activities the domains declare (`@regie/domains` adds them
 * once at load through `addDomainProcessingActivities`).
 */
export const PROCESSING_ACTIVITIES: ProcessingActivity[] = [...(register.activities as readonly ProcessingActivity[])];

/** Adds the declared activities of the registered domains; refuses a domain that also has an entry in the file. */
export function addDomainProcessingActivities(domains: readonly DomainWithActivity[]): void {
  for (const domain of domains) {
    const activity = domainProcessingActivity(domain);
    if (!activity) continue;
    const existing = PROCESSING_ACTIVITIES.find((known) => known.domain === domain.code);
    if (existing && ADDED.has(domain.code)) continue;
    if (existing) throw new Error(`Domain ${domain.code} has an entry in the register already (${existing.id})`);
    PROCESSING_ACTIVITIES.push(activity);
    ADDED.add(domain.code);
  }
}

const ADDED = new Set<string>();

/** The URI a log line uses for an activity version (`dpl.core.processing_activity_id`). */
export function processingActivityUri(activity: Pick<ProcessingActivity, 'id' | 'version'>): string {
  return `urn:regie:verwerkingsactiviteit:${activity.id}:${activity.version}`;
}

/** The version of each activity valid on `day` (ISO date), newest first by id. */
export function currentProcessingActivities(day = new Date().toISOString().slice(0, 10)): ProcessingActivity[] {
  const current = new Map<string, ProcessingActivity>();
  for (const activity of PROCESSING_ACTIVITIES) {
    if (activity.validFrom > day) continue;
    const seen = current.get(activity.id);
    if (!seen || seen.version < activity.version) current.set(activity.id, activity);
  }
  return [...current.values()];
}

/** The activity a log line's action belongs to: the longest matching prefix; actions of no domain are Regie's own. */
export function processingActivityFor(action: string, day?: string): ProcessingActivity {
  const activities = currentProcessingActivities(day);
  let best: { activity: ProcessingActivity; length: number } | undefined;
  for (const activity of activities) {
    for (const prefix of activity.actionPrefixes) {
      if (action.startsWith(prefix) && prefix.length > (best?.length ?? -1)) best = { activity, length: prefix.length };
    }
  }
  return best?.activity ?? activities.find((activity) => activity.id === 'regie')!;
}
