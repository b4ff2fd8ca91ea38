import { ERASED_TEXT, type DomainRegistry, type RetentionExpired } from '@regie/household';
import type { ProjectionContext } from './projection-context';

// What the read model does on an erasure event. The events themselves keep only ciphertext of the erased data
// (its keys are gone), so a rebuild renders placeholders; these updates remove what was rendered before, when the
// keys still existed: names, birth dates, free text and the summaries that had a name baked in.

/** "Gegevens verwijderd (45 ambulant, GESTART)": what the entry was, without whom it was about. */
const erasedSummary = `'Gegevens verwijderd' || case when coalesce(category, status) is null then ''
  else ' (' || concat_ws(', ', category, status) || ')' end`;

/** `household.PersonErased`: the member's row is blanked and every entry about them loses name and free text. */
export async function purgePerson(
  ctx: ProjectionContext,
  householdId: string,
  memberId: string,
  memberNames: Map<string, string>,
): Promise<void> {
  await ctx.finish();
  await ctx.tx.query(
    `update members set name = $3, birth_date = null, removed = true where household_id = $1 and member_id = $2`,
    [householdId, memberId, ERASED_TEXT],
  );
  await ctx.tx.query(
    `update timeline_entries set summary = ${erasedSummary}, note = null where household_id = $1 and member_id = $2`,
    [householdId, memberId],
  );
  // Scores are about the person; a spend's free text only when it concerned them alone; an afweging's request key.
  await ctx.tx.query(
    `with z as (delete from zrm_scores where household_id = $1 and member_id = $2),
       a as (update afwegingen set request_key = null where household_id = $1 and member_id = $2)
     update maatwerkbudget_spends set purpose = $3, evaluation_note = null
     where household_id = $1 and member_ids = array[$2::text]`,
    [householdId, memberId, ERASED_TEXT],
  );
  memberNames.set(memberId, ERASED_TEXT);
}

/**
 * `household.RetentionExpired`: each expired domain's entries become placeholders and its episodes, signals,
 * afwegingen, maatwerk decisions, cost and declaration lines go; with `wholeHousehold` the household's name and woonadres, its members, plan,
 * reasons, ZRM scores and the free text of maatwerkbudget spends go too.
 */
export async function purgeExpired(
  ctx: ProjectionContext,
  householdId: string,
  expired: RetentionExpired,
  memberNames: Map<string, string>,
  registry: DomainRegistry,
): Promise<void> {
  const { tx } = ctx;
  // Everything collected so far, provider activity included: otherwise the end of a batch would add back the
  // household_providers rows removed here (a rebuild projects the care and its expiry in one batch).
  await ctx.finish();
  for (const { domain } of expired.domains) {
    const label = registry.byCode(domain)?.label ?? domain;
    await tx.query(
      `update timeline_entries set summary = $3, note = null, category = null, status = null
       where household_id = $1 and domain = $2`,
      [householdId, domain, `Gegevens verwijderd (bewaartermijn ${label} verstreken)`],
    );
    await tx.query('delete from episodes where household_id = $1 and domain = $2', [householdId, domain]);
    await tx.query('delete from signals where household_id = $1 and domain = $2', [householdId, domain]);
    await tx.query(
      `with a as (delete from afwegingen where household_id = $1 and domain = $2),
         m as (delete from maatwerk_decisions where household_id = $1 and domain = $2),
         d as (delete from declaration_lines where household_id = $1 and domain = $2)
       delete from cost_lines where household_id = $1 and domain = $2`,
      [householdId, domain],
    );
    await tx.query(
      `update household_providers set domains = array_remove(domains, $2) where household_id = $1 and $2 = any(domains)`,
      [householdId, domain],
    );
  }
  await tx.query(`delete from household_providers where household_id = $1 and domains = '{}'`, [householdId]);
  if (!expired.wholeHousehold) return;
  const erased = [householdId, ERASED_TEXT];
  await tx.query('update households set name = $2 where id = $1', erased);
  await tx.query('delete from household_addresses where household_id = $1', [householdId]);
  await tx.query('update members set name = $2, birth_date = null, removed = true where household_id = $1', erased);
  await tx.query(
    'update goals set title = $2, description = null, revision_reason = null where household_id = $1',
    erased,
  );
  await tx.query('update goal_evaluations set note = null where household_id = $1', [householdId]);
  await tx.query('update agreements set description = $2, party_name = null where household_id = $1', erased);
  await tx.query('update regisseur_handovers set reason = null where household_id = $1', [householdId]);
  await tx.query('update sharing_bases set ended_reason = null where household_id = $1', [householdId]);
  await tx.query('delete from zrm_scores where household_id = $1', [householdId]);
  await tx.query(
    'update maatwerkbudget_spends set purpose = $2, evaluation_note = null where household_id = $1',
    erased,
  );
  await tx.query(
    `update timeline_entries set summary = 'Gegevens verwijderd (bewaartermijn verstreken)', note = null,
       category = null, status = null
     where household_id = $1`,
    [householdId],
  );
  for (const memberId of memberNames.keys()) memberNames.set(memberId, ERASED_TEXT);
}
