import type { SqlDatabase } from '@regie/sql';
import type { ImportRejection } from '../import-rejection';

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
  xml: string | null;
  received_at: Date;
}

const COLUMNS = `id::text as id, gemeente, bericht_type, afzender, identificatie, dagtekening::text as dagtekening,
  identificatie_key, digest, status, household_id, member_id, xml, received_at`;

const toReceived = (row: Row): ReceivedBericht => ({
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
  xml: row.xml,
  receivedAt: row.received_at,
});

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

/** The table of received messages (`berichten_ontvangen`). */
export class ReceivedBerichten {
  constructor(private readonly db: SqlDatabase) {}

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

  /** A refused message that never got a live row (unreadable, another gemeente's, a reused identity). */
  async insertRejected(message: NewReceived, rejections: readonly ImportRejection[]): Promise<void> {
    await this.db.query(
      `insert into berichten_ontvangen (id, gemeente, bericht_type, afzender, identificatie, dagtekening,
         identificatie_key, digest, status, rejections, handled_at)
       values ($1, $2, $3, $4, $5, $6::date, $7, $8, 'REJECTED', $9::jsonb, now())`,
      [...this.params(message), JSON.stringify(rejections)],
    );
  }

  async accepted(id: string, householdId: string, memberId: string, eventIds: readonly string[], by?: string) {
    await this.db.query(
      `update berichten_ontvangen set status = 'ACCEPTED', household_id = $2, member_id = $3, event_ids = $4::text[],
         xml = null, handled_by = coalesce($5, handled_by), handled_at = now() where id = $1::uuid`,
      [id, householdId, memberId, eventIds, by ?? null],
    );
  }

  async rejected(id: string, rejections: readonly ImportRejection[], householdId?: string) {
    await this.db.query(
      `update berichten_ontvangen set status = 'REJECTED', rejections = $2::jsonb, household_id = $3, xml = null,
         handled_at = now() where id = $1::uuid`,
      [id, JSON.stringify(rejections), householdId ?? null],
    );
  }

  async waiting(id: string, xml: string) {
    await this.db.query(`update berichten_ontvangen set status = 'WAITING', xml = $2 where id = $1::uuid`, [id, xml]);
  }

  /** Back to the queue after a link that was refused (the message stays waiting). */
  async stillWaiting(id: string) {
    await this.db.query(`update berichten_ontvangen set status = 'WAITING' where id = $1::uuid`, [id]);
  }

  /** Takes a waiting message of this gemeente out of the queue for handling; undefined when there is none. */
  async takeWaiting(id: string, gemeente: string): Promise<ReceivedBericht | undefined> {
    const { rows } = await this.db.query<Row>(
      `update berichten_ontvangen set status = 'PROCESSING'
       where id = $1::uuid and gemeente = $2 and status = 'WAITING' returning ${COLUMNS}`,
      [id, gemeente],
    );
    return rows[0] ? toReceived(rows[0]) : undefined;
  }

  async discarded(id: string, reason: string, by: string) {
    await this.db.query(
      `update berichten_ontvangen set status = 'DISCARDED', discard_reason = $2, handled_by = $3, xml = null,
         handled_at = now() where id = $1::uuid`,
      [id, reason, by],
    );
  }

  /** The messages of a gemeente waiting for a household, oldest first. */
  async queue(gemeente: string, limit = 200): Promise<ReceivedBericht[]> {
    const { rows } = await this.db.query<Row>(
      `select ${COLUMNS} from berichten_ontvangen where gemeente = $1 and status = 'WAITING'
       order by received_at, id limit $2`,
      [gemeente, limit],
    );
    return rows.map(toReceived);
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
