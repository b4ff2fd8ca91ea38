// The berichten import's lines in the verwerkingenlog (docs/berichten.md, "Verwerkingenlog"): written by the system
// actor `system:berichten`, on behalf of the system that posted the message or the beheerder who linked it.
import type { Actor } from '@regie/access';
import type { ProcessingLog, ProcessingLogEntry } from '@regie/audit';
import type { Bericht } from '@regie/berichten';
import type { ClientMatch } from './client-matcher';
import type { ImportRejection } from './import-rejection';
import { domainOfBericht } from './map/decide-bericht';

const MAX_LOGGED_CODES = 20;

/** What became of a message, as its line says it (`status.<outcome>`). */
export type LoggedStatus = 'ACCEPTED' | 'WAITING' | 'REJECTED';

export interface OutcomeLine {
  readonly bericht: Bericht;
  /** The message's row id: the correlation id of its lines and of the events it wrote. */
  readonly id: string;
  readonly status: LoggedStatus;
  readonly match?: ClientMatch;
  readonly rejections?: readonly ImportRejection[];
  /** The system that posted the message, or the beheerder who linked it. */
  readonly onBehalfOf?: Actor;
  /** The beheerder linked it from the queue; WAITING then means the link was refused (DENIED, the message waits). */
  readonly link?: boolean;
}

export class BerichtLog {
  constructor(private readonly log?: ProcessingLog) {}

  /** The line of a message read (accepted, waiting or refused) or linked. */
  async outcome(line: OutcomeLine): Promise<void> {
    const { bericht, status, match, onBehalfOf } = line;
    const type = bericht.identiteit.berichtType;
    const denied = status === 'REJECTED' || (line.link === true && status === 'WAITING');
    await this.log?.record({
      ...systemLine(bericht.gemeente, onBehalfOf),
      ...(match ? { householdId: match.householdId, personIds: [match.memberId] } : {}),
      operation: denied ? 'DENIED' : 'WRITE',
      action: `${areaOf(type)}.${denied ? 'berichtAfgewezen' : 'berichtOntvangen'}`,
      fields: fieldsOf(type, status, line.rejections ?? []),
      basis: basisOf(line),
      correlationId: line.id,
    });
  }

  /** A message refused before it had a live row (unreadable, another gemeente's or domain's, a reused identity). */
  async refused(
    gemeente: string,
    id: string,
    rejections: readonly ImportRejection[],
    berichtType?: string,
    onBehalfOf?: Actor,
  ): Promise<void> {
    await this.log?.record({
      ...systemLine(gemeente, onBehalfOf),
      operation: 'DENIED',
      action: `${areaOf(berichtType)}.berichtAfgewezen`,
      fields: fieldsOf(berichtType, 'REJECTED', rejections),
      basis: 'bericht afgewezen',
      correlationId: id,
    });
  }

  /** A line of the queue's own housekeeping (forgetting, retention) by the system actor. */
  async system(gemeente: string, action: string, fields: string[], basis: string): Promise<void> {
    await this.log?.record({ ...systemLine(gemeente), operation: 'WRITE', action, fields, basis });
  }

  /** The beheerder's own line, e.g. a message discarded from the queue. */
  async byActor(actor: Actor, entry: Omit<ProcessingLogEntry, 'userId' | 'userName' | 'role'>): Promise<void> {
    await this.log?.record({ userId: actor.userId, userName: actor.name, role: actor.role, ...entry });
  }
}

function basisOf(line: OutcomeLine): string {
  if (line.link) {
    return line.status === 'ACCEPTED'
      ? 'functioneel beheerder: bericht gekoppeld aan een huishouden'
      : 'functioneel beheerder: koppelen geweigerd, het bericht blijft wachten';
  }
  if (line.status === 'WAITING') return 'bericht wacht op een huishouden';
  return `berichtenimport ${domainOfBericht(line.bericht)}`;
}

const systemLine = (
  gemeente: string,
  onBehalfOf?: Actor,
): Omit<ProcessingLogEntry, 'operation' | 'action' | 'basis'> => ({
  userId: 'system:berichten',
  userName: 'Berichtenimport',
  role: 'domeinmedewerker',
  gemeente,
  ...(onBehalfOf ? { onBehalfOf: onBehalfOf.userId } : {}),
});

/** `jeugd` for JW…, `wmo` for WMO…, `berichten` when the message type is unknown: the register's action prefix. */
const areaOf = (berichtType?: string) =>
  berichtType?.startsWith('JW') ? 'jeugd' : berichtType?.startsWith('WMO') ? 'wmo' : 'berichten';

function fieldsOf(berichtType: string | undefined, status: string, rejections: readonly ImportRejection[]): string[] {
  const codes = [...new Set(rejections.map((r) => `afwijzing.${r.code}`))].slice(0, MAX_LOGGED_CODES);
  return [...(berichtType ? [`bericht.${berichtType}`] : []), `status.${status}`, ...codes];
}
