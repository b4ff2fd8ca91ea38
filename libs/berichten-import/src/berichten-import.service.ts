import { randomUUID } from 'node:crypto';
import type { Actor } from '@regie/access';
import type { ProcessingLog, ProcessingLogEntry } from '@regie/audit';
import type { Bericht } from '@regie/berichten';
import {
  DomainRejection,
  reject,
  todayInNetherlands,
  type Decider,
  type HouseholdCommandExecutor,
  type LocalDate,
} from '@regie/household';
import type { ClientMatch, ClientMatcher } from './client-matcher';
import type { ImportAnswer } from './import-answer';
import { BerichtAfgewezen, fromReaderRejection, type ImportRejection } from './import-rejection';
import { bsnsOf, decideBericht, domainOfBericht, isRecordedOnly } from './map/decide-bericht';
import { BerichtReader } from './read/bericht-reader';
import type { NewReceived, ReceivedBerichten } from './store/received-berichten';

export interface ImportOptions {
  /** The CBS code of the gemeente the messages are for (the importer's tenant): other gemeenten's are refused. */
  readonly gemeente: string;
  /** Today in the Netherlands (default); a message dated later is refused (TR135, 8848). */
  readonly today?: LocalDate;
  /** Only messages of this domain (`JEUGD` = iJw, `WMO` = iWmo) are taken: a system posts its own domain's. */
  readonly domain?: string;
  /** The system or person that handed the message in: `onBehalfOf` on the events it writes. */
  readonly by?: Actor;
}

/** The system actor that records a message's events: a domeinmedewerker of the message's domain. */
export const berichtenActor = (gemeente: string, domain: string): Actor => ({
  userId: 'system:berichten',
  name: 'Berichtenimport',
  role: 'domeinmedewerker',
  domain,
  gemeente,
});

const MAX_LOGGED_CODES = 20;

/**
 * Takes iJw/iWmo messages into the gemeente's households (docs/berichten.md): read and validate, answer "already
 * received" for a message seen before, find the client by BSN, record the message's events through the domain's
 * commands, or keep it in the queue when no household has the client. Every message gets a verwerkingenlog line.
 */
export class BerichtenImport {
  constructor(
    private readonly received: ReceivedBerichten,
    private readonly executor: HouseholdCommandExecutor,
    private readonly matcher: ClientMatcher,
    private readonly log?: ProcessingLog,
    readonly reader: BerichtReader = new BerichtReader(),
  ) {}

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
      return this.refuse(message, read.rejections.map(fromReaderRejection), read.berichtType);
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
      return this.refuse(message, [otherGemeente(bericht)], bericht.identiteit.berichtType);
    }
    if (options.domain !== undefined && domainOfBericht(bericht) !== options.domain) {
      return this.refuse(message, [otherDomain()], bericht.identiteit.berichtType);
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
      return this.refuse({ ...message, identificatieKey: undefined }, [identityReused()], message.berichtType);
    }
    const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
    try {
      const matches = await this.matchAll(bericht);
      if (matches.some((match) => match === undefined)) {
        await this.received.waiting(id, bericht.gemeente, text, bsnsOf(bericht));
        await this.logLine(bericht, id, 'WAITING');
        return answer('WAITING', message, id);
      }
      return await this.record(bericht, id, matches as ClientMatch[], message, options.by);
    } catch (error) {
      await this.received.rejected(id, [
        { code: 'IMPORT_FAILED', path: '', reason: 'Regie kon het bericht niet verwerken.' },
      ]);
      throw error;
    }
  }

  /** Replays a waiting message onto the household the functioneel beheerder chose. */
  async link(actor: Actor, berichtId: string, householdId: string, today?: LocalDate): Promise<ImportAnswer> {
    const gemeente = actor.gemeente ?? '';
    const waiting = await this.received.takeWaiting(berichtId, gemeente);
    if (!waiting || waiting.xml === null) return reject('ENTRY_NOT_FOUND', NOT_WAITING);
    const read = await this.reader.read(waiting.xml, { today: today ?? todayInNetherlands() });
    if (!read.ok) throw new Error('a waiting message no longer reads');
    const { bericht } = read;
    const message: NewReceived = {
      id: waiting.id,
      gemeente,
      digest: waiting.digest,
      berichtType: bericht.identiteit.berichtType,
      identificatie: bericht.identiteit.identificatie,
    };
    const memberId = await this.matcher.memberWithBsn(householdId, bsnsOf(bericht)[0]!);
    const { state } = await this.executor.load(householdId);
    if (!memberId || state.core.gemeente !== gemeente) {
      await this.received.stillWaiting(waiting.id);
      return reject(
        'MEMBER_NOT_FOUND',
        'In dit huishouden is geen lid met het BSN van het bericht. Voeg de persoon eerst toe aan het huishouden.',
        { field: 'householdId' },
      );
    }
    // A 323 for several clients waits until every one of them is found; linking gives the household of the first.
    const others = await Promise.all(
      bsnsOf(bericht)
        .slice(1)
        .map((bsn) => this.matcher.match(gemeente, bsn)),
    );
    if (others.some((found) => found.length !== 1)) {
      await this.received.stillWaiting(waiting.id);
      return reject('MEMBER_NOT_FOUND', 'Niet alle cliënten van deze declaratie zijn in een huishouden gevonden.', {
        field: 'householdId',
      });
    }
    return this.record(
      bericht,
      waiting.id,
      [{ householdId, memberId }, ...others.map((found) => found[0]!)],
      message,
      actor,
    );
  }

  /** Takes a waiting message out of the queue without recording it, with the functioneel beheerder's reason. */
  async discard(actor: Actor, berichtId: string, reason: string): Promise<void> {
    const trimmed = reason.trim();
    if (!trimmed)
      reject('BAD_USER_INPUT', 'Geef een reden waarom het bericht niet wordt verwerkt.', { field: 'reason' });
    const waiting = await this.received.takeWaiting(berichtId, actor.gemeente ?? '');
    if (!waiting) return reject('ENTRY_NOT_FOUND', NOT_WAITING);
    await this.received.discarded(waiting.id, trimmed, actor.userId);
    await this.log?.record({
      userId: actor.userId,
      userName: actor.name,
      role: actor.role,
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
      await this.log?.record({
        ...systemLine(gemeente),
        operation: 'WRITE',
        action: 'berichten.wachtrij.vernietigd',
        fields: [`results.${shredded}`],
        basis: 'AVG art. 17: persoon vergeten',
      });
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
      await this.log?.record({
        ...systemLine(gemeente),
        operation: 'WRITE',
        action: 'berichten.wachtrij.verlopen',
        fields: [`results.${count}`],
        basis: `bewaartermijn van de wachtrij: ${days} dagen`,
      });
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

  /**
   * Records the message in the household of each client (one for every message but a 323 for several clients,
   * in the order of its Bsns). Each household is written in its own transaction: a refusal in a later one leaves
   * the earlier ones written, and sending the corrected message again skips the lines they hold.
   */
  private async record(
    bericht: Bericht,
    id: string,
    matches: readonly ClientMatch[],
    message: NewReceived,
    onBehalfOf?: Actor,
  ): Promise<ImportAnswer> {
    const match = matches[0]!;
    const bsns = bsnsOf(bericht);
    try {
      const eventIds: string[] = [];
      if (!isRecordedOnly(bericht)) {
        for (const [index, client] of matches.entries()) {
          eventIds.push(...(await this.write(bericht, id, client, bsns[index]!, onBehalfOf)));
        }
      }
      await this.received.accepted(id, match.householdId, match.memberId, eventIds, onBehalfOf?.userId);
      await this.logLine(bericht, id, 'ACCEPTED', match);
      return { ...answer('ACCEPTED', message, id), householdId: match.householdId, events: eventIds.length };
    } catch (error) {
      const rejections = rejectionsOf(error);
      if (!rejections) throw error;
      await this.received.rejected(id, rejections, match.householdId);
      await this.logLine(bericht, id, 'REJECTED', match, rejections);
      return { ...answer('REJECTED', message, id), householdId: match.householdId, rejections };
    }
  }

  private async write(
    bericht: Bericht,
    id: string,
    match: ClientMatch,
    bsn: string,
    onBehalfOf?: Actor,
  ): Promise<readonly string[]> {
    const decide: Decider = (context) => {
      const drafts = decideBericht(bericht, match.memberId, context, bsn);
      if (drafts.length === 0) throw new NothingNew();
      return drafts;
    };
    try {
      const result = await this.executor.execute({
        householdId: match.householdId,
        actor: berichtenActor(bericht.gemeente, domainOfBericht(bericht)),
        decide,
        providerAgbCodes: [bericht.aanbieder],
        correlationId: id,
        ...(onBehalfOf ? { onBehalfOf: onBehalfOf.userId } : {}),
      });
      return result.eventIds;
    } catch (error) {
      if (error instanceof NothingNew) return [];
      throw error;
    }
  }

  private async refuse(
    message: NewReceived,
    rejections: ImportRejection[],
    berichtType?: string,
  ): Promise<ImportAnswer> {
    await this.received.insertRejected(message, rejections);
    await this.log?.record({
      ...systemLine(message.gemeente),
      operation: 'DENIED',
      action: `${areaOf(berichtType)}.berichtAfgewezen`,
      fields: fieldsOf(berichtType, 'REJECTED', rejections),
      basis: 'bericht afgewezen',
      correlationId: message.id,
    });
    return { ...answer('REJECTED', message, message.id), rejections };
  }

  private async logLine(
    bericht: Bericht,
    id: string,
    status: 'ACCEPTED' | 'WAITING' | 'REJECTED',
    match?: ClientMatch,
    rejections: readonly ImportRejection[] = [],
  ): Promise<void> {
    const type = bericht.identiteit.berichtType;
    await this.log?.record({
      ...systemLine(bericht.gemeente),
      ...(match ? { householdId: match.householdId, personIds: [match.memberId] } : {}),
      operation: status === 'REJECTED' ? 'DENIED' : 'WRITE',
      action: `${areaOf(type)}.${status === 'REJECTED' ? 'berichtAfgewezen' : 'berichtOntvangen'}`,
      fields: fieldsOf(type, status, rejections),
      basis: status === 'WAITING' ? 'bericht wacht op een huishouden' : `berichtenimport ${domainOfBericht(bericht)}`,
      correlationId: id,
    });
  }
}

const NOT_WAITING = 'Dit bericht wacht niet (meer) op een huishouden.';

const answer = (outcome: ImportAnswer['outcome'], message: NewReceived, id: string): ImportAnswer => ({
  outcome,
  berichtId: id,
  ...(message.berichtType ? { berichtType: message.berichtType } : {}),
  ...(message.identificatie ? { identificatie: message.identificatie } : {}),
  events: 0,
  rejections: [],
});

const systemLine = (gemeente: string): Omit<ProcessingLogEntry, 'operation' | 'action' | 'basis'> => ({
  userId: 'system:berichten',
  userName: 'Berichtenimport',
  role: 'domeinmedewerker',
  gemeente,
});

/** The message repeats what the household holds (e.g. a 301 with the current toewijzingen): nothing to write. */
class NothingNew extends Error {}

/** `jeugd` for JW…, `wmo` for WMO…, `berichten` when the message type is unknown: the register's action prefix. */
const areaOf = (berichtType?: string) =>
  berichtType?.startsWith('JW') ? 'jeugd' : berichtType?.startsWith('WMO') ? 'wmo' : 'berichten';

function fieldsOf(berichtType: string | undefined, status: string, rejections: readonly ImportRejection[]): string[] {
  const codes = [...new Set(rejections.map((r) => `afwijzing.${r.code}`))].slice(0, MAX_LOGGED_CODES);
  return [...(berichtType ? [`bericht.${berichtType}`] : []), `status.${status}`, ...codes];
}

function rejectionsOf(error: unknown): ImportRejection[] | undefined {
  if (error instanceof BerichtAfgewezen) return [...error.rejections];
  if (error instanceof DomainRejection) {
    const reason = error.code === 'FORBIDDEN' ? 'Regie mag in dit huishouden niets vastleggen.' : error.message;
    return [{ code: error.code, path: '', reason }];
  }
  return undefined;
}

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
