import type { MemberData, SharingBasisEnded, SharingBasisRecorded } from '@regie/household';
import type { SqlExecutor } from '@regie/sql';

interface PendingMember {
  readonly householdId: string;
  readonly memberId: string;
  /** Undefined: the batch only removed a member it did not add (the row keeps its data). */
  readonly data: MemberData | undefined;
  removed: boolean;
}

interface PendingBasis {
  readonly householdId: string;
  readonly basisId: string;
  /** Undefined: the batch only ended a basis recorded before it. */
  readonly recorded: SharingBasisRecorded | undefined;
  ended: SharingBasisEnded | undefined;
}

/**
 * Member and sharing-basis rows of one projection batch, merged per key in event order and sent as a few
 * multi-row statements at the end of the batch. Member names read inside the batch come from the projection's
 * name cache, or from the table with `namesOf` laid over it.
 */
export class PendingMembers {
  private readonly members = new Map<string, PendingMember>();
  private readonly bases = new Map<string, PendingBasis>();

  upsert(householdId: string, member: MemberData): void {
    this.members.set(`${householdId}\u0000${member.memberId}`, {
      householdId,
      memberId: member.memberId,
      data: member,
      removed: false,
    });
  }

  remove(householdId: string, memberId: string): void {
    const key = `${householdId}\u0000${memberId}`;
    const known = this.members.get(key);
    if (known) known.removed = true;
    else this.members.set(key, { householdId, memberId, data: undefined, removed: true });
  }

  /** Names added in this batch and not yet written, for a household whose names are read from the table. */
  namesOf(householdId: string): [string, string][] {
    return [...this.members.values()]
      .filter((m) => m.householdId === householdId && m.data)
      .map((m) => [m.memberId, m.data!.name]);
  }

  /** A re-recorded basis keeps an earlier end, as the upsert it replaces did. */
  recordBasis(householdId: string, basis: SharingBasisRecorded): void {
    const key = `${householdId}\u0000${basis.basisId}`;
    const known = this.bases.get(key);
    this.bases.set(key, { householdId, basisId: basis.basisId, recorded: basis, ended: known?.ended });
  }

  endBasis(householdId: string, ended: SharingBasisEnded): void {
    const key = `${householdId}\u0000${ended.basisId}`;
    const known = this.bases.get(key);
    if (known) known.ended = ended;
    else this.bases.set(key, { householdId, basisId: ended.basisId, recorded: undefined, ended });
  }

  async flush(tx: SqlExecutor): Promise<void> {
    const members = [...this.members.values()];
    const bases = [...this.bases.values()];
    this.members.clear();
    this.bases.clear();
    const added = members.filter((m) => m.data);
    const removedOnly = members.filter((m) => !m.data);
    if (added.length > 0) await upsertMembers(tx, added);
    if (removedOnly.length > 0) {
      await tx.query(
        `update members m set removed = true from unnest($1::text[], $2::text[]) as v(household_id, member_id)
         where m.household_id = v.household_id and m.member_id = v.member_id`,
        [removedOnly.map((m) => m.householdId), removedOnly.map((m) => m.memberId)],
      );
    }
    const recorded = bases.filter((b) => b.recorded);
    const endedOnly = bases.filter((b) => !b.recorded && b.ended);
    if (recorded.length > 0) await upsertBases(tx, recorded);
    if (endedOnly.length > 0) {
      await tx.query(
        `update sharing_bases s set ended_on = v.ended_on, ended_reason = v.ended_reason
         from unnest($1::text[], $2::text[], $3::date[], $4::text[]) as v(household_id, basis_id, ended_on, ended_reason)
         where s.household_id = v.household_id and s.basis_id = v.basis_id`,
        [
          endedOnly.map((b) => b.householdId),
          endedOnly.map((b) => b.basisId),
          endedOnly.map((b) => b.ended!.endedOn),
          endedOnly.map((b) => b.ended!.reason),
        ],
      );
    }
  }
}

async function upsertMembers(tx: SqlExecutor, rows: readonly PendingMember[]): Promise<void> {
  await tx.query(
    `insert into members (household_id, member_id, name, birth_date, relation, removed)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::boolean[])
     on conflict (household_id, member_id) do update set
       name = excluded.name, birth_date = excluded.birth_date, relation = excluded.relation, removed = excluded.removed`,
    [
      rows.map((m) => m.householdId),
      rows.map((m) => m.memberId),
      rows.map((m) => m.data!.name),
      rows.map((m) => m.data!.birthDate ?? null),
      rows.map((m) => m.data!.relation ?? null),
      rows.map((m) => m.removed),
    ],
  );
}

/** Columns a recording sets; an end recorded in the same batch is written with it, an earlier end is kept. */
async function upsertBases(tx: SqlExecutor, rows: readonly PendingBasis[]): Promise<void> {
  await tx.query(
    `insert into sharing_bases as s (household_id, basis_id, domain, grondslag, wettelijke_bepaling,
       toestemming_vastgelegd_op, member_ids, valid_from, valid_until, ended_on, ended_reason)
     select v.household_id, v.basis_id, v.domain, v.grondslag, v.wettelijke_bepaling, v.toestemming_vastgelegd_op,
            array(select jsonb_array_elements_text(v.member_ids)), v.valid_from, v.valid_until, v.ended_on, v.ended_reason
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::jsonb[], $8::date[],
                 $9::date[], $10::date[], $11::text[])
       as v(household_id, basis_id, domain, grondslag, wettelijke_bepaling, toestemming_vastgelegd_op, member_ids,
            valid_from, valid_until, ended_on, ended_reason)
     on conflict (household_id, basis_id) do update set
       domain = excluded.domain, grondslag = excluded.grondslag, wettelijke_bepaling = excluded.wettelijke_bepaling,
       toestemming_vastgelegd_op = excluded.toestemming_vastgelegd_op, member_ids = excluded.member_ids,
       valid_from = excluded.valid_from, valid_until = excluded.valid_until,
       ended_on = coalesce(excluded.ended_on, s.ended_on),
       ended_reason = case when excluded.ended_on is not null then excluded.ended_reason else s.ended_reason end`,
    [
      rows.map((b) => b.householdId),
      rows.map((b) => b.basisId),
      rows.map((b) => b.recorded!.domain),
      rows.map((b) => b.recorded!.grondslag),
      rows.map((b) => b.recorded!.wettelijkeBepaling),
      rows.map((b) => b.recorded!.toestemmingVastgelegdOp ?? null),
      // As JSON: unnest cannot take an array of arrays of unequal length.
      rows.map((b) => JSON.stringify(b.recorded!.memberIds)),
      rows.map((b) => b.recorded!.validFrom),
      rows.map((b) => b.recorded!.validUntil),
      rows.map((b) => b.ended?.endedOn ?? null),
      rows.map((b) => b.ended?.reason ?? null),
    ],
  );
}
