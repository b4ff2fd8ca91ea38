import { randomUUID } from 'node:crypto';
import type { Actor } from '@regie/access';
import type { ProcessingLog } from '@regie/audit';
import type { Bericht } from '@regie/berichten';
import { reject, todayInNetherlands, type HouseholdCommandExecutor, type LocalDate } from '@regie/household';
import { BerichtLog } from './bericht-log';
import { BerichtWriter } from './bericht-writer';
import type { ClientMatch, ClientMatcher } from './client-matcher';
import type { ImportAnswer, LinkAnswer } from './import-answer';
import { fromReaderRejection, type ImportRejection } from './import-rejection';
import { QueueLink, NOT_WAITING } from './link/queue-link';
import { bsnsOf, domainOfBericht } from './map/decide-bericht';
import { BerichtReader } from './read/bericht-reader';
import type { NewReceived, ReceivedBerichten } from './store/received-berichten';

export interface ImportOptions {
  /** The CBS code of the gemeente the messages are for (the importer's tenant): other gemeenten's are refused. */
  readonly gemeente: string;
  /** Today in the Netherlands (default); a message dated later is refused (TR135, 8848). */
  readonly today?: LocalDate;
  /** Only messages of this domain (`JEUGD` = iJw, `WMO` = iWmo) are taken: a system posts its own domain's. */
  readonly domain?: string;
  /** The system or person that handed the message in: `onBehalfOf` on its events and log lines, `handled_by`. */
  readonly by?: Actor;
}

/** Who handled a message that no person or posting system handled: the import itself (`handled_by`). */
const SYSTEM = 'system:berichten';

/**
 * Takes iJw/iWmo messages into the gemeente's households (docs/berichten.md): read and validate, answer "already
 * received" for a message seen before, find the client by BSN, record the message's events through the domain's
 * commands, or keep it in the queue when no household has the client. Every message gets a verwerkingenlog line.
 */
export class BerichtenImport {
  private readonly writer: BerichtWriter;
  private readonly log: BerichtLog;
  private readonly queueLink: QueueLink;

  constructor(
    private readonly received: ReceivedBerichten,
    executor: HouseholdCommandExecutor,
    private readonly matcher: ClientMatcher,
    log?: ProcessingLog,
    readonly reader: BerichtReader = new BerichtReader(),
  ) {
    this.writer = new BerichtWriter(executor);
    this.log = new BerichtLog(log);
    this.queueLink = new QueueLink(received, reader, matcher, executor, this.writer, this.log);
  }

  async importBericht(input: string | Uint8Array, options: ImportOptions): Promise<ImportAnswer> {
    const today = options.today ?? todayInNetherlands();
    const read = await this.reader.read(input, { today });
    const id = randomUUID();
    if (!read.ok) {
      const identiteit = read.identiteit;
      const message: NewReceived = {
        id,
        gemeente: options.gemeente,
        digest: read.digest,
        ...(read.berichtType ? { berichtType: read.berichtType } : {}),
        ...(identiteit
          ? {
              afzender: identiteit.afzender,
              identificatie: identiteit.identificatie,
              dagtekening: identiteit.dagtekening,
            }
          : {}),
      };
      return this.refuse(message, read.rejections.map(fromReaderRejection), options.by, read.berichtType);
    }
    const { bericht } = read;
    const message: NewReceived = {
      id,
      gemeente: options.gemeente,
      berichtType: bericht.identiteit.berichtType,
      afzender: bericht.identiteit.afzender,
      identificatie: bericht.identiteit.identificatie,
      dagtekening: bericht.identiteit.dagtekening,
      identificatieKey: bericht.identiteit.identificatieKey,
      digest: read.digest,
    };
    if (bericht.gemeente !== options.gemeente) {
      return this.refuse(message, [otherGemeente(bericht)], options.by, bericht.identiteit.berichtType);
    }
    if (options.domain !== undefined && domainOfBericht(bericht) !== options.domain) {
      return this.refuse(message, [otherDomain()], options.by, bericht.identiteit.berichtType);
    }
    const claim = await this.received.claim(message);
    if (!claim.claimed) {
      const existing = claim.existing;
      if (existing.digest === read.digest) {
        return {
          outcome: 'ALREADY_RECEIVED',
          berichtId: existing.id,
          berichtType: message.berichtType,
          identificatie: message.identificatie,
          ...(existing.householdId ? { householdId: existing.householdId } : {}),
          events: 0,
          rejections: [],
        };
      }
      const reused = { ...message, identificatieKey: undefined };
      return this.refuse(reused, [identityReused()], options.by, message.berichtType);
    }
    const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
    try {
      const matches = await this.matchAll(bericht);
      if (matches.some((match) => match === undefined)) {
        await this.received.waiting(id, bericht.gemeente, text, bsnsOf(bericht));
        await this.log.outcome({ bericht, id, status: 'WAITING', onBehalfOf: options.by });
        return answer('WAITING', message, id);
      }
      return await this.record(bericht, id, matches as ClientMatch[], message, options.by);
    } catch (error) {
      const failed = { code: 'IMPORT_FAILED', path: '', reason: 'Regie kon het bericht niet verwerken.' };
      await this.received.rejected(id, [failed], options.by?.userId ?? SYSTEM);
      throw error;
    }
  }

  /**
   * Replays a waiting message onto the household the functioneel beheerder chose, with every other waiting message
   * of the same client in message order. A refused link leaves the message waiting as it was (docs/berichten.md).
   */
  link(actor: Actor, berichtId: string, householdId: string, today?: LocalDate): Promise<LinkAnswer> {
    return this.queueLink.link(actor, berichtId, householdId, today ?? todayInNetherlands());
  }

  /** Takes a waiting message out of the queue without recording it, with the functioneel beheerder's reason. */
  async discard(actor: Actor, berichtId: string, reason: string): Promise<void> {
    const trimmed = reason.trim();
    if (!trimmed)
      reject('BAD_USER_INPUT', 'Geef een reden waarom het bericht niet wordt verwerkt.', { field: 'reason' });
    const waiting = await this.received.takeWaiting(berichtId, actor.gemeente ?? '');
    if (!waiting) return reject('ENTRY_NOT_FOUND', NOT_WAITING);
    await this.received.discarded(waiting.id, trimmed, actor.userId);
    await this.log.byActor(actor, {
      gemeente: waiting.gemeente,
      operation: 'WRITE',
      action: 'berichten.wachtrij.verwijderd',
      fields: waiting.berichtType ? [`bericht.${waiting.berichtType}`] : [],
      basis: 'functioneel beheerder: bericht uit de wachtrij verwijderd',
      correlationId: waiting.id,
    });
  }

  queue(actor: Actor) {
    return this.received.queue(actor.gemeente ?? '');
  }

  /**
   * AVG art. 17: the waiting messages of a person who is forgotten are shredded, whichever household (if any) they
   * are in. Call it with the person's BSN before their keys go (see docs/berichten.md).
   */
  async forgetBsn(gemeente: string, bsn: string): Promise<number> {
    const shredded = await this.received.forgetBsn(gemeente, bsn);
    if (shredded > 0) {
      await this.log.system(
        gemeente,
        'berichten.wachtrij.vernietigd',
        [`results.${shredded}`],
        'AVG art. 17: persoon vergeten',
      );
    }
    return shredded;
  }

  /**
   * Retention of the queue: what waited longer than `days` is shredded, with a verwerkingenlog line per gemeente.
   * Returns how many messages went. Scheduled by `BerichtenQueueRetention` in the api.
   */
  async expireWaiting(days: number, now = new Date()): Promise<number> {
    const expired = await this.received.expireWaiting(new Date(now.getTime() - days * 86_400_000));
    for (const [gemeente, count] of expired) {
      const basis = `bewaartermijn van de wachtrij: ${days} dagen`;
      await this.log.system(gemeente, 'berichten.wachtrij.verlopen', [`results.${count}`], basis);
    }
    return [...expired.values()].reduce((sum, count) => sum + count, 0);
  }

  /** Per Bsn of the message (a 323 may name several) the one household member with it, or undefined. */
  private async matchAll(bericht: Bericht): Promise<(ClientMatch | undefined)[]> {
    return Promise.all(
      bsnsOf(bericht).map(async (bsn) => {
        const found = await this.matcher.match(bericht.gemeente, bsn);
        return found.length === 1 ? found[0] : undefined;
      }),
    );
  }

  /** Records a message read with its client(s) found: accepted, or rejected with the reasons per element. */
  private async record(
    bericht: Bericht,
    id: string,
    matches: readonly ClientMatch[],
    message: NewReceived,
    onBehalfOf?: Actor,
  ): Promise<ImportAnswer> {
    const match = matches[0]!;
    const result = await this.writer.write(bericht, id, matches, onBehalfOf);
    const handledBy = onBehalfOf?.userId ?? SYSTEM;
    if (result.taken) {
      await this.received.accepted(id, match.householdId, match.memberId, result.eventIds, handledBy);
      await this.log.outcome({ bericht, id, status: 'ACCEPTED', match, onBehalfOf });
      const accepted = answer('ACCEPTED', message, id);
      return { ...accepted, householdId: match.householdId, events: result.eventIds.length };
    }
    const { rejections } = result;
    await this.received.rejected(id, rejections, handledBy, match.householdId);
    await this.log.outcome({ bericht, id, status: 'REJECTED', match, rejections, onBehalfOf });
    return { ...answer('REJECTED', message, id), householdId: match.householdId, rejections };
  }

  private async refuse(
    message: NewReceived,
    rejections: ImportRejection[],
    onBehalfOf?: Actor,
    berichtType?: string,
  ): Promise<ImportAnswer> {
    await this.received.insertRejected(message, rejections, onBehalfOf?.userId ?? SYSTEM);
    await this.log.refused(message.gemeente, message.id, rejections, berichtType, onBehalfOf);
    return { ...answer('REJECTED', message, message.id), rejections };
  }
}

const answer = (outcome: ImportAnswer['outcome'], message: NewReceived, id: string): ImportAnswer => ({
  outcome,
  berichtId: id,
  ...(message.berichtType ? { berichtType: message.berichtType } : {}),
  ...(message.identificatie ? { identificatie: message.identificatie } : {}),
  events: 0,
  rejections: [],
});

const otherGemeente = (bericht: Bericht): ImportRejection => ({
  code: 'GEMEENTE_MISMATCH',
  path: bericht.soort === 'toewijzing' ? 'Header/Afzender' : 'Header/Ontvanger',
  reason: 'Dit bericht is van of voor een andere gemeente. Regie leest alleen berichten van de eigen gemeente.',
});

const otherDomain = (): ImportRejection => ({
  code: 'DOMAIN_MISMATCH',
  path: 'Bericht',
  reason: 'Dit bericht hoort bij een ander domein (iJw of iWmo) dan dat van de afzender die het aanbiedt.',
});

const identityReused = (): ImportRejection => ({
  code: 'IDENTIFICATIE_NOT_UNIQUE',
  retourcode: '9056',
  path: 'Header/BerichtIdentificatie/Identificatie',
  reason:
    'Deze afzender gebruikte deze BerichtIdentificatie al voor een ander bericht van deze soort. Een Identificatie is uniek per afzender.',
});
