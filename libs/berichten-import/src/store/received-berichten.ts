import type { SqlDatabase } from '@regie/sql';
import type { ImportRejection } from '../import-rejection';
import type { QueueProtection } from './queue-protection';

export type BerichtStatus = 'PROCESSING' | 'ACCEPTED' | 'WAITING' | 'REJECTED' | 'DISCARDED';

export interface ReceivedBericht {
  readonly id: string;
  readonly gemeente: string;
  readonly berichtType: string | null;
  readonly afzender: string | null;
  readonly identificatie: string | null;
  readonly dagtekening: string | null;
  readonly identificatieKey: string | null;
  readonly digest: string;
  readonly status: BerichtStatus;
  readonly householdId: string | null;
  readonly memberId: string | null;
  readonly xml: string | null;
  /** While it waits: why the last link the beheerder tried was refused (null when none was). */
  readonly rejections: readonly ImportRejection[] | null;
  readonly receivedAt: Date;
}

interface Row {
  id: string;
  gemeente: string;
  bericht_type: string | null;
  afzender: string | null;
  identificatie: string | null;
  dagtekening: string | null;
  identificatie_key: string | null;
  digest: string;
  status: BerichtStatus;
  household_id: string | null;
  member_id: string | null;
  xml_sealed: unknown;
  rejections: ImportRejection[] | null;
  received_at: Date;
}

const COLUMNS = `id::text as id, gemeente, bericht_type, afzender, identificatie, dagtekening::text as dagtekening,
  identificatie_key, digest, status, household_id, member_id, xml_sealed, rejections, received_at`;

/** Why a waiting message left the queue without a person's doing: shown as its discard reason. */
export const FORGOTTEN_REASON = 'Persoon vergeten (AVG art. 17): bericht vernietigd';
export const EXPIRED_REASON = 'Bewaartermijn van de wachtrij verstreken: bericht vernietigd';

const toReceived = (row: Row, xml: string | null = null): ReceivedBericht => ({
  id: row.id,
  gemeente: row.gemeente,
  berichtType: row.bericht_type,
  afzender: row.afzender,
  identificatie: row.identificatie,
  dagtekening: row.dagtekening,
  identificatieKey: row.identificatie_key,
  digest: row.digest,
  status: row.status,
  householdId: row.household_id,
  memberId: row.member_id,
  xml,
  rejections: row.rejections,
  receivedAt: row.received_at,
});

/** A waiting message as the queue lists it before opening it. */
export interface WaitingRef {
  readonly id: string;
  readonly berichtType: string | null;
  readonly dagtekening: string | null;
}

export interface NewReceived {
  readonly id: string;
  readonly gemeente: string;
  readonly berichtType?: string;
  readonly afzender?: string;
  readonly identificatie?: string;
  readonly dagtekening?: string;
  readonly identificatieKey?: string;
  readonly digest: string;
}

/**
 * The table of received messages (`berichten_ontvangen`). A waiting message is kept sealed (`QueueProtection`); its
 * key is destroyed as soon as it leaves the queue, so the row keeps only identity and outcome, never the XML.
 */
export class ReceivedBerichten {
  constructor(
    private readonly db: SqlDatabase,
    private readonly protection: QueueProtection,
  ) {}

  /**
   * Takes a message in as PROCESSING, unless a live one (processing, accepted or waiting) has its identity: then
   * that one is returned and nothing is written.
   */
  async claim(message: NewReceived): Promise<{ claimed: true } | { claimed: false; existing: ReceivedBericht }> {
    const { rows } = await this.db.query<{ id: string }>(
      `insert into berichten_ontvangen (id, gemeente, bericht_type, afzender, identificatie, dagtekening,
         identificatie_key, digest, status)
       values ($1, $2, $3, $4, $5, $6::date, $7, $8, 'PROCESSING')
       on conflict (identificatie_key) where status in ('PROCESSING', 'ACCEPTED', 'WAITING') do nothing
       returning id::text as id`,
      this.params(message),
    );
    if (rows.length > 0) return { claimed: true };
    const existing = await this.db.query<Row>(
      `select ${COLUMNS} from berichten_ontvangen
       where identificatie_key = $1 and status in ('PROCESSING', 'ACCEPTED', 'WAITING')`,
      [message.identificatieKey],
    );
    if (!existing.rows[0]) return this.claim(message); // the live one was just refused: try again
    return { claimed: false, existing: toReceived(existing.rows[0]) };
  }

  /**
   * A refused message that never got a live row (unreadable, another gemeente's, a reused identity). `by`: who
   * handled it (`handled_by`), the system that posted it or `system:berichten`.
   */
  async insertRejected(message: NewReceived, rejections: readonly ImportRejection[], by: string): Promise<void> {
    await this.db.query(
      `insert into berichten_ontvangen (id, gemeente, bericht_type, afzender, identificatie, dagtekening,
         identificatie_key, digest, status, rejections, handled_by, handled_at)
       values ($1, $2, $3, $4, $5, $6::date, $7, $8, 'REJECTED', $9::jsonb, $10, now())`,
      [...this.params(message), JSON.stringify(rejections), by],
    );
  }

  /** Taken into the household; `by`: the system that posted it, the beheerder who linked it, or `system:berichten`. */
  async accepted(id: string, householdId: string, memberId: string, eventIds: readonly string[], by: string) {
    const { rows } = await this.db.query<{ gemeente: string }>(
      `update berichten_ontvangen set status = 'ACCEPTED', household_id = $2, member_id = $3, event_ids = $4::text[],
         rejections = null, xml = null, xml_sealed = null, bsn_indexes = '{}', handled_by = $5, handled_at = now()
       where id = $1::uuid returning gemeente`,
      [id, householdId, memberId, eventIds, by],
    );
    await this.shredRows(rows.map((row) => ({ id, gemeente: row.gemeente })));
  }

  /** Refused when it was read (never after a link: a refused link leaves the message waiting, see `stillWaiting`). */
  async rejected(id: string, rejections: readonly ImportRejection[], by: string, householdId?: string) {
    const { rows } = await this.db.query<{ gemeente: string }>(
      `update berichten_ontvangen set status = 'REJECTED', rejections = $2::jsonb, household_id = $3, xml = null,
         xml_sealed = null, bsn_indexes = '{}', handled_by = $4, handled_at = now()
       where id = $1::uuid returning gemeente`,
      [id, JSON.stringify(rejections), householdId ?? null, by],
    );
    await this.shredRows(rows.map((row) => ({ id, gemeente: row.gemeente })));
  }

  /** The message waits for a household: sealed with its own key, findable by its BSNs' blind indexes. */
  async waiting(id: string, gemeente: string, xml: string, bsns: readonly string[]) {
    const sealed = await this.protection.seal(gemeente, id, xml);
    await this.db.query(
      `update berichten_ontvangen set status = 'WAITING', xml = null, xml_sealed = $2::jsonb, bsn_indexes = $3::text[]
       where id = $1::uuid`,
      [id, JSON.stringify(sealed), bsns.map((bsn) => this.protection.bsnIndex(bsn))],
    );
  }

  /**
   * AVG art. 17 for a person who may have messages waiting (forgetPerson): every waiting message of the gemeente
   * that names this BSN is shredded (its key destroyed, the ciphertext and the blind indexes removed) and leaves the queue.
   * Returns how many went.
   */
  async forgetBsn(gemeente: string, bsn: string): Promise<number> {
    return this.countShredded(
      `gemeente = $1 and $2 = any(bsn_indexes)`,
      [gemeente, this.protection.bsnIndex(bsn)],
      FORGOTTEN_REASON,
    ).then((byGemeente) => byGemeente.get(gemeente) ?? 0);
  }

  /** Retention of the queue: messages waiting since before `before` are shredded. Returns how many went, per gemeente. */
  async expireWaiting(before: Date): Promise<ReadonlyMap<string, number>> {
    return this.countShredded(`received_at < $1`, [before], EXPIRED_REASON);
  }

  /** Seals what waited in plain text before migration 2 (run at start; a no-op once done). */
  async sealPlaintextWaiting(): Promise<number> {
    const { rows } = await this.db.query<{ id: string; gemeente: string; xml: string }>(
      `select id::text as id, gemeente, xml from berichten_ontvangen where xml is not null`,
    );
    for (const row of rows) {
      const sealed = await this.protection.seal(row.gemeente, row.id, row.xml);
      await this.db.query(
        `update berichten_ontvangen set xml = null, xml_sealed = $2::jsonb where id = $1::uuid and xml is not null`,
        [row.id, JSON.stringify(sealed)],
      );
    }
    return rows.length;
  }

  private async countShredded(where: string, params: unknown[], reason: string): Promise<Map<string, number>> {
    const { rows } = await this.db.query<{ id: string; gemeente: string }>(
      `update berichten_ontvangen set status = 'DISCARDED', discard_reason = '${reason.replace(/'/g, "''")}',
         handled_by = 'system:berichten', xml = null, xml_sealed = null, bsn_indexes = '{}', handled_at = now()
       where status = 'WAITING' and ${where} returning id::text as id, gemeente`,
      params,
    );
    await this.shredRows(rows);
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.gemeente, (counts.get(row.gemeente) ?? 0) + 1);
    return counts;
  }

  private async shredRows(rows: readonly { id: string; gemeente: string }[]): Promise<void> {
    const byGemeente = new Map<string, string[]>();
    for (const row of rows) byGemeente.set(row.gemeente, [...(byGemeente.get(row.gemeente) ?? []), row.id]);
    for (const [gemeente, ids] of byGemeente) await this.protection.shred(gemeente, ids);
  }

  /**
   * Back to the queue after a link that was refused: the message stays waiting as it was, sealed, its key kept.
   * `linkRefusals`: why the link was refused, kept on the row for the queue screen (no BSN, name or content).
   */
  async stillWaiting(id: string, linkRefusals?: readonly ImportRejection[]) {
    if (linkRefusals === undefined) {
      await this.db.query(`update berichten_ontvangen set status = 'WAITING' where id = $1::uuid`, [id]);
      return;
    }
    await this.db.query(
      `update berichten_ontvangen set status = 'WAITING', rejections = $2::jsonb where id = $1::uuid`,
      [id, JSON.stringify(linkRefusals)],
    );
  }

  /** The waiting messages of this gemeente that name this BSN (by its blind index): ids and identity, not opened. */
  async waitingWithBsn(gemeente: string, bsn: string): Promise<WaitingRef[]> {
    const { rows } = await this.db.query<{ id: string; bericht_type: string | null; dagtekening: string | null }>(
      `select id::text as id, bericht_type, dagtekening::text as dagtekening from berichten_ontvangen
       where gemeente = $1 and status = 'WAITING' and $2 = any(bsn_indexes) order by received_at, id`,
      [gemeente, this.protection.bsnIndex(bsn)],
    );
    return rows.map((row) => ({ id: row.id, berichtType: row.bericht_type, dagtekening: row.dagtekening }));
  }

  /** Takes a waiting message of this gemeente out of the queue for handling; undefined when there is none. */
  async takeWaiting(id: string, gemeente: string): Promise<ReceivedBericht | undefined> {
    const { rows } = await this.db.query<Row>(
      `update berichten_ontvangen set status = 'PROCESSING'
       where id = $1::uuid and gemeente = $2 and status = 'WAITING' returning ${COLUMNS}`,
      [id, gemeente],
    );
    const row = rows[0];
    return row ? toReceived(row, (await this.protection.open(row.xml_sealed)) ?? null) : undefined;
  }

  async discarded(id: string, reason: string, by: string) {
    const { rows } = await this.db.query<{ gemeente: string }>(
      `update berichten_ontvangen set status = 'DISCARDED', discard_reason = $2, handled_by = $3, xml = null,
         xml_sealed = null, bsn_indexes = '{}', handled_at = now() where id = $1::uuid returning gemeente`,
      [id, reason, by],
    );
    await this.shredRows(rows.map((row) => ({ id, gemeente: row.gemeente })));
  }

  /** The messages of a gemeente waiting for a household, oldest first. */
  async queue(gemeente: string, limit = 200): Promise<ReceivedBericht[]> {
    const { rows } = await this.db.query<Row>(
      `select ${COLUMNS} from berichten_ontvangen where gemeente = $1 and status = 'WAITING'
       order by received_at, id limit $2`,
      [gemeente, limit],
    );
    return Promise.all(rows.map(async (row) => toReceived(row, (await this.protection.open(row.xml_sealed)) ?? null)));
  }

  private params(message: NewReceived) {
    return [
      message.id,
      message.gemeente,
      message.berichtType ?? null,
      message.afzender ?? null,
      message.identificatie ?? null,
      message.dagtekening ?? null,
      message.identificatieKey ?? null,
      message.digest,
    ];
  }
}
