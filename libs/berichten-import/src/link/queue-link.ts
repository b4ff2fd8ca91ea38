// The functioneel beheerder links a waiting message to the household that now has its client. Regie then takes
// every waiting message of that client (the same BSN) in message order, as the CLI reads an export: a 301 before
// the 305 that names it, whichever of them the beheerder chose. A message whose link is refused keeps waiting as
// it was (sealed, its key kept) with the reason for the beheerder; only a message taken in leaves the queue.
import type { Actor } from '@regie/access';
import type { Bericht } from '@regie/berichten';
import { reject, type HouseholdCommandExecutor, type LocalDate } from '@regie/household';
import type { BerichtLog } from '../bericht-log';
import type { BerichtWriter } from '../bericht-writer';
import type { ClientMatch, ClientMatcher } from '../client-matcher';
import type { ImportAnswer, LinkAnswer } from '../import-answer';
import { bsnsOf } from '../map/decide-bericht';
import { messageOrderKey } from '../message-order';
import type { BerichtReader } from '../read/bericht-reader';
import type { ReceivedBericht, ReceivedBerichten } from '../store/received-berichten';
import { clientsMissing, linkRefusals } from './link-refusals';

export const NOT_WAITING = 'Dit bericht wacht niet (meer) op een huishouden.';

/** A waiting message taken out of the queue for this link (status PROCESSING until it is settled). */
interface Taken {
  readonly row: ReceivedBericht;
  readonly bericht: Bericht;
  /** Set once settled: taken into the household, or back in the queue. */
  outcome?: 'ACCEPTED' | 'WAITING';
}

/** The client the beheerder chose the household for. */
interface LinkedClient extends ClientMatch {
  readonly bsn: string;
}

export class QueueLink {
  constructor(
    private readonly received: ReceivedBerichten,
    private readonly reader: BerichtReader,
    private readonly matcher: ClientMatcher,
    private readonly executor: HouseholdCommandExecutor,
    private readonly writer: BerichtWriter,
    private readonly log: BerichtLog,
  ) {}

  async link(actor: Actor, berichtId: string, householdId: string, today: LocalDate): Promise<LinkAnswer> {
    const gemeente = actor.gemeente ?? '';
    const chosen = await this.take(berichtId, gemeente, today);
    if (!chosen) return reject('ENTRY_NOT_FOUND', NOT_WAITING);
    const client = await this.clientIn(householdId, gemeente, bsnsOf(chosen.bericht)[0]!);
    if (!client) {
      await this.received.stillWaiting(chosen.row.id);
      return reject(
        'MEMBER_NOT_FOUND',
        'In dit huishouden is geen lid met het BSN van het bericht. Voeg de persoon eerst toe aan het huishouden.',
        { field: 'householdId' },
      );
    }
    const group = [chosen, ...(await this.takeOthersOf(client.bsn, chosen.row.id, gemeente, today))];
    group.sort((a, b) => orderOf(a).localeCompare(orderOf(b)));
    const answers: ImportAnswer[] = [];
    try {
      for (const item of group) answers.push(await this.linkOne(item, group, client, actor));
    } finally {
      // Whatever went wrong, nothing taken for this link stays out of the queue unsettled.
      for (const item of group.filter((one) => !one.outcome)) await this.received.stillWaiting(item.row.id);
    }
    const answer = answers[group.indexOf(chosen)]!;
    return { ...answer, together: answers };
  }

  /** The member with this BSN in this household of the gemeente, or undefined. */
  private async clientIn(householdId: string, gemeente: string, bsn: string): Promise<LinkedClient | undefined> {
    const memberId = await this.matcher.memberWithBsn(householdId, bsn);
    const { state } = await this.executor.load(householdId);
    return memberId && state.core.gemeente === gemeente ? { householdId, memberId, bsn } : undefined;
  }

  /** A waiting message taken for this link and read; undefined when it no longer waits (or no longer reads). */
  private async take(id: string, gemeente: string, today: LocalDate): Promise<Taken | undefined> {
    const row = await this.received.takeWaiting(id, gemeente);
    if (!row) return undefined;
    const read = row.xml === null ? undefined : await this.reader.read(row.xml, { today });
    if (!read?.ok) {
      await this.received.stillWaiting(row.id);
      return undefined;
    }
    return { row, bericht: read.bericht };
  }

  private async takeOthersOf(bsn: string, chosenId: string, gemeente: string, today: LocalDate): Promise<Taken[]> {
    const taken: Taken[] = [];
    for (const waiting of await this.received.waitingWithBsn(gemeente, bsn)) {
      if (waiting.id === chosenId) continue;
      const one = await this.take(waiting.id, gemeente, today);
      if (one) taken.push(one);
    }
    return taken;
  }

  /** Records one message of the client; a refusal leaves it waiting, with the reasons for the beheerder. */
  private async linkOne(item: Taken, group: readonly Taken[], client: LinkedClient, actor: Actor) {
    const { row, bericht } = item;
    const matches = await this.matchesOf(bericht, client);
    const result = matches
      ? await this.writer.write(bericht, row.id, matches, actor)
      : ({ taken: false, rejections: [clientsMissing()] } as const);
    const match = matches?.[0] ?? { householdId: client.householdId, memberId: client.memberId };
    if (result.taken) {
      await this.received.accepted(row.id, match.householdId, match.memberId, result.eventIds, actor.userId);
      item.outcome = 'ACCEPTED';
      await this.log.outcome({ bericht, id: row.id, status: 'ACCEPTED', match, onBehalfOf: actor, link: true });
      return answerOf(row, bericht, 'ACCEPTED', match.householdId, result.eventIds.length);
    }
    const waiting = group.filter((other) => other !== item && other.outcome !== 'ACCEPTED').map((one) => one.bericht);
    const refusals = linkRefusals(bericht, result.rejections, waiting);
    await this.received.stillWaiting(row.id, refusals);
    item.outcome = 'WAITING';
    await this.log.outcome({
      bericht,
      id: row.id,
      status: 'WAITING',
      match,
      rejections: refusals,
      onBehalfOf: actor,
      link: true,
    });
    return { ...answerOf(row, bericht, 'WAITING', match.householdId, 0), rejections: refusals };
  }

  /** Per Bsn of the message the member it goes to: the chosen client, and for a 323's others the one household found. */
  private async matchesOf(bericht: Bericht, client: LinkedClient): Promise<ClientMatch[] | undefined> {
    const matches: ClientMatch[] = [];
    for (const bsn of bsnsOf(bericht)) {
      if (bsn === client.bsn) {
        matches.push({ householdId: client.householdId, memberId: client.memberId });
        continue;
      }
      const found = await this.matcher.match(bericht.gemeente, bsn);
      if (found.length !== 1) return undefined;
      matches.push(found[0]!);
    }
    return matches;
  }
}

const orderOf = (item: Taken) =>
  `${messageOrderKey(item.row.dagtekening, item.row.berichtType)}/${item.row.receivedAt.toISOString()}`;

function answerOf(
  row: ReceivedBericht,
  bericht: Bericht,
  outcome: 'ACCEPTED' | 'WAITING',
  householdId: string,
  events: number,
): ImportAnswer {
  return {
    outcome,
    berichtId: row.id,
    berichtType: bericht.identiteit.berichtType,
    identificatie: bericht.identiteit.identificatie,
    householdId,
    events,
    rejections: [],
  };
}
