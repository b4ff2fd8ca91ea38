import type { RecordContactmoment } from '../contactmoment/contactmoment';
import type { DecideContext } from '../core/decide-context';
import type { DomainModuleDefinition } from '../core/domain-module';
import type { DraftEvent } from '../core/event-envelope';
import { locatePersonalData, personalDataFieldsOf } from '../core/personal-data';
import { asHistory, FIXTURE_TODAY, fixtureMembers, givenHousehold, householdRegistered } from './decider-fixture';

/**
 * A domain's contactmoment (its decider from `contactmomentDecider`) recorded on the fixture household, as the read
 * side and the sealing store see it: for the domain's own spec that it is plugged in whole.
 */
export function contactmomentAsRecorded(
  definition: DomainModuleDefinition,
  decide: (command: RecordContactmoment, context: DecideContext) => DraftEvent[],
) {
  const context = givenHousehold([householdRegistered()], { domains: [definition] });
  const command = {
    memberId: fixtureMembers.zoon.memberId,
    datum: FIXTURE_TODAY,
    soort: 'HUISBEZOEK',
    note: 'Verslag van het huisbezoek',
  };
  const [event] = asHistory(decide(command, context), [definition]);
  const names = { member: (id: string) => context.state.core.members.get(id)?.name, provider: () => undefined };
  const { summary, note } = definition.describe(event!, names);
  const sealed = locatePersonalData(event!, (type) => personalDataFieldsOf(type, [definition])).map(
    ({ path, subject, kind }) => `${path.join('.')} ${subject.replace(/member:[^:]+/, 'member:<id>')} ${kind}`,
  );
  return { type: event!.type, domain: event!.metadata.domain, summary, note, sealed };
}
