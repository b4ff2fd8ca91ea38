import { domainState, reject, type DecideContext } from '@regie/household';
import type { ToewijzingProfile } from './profile';
import { findToewijzing, initialLifecycleState, type LifecycleState, type ToewijzingView } from './state';
import type { ToewijzingVastgelegd } from './events';

/** The domain's slice of the household the decider runs on. */
export const lifecycleState = (profile: ToewijzingProfile, context: DecideContext): LifecycleState =>
  domainState<LifecycleState | undefined>(context, profile.domain) ?? initialLifecycleState;

/** The toewijzing with this number that counts, or a TOEWIJZING_NOT_FOUND rejection. */
export function existingToewijzing<Toewijzing extends ToewijzingVastgelegd = ToewijzingVastgelegd>(
  profile: ToewijzingProfile,
  context: DecideContext,
  toewijzingNummer: string,
): ToewijzingView<Toewijzing> {
  const view = findToewijzing<Toewijzing>(profile, lifecycleState(profile, context), toewijzingNummer);
  if (!view) {
    return reject(
      'TOEWIJZING_NOT_FOUND',
      `Geen (geldige) toewijzing met nummer ${toewijzingNummer} in dit huishouden`,
      {
        toewijzingNummer,
      },
    );
  }
  return view;
}

/** A message about a toewijzing comes from its own aanbieder and is about its own client. */
export function assertSameParties(
  toewijzing: ToewijzingVastgelegd,
  command: { readonly memberId: string; readonly providerAgb: string },
): void {
  if (command.providerAgb !== toewijzing.providerAgb) {
    reject(
      'BAD_USER_INPUT',
      `Toewijzing ${toewijzing.toewijzingNummer} is van een andere aanbieder dan ${command.providerAgb}`,
      { field: 'providerAgb' },
    );
  }
  if (command.memberId !== toewijzing.memberId) {
    reject('BAD_USER_INPUT', `Toewijzing ${toewijzing.toewijzingNummer} is voor een ander gezinslid`, {
      field: 'memberId',
    });
  }
}
