import type { RecordedEvent } from '@regie/event-store';
import {
  HouseholdEventType as T,
  isReadableAddress,
  suffixOf,
  type AddressRecorded,
  type HouseholdRegistered,
  type MemberAdded,
  type MemberRemoved,
  type PersonErased,
  type RetentionExpired,
} from '@regie/household';
import type { SqlExecutor } from '@regie/sql';
import { addressBlindIndexes, bsnBlindIndex } from './blind-index';

/** The events that change the index; every other event only moves the checkpoint. */
export const INDEXED_TYPES: ReadonlySet<string> = new Set([
  T.registered,
  T.memberAdded,
  T.memberRemoved,
  T.addressRecorded,
  T.personErased,
  T.retentionExpired,
]);

/**
 * The index rows an event changes, under `key`: members added get their BSN's index, a household its address's (at
 * registration or when recorded; a move replaces it); a member removed, a person erased or a household past its
 * retention term leaves the index. Upserts and deletes, so writing an event twice changes nothing.
 */
export async function writeIndexRows(
  tx: SqlExecutor,
  key: string,
  householdId: string,
  event: RecordedEvent,
): Promise<void> {
  switch (event.type) {
    case T.registered: {
      const { members, address } = event.data as HouseholdRegistered;
      // Sent one after another without waiting for each answer.
      await Promise.all([
        ...members.map((member) => upsertMember(tx, key, householdId, member.memberId, member.bsn)),
        indexAddress(tx, key, householdId, address),
      ]);
      return;
    }
    case T.addressRecorded:
      return indexAddress(tx, key, householdId, (event.data as AddressRecorded).address);
    case T.memberAdded: {
      const { member } = event.data as MemberAdded;
      return upsertMember(tx, key, householdId, member.memberId, member.bsn);
    }
    case T.memberRemoved:
    case T.personErased: {
      const { memberId } = event.data as MemberRemoved | PersonErased;
      await tx.query('delete from household_search_index where household_id = $1 and member_id = $2', [
        householdId,
        memberId,
      ]);
      return;
    }
    case T.retentionExpired:
      if ((event.data as RetentionExpired).wholeHousehold) {
        await tx.query('delete from household_search_index where household_id = $1', [householdId]);
        await tx.query('delete from household_address_index where household_id = $1', [householdId]);
      }
      return;
  }
}

async function upsertMember(
  tx: SqlExecutor,
  key: string,
  householdId: string,
  memberId: string,
  bsn: unknown,
): Promise<void> {
  // A BSN that could not be read (its key was destroyed) is not indexed.
  if (typeof bsn !== 'string' || !/^[0-9]{9}$/.test(bsn)) return;
  await tx.query(
    `insert into household_search_index (household_id, member_id, bsn_index) values ($1, $2, $3)
     on conflict (household_id, member_id) do update set bsn_index = excluded.bsn_index`,
    [householdId, memberId, bsnBlindIndex(key, bsn)],
  );
}

/** The address's indexes replace the household's earlier ones; an address that cannot be read (erased) is not indexed. */
async function indexAddress(tx: SqlExecutor, key: string, householdId: string, address: unknown): Promise<void> {
  if (!isReadableAddress(address)) {
    if (address !== undefined)
      await tx.query('delete from household_address_index where household_id = $1', [householdId]);
    return;
  }
  const { numberIndex, fullIndex } = addressBlindIndexes(key, { ...address, suffix: suffixOf(address) });
  await tx.query(
    `insert into household_address_index (household_id, number_index, full_index) values ($1, $2, $3)
     on conflict (household_id) do update set number_index = excluded.number_index, full_index = excluded.full_index`,
    [householdId, numberIndex, fullIndex],
  );
}
