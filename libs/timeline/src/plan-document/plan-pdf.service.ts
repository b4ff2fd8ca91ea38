import type { Actor } from '@regie/access';
import { sharedDomains, todayInNetherlands } from '@regie/household';
import type { HouseholdReadAccess } from '../access/household-read-access';
import type { TimelineReadModel } from '../query/timeline-read-model';
import { planDocument, type PlanContactFacts, type PlanGoalFacts } from './plan-document';
import { renderPlanPdf } from './render-plan-pdf';

export const PLAN_PDF_ACTION = 'household.planPdf';

/**
 * The plan PDF for the household: the same read access as `household(id)` (care level), and one EXPORT line in the
 * verwerkingenlog for the download (a refusal is logged DENIED by the read access).
 */
export class PlanPdfService {
  constructor(
    private readonly access: HouseholdReadAccess,
    private readonly readModel: TimelineReadModel,
    /** Per CBS code how a household reaches the gemeente (`GEMEENTE_CONTACT`). */
    private readonly contacts: Readonly<Record<string, PlanContactFacts>> = {},
  ) {}

  async planPdf(actor: Actor, householdId: string): Promise<{ pdf: Buffer; householdName: string | null }> {
    // The download is one EXPORT line in the verwerkingenlog (a refusal one DENIED line), before any data leaves.
    const { grant, household } = await this.access.grantWithHousehold(actor, householdId, {
      action: PLAN_PDF_ACTION,
      fields: ['plan.goals', 'plan.agreements', 'regisseur'],
      operation: 'EXPORT',
      careOnly: true,
    });
    const today = todayInNetherlands();
    const [facts, { versions, evaluations }, agreements, members] = await Promise.all([
      this.access.facts(householdId),
      this.readModel.goals(householdId),
      this.readModel.agreements(householdId),
      this.readModel.members(householdId),
    ]);
    const goals = new Map<string, PlanGoalFacts & { version: number }>();
    for (const row of versions) {
      const known = goals.get(row.goal_id);
      if (known && known.version > row.version) continue;
      goals.set(row.goal_id, {
        id: row.goal_id,
        version: row.version,
        title: row.title,
        description: row.description,
        domains: row.domains,
        memberIds: row.member_ids,
        targetDate: row.target_date,
        status: 'OPEN',
        evaluations: known?.evaluations ?? [],
      });
    }
    for (const row of evaluations) {
      const goal = goals.get(row.goal_id);
      if (goal)
        goals.set(row.goal_id, {
          ...goal,
          status: row.outcome,
          evaluations: [...goal.evaluations, { outcome: row.outcome, evaluatedOn: row.evaluated_on }],
        });
    }
    const document = planDocument({
      householdName: household.name,
      regisseurName: household.regisseur_name,
      gemeente: household.gemeente,
      ...(household.gemeente && this.contacts[household.gemeente]
        ? { gemeenteContact: this.contacts[household.gemeente] }
        : {}),
      members: members.map((member) => ({ id: member.member_id, name: member.name })),
      goals: [...goals.values()],
      agreements: agreements.map((row) => ({
        goalId: row.goal_id,
        description: row.description,
        party: row.party,
        partyName: row.party_name,
        providerName: row.provider_name,
        domain: row.domain,
        memberIds: row.member_ids,
        dueOn: row.due_on,
      })),
      householdWideDomains: (facts ? sharedDomains(facts, today) : [])
        .filter((shared) => shared.members === 'all')
        .map((shared) => shared.domain),
      readerDomains: grant.domains.map((domain) => domain.domain),
      today,
    });
    const pdf = await renderPlanPdf(document);
    return { pdf, householdName: household.name };
  }
}
