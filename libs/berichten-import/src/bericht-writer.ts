// Writes a message's events into the household of each client through the HouseholdCommandExecutor, as the system
// actor, and says whether it was taken in or refused. It does not touch the message's row: its callers decide what a
// refusal means (the import rejects the message, a link leaves it waiting).
import type { Actor } from '@regie/access';
import type { Bericht } from '@regie/berichten';
import { DomainRejection, type Decider, type HouseholdCommandExecutor } from '@regie/household';
import type { ClientMatch } from './client-matcher';
import { BerichtAfgewezen, type ImportRejection } from './import-rejection';
import { bsnsOf, decideBericht, domainOfBericht, isRecordedOnly } from './map/decide-bericht';

/** The system actor that records a message's events: a domeinmedewerker of the message's domain. */
export const berichtenActor = (gemeente: string, domain: string): Actor => ({
  userId: 'system:berichten',
  name: 'Berichtenimport',
  role: 'domeinmedewerker',
  domain,
  gemeente,
});

export type WriteResult =
  | { readonly taken: true; readonly eventIds: readonly string[] }
  | { readonly taken: false; readonly rejections: readonly ImportRejection[] };

export class BerichtWriter {
  constructor(private readonly executor: HouseholdCommandExecutor) {}

  /**
   * Records the message in the household of each client (one for every message but a 323 for several clients, in
   * the order of its Bsns). Each household is written in its own transaction: a refusal in a later one leaves the
   * earlier ones written, and sending the corrected message again skips the lines they hold. A refusal comes back
   * as `taken: false`; anything else that goes wrong is thrown.
   */
  async write(bericht: Bericht, id: string, matches: readonly ClientMatch[], onBehalfOf?: Actor): Promise<WriteResult> {
    const bsns = bsnsOf(bericht);
    const eventIds: string[] = [];
    try {
      if (!isRecordedOnly(bericht)) {
        for (const [index, client] of matches.entries()) {
          eventIds.push(...(await this.writeOne(bericht, id, client, bsns[index]!, onBehalfOf)));
        }
      }
      return { taken: true, eventIds };
    } catch (error) {
      const rejections = rejectionsOf(error);
      if (!rejections) throw error;
      return { taken: false, rejections };
    }
  }

  private async writeOne(
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
}

/** The message repeats what the household holds (e.g. a 301 with the current toewijzingen): nothing to write. */
class NothingNew extends Error {}

function rejectionsOf(error: unknown): ImportRejection[] | undefined {
  if (error instanceof BerichtAfgewezen) return [...error.rejections];
  if (error instanceof DomainRejection) {
    const reason = error.code === 'FORBIDDEN' ? 'Regie mag in dit huishouden niets vastleggen.' : error.message;
    return [{ code: error.code, path: '', reason }];
  }
  return undefined;
}
