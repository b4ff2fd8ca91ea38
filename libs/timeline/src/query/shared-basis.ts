/**
 * SQL condition: a current legal basis (on the date in `todayParam`) shares the row's domain with the regisseur of
 * household `h`, for the row's member (or for the whole household). What the regisseur's grant would cover, for
 * queries across their households that cannot ask the access policy per row.
 */
export const sharedWithRegisseur = (alias: string, member: string, todayParam: string): string =>
  `exists (select 1 from sharing_bases sb where sb.household_id = h.id and sb.domain = ${alias}.domain
     and sb.valid_from <= ${todayParam}::date and ${todayParam}::date <= sb.valid_until
     and (sb.ended_on is null or ${todayParam}::date < sb.ended_on)
     and (cardinality(sb.member_ids) = 0 or ${member} = any(sb.member_ids)))`;
