import { useSubmit, type SubmitOptions } from '../components/use-submit';
import type { ManageHouseholdQuery } from '../gql/graphql';
import { plainRefusal } from './refusals';

// What the sections of Huishouden beheren (ManageHouseholdPage) share: the household they get, the texts more than
// one of them uses, and `useStep`, the messages and api call of one form. A member's role (its options, its label)
// is in `member-relation.ts`, shared with Huishouden registreren.

export type Household = NonNullable<ManageHouseholdQuery['household']>;

export interface SectionProps {
  household: Household;
  name: string;
  onChange: () => void;
}

export const REASON_MISSING = 'Vul een reden in. Schrijf in een paar woorden waarom.';

/** The api's refusals of these steps in plain Dutch; the rest as in the other beheer forms. */
function plainHouseholdRefusal(path: string, apiMessage: string): string | undefined {
  if (/hoort al bij/.test(apiMessage)) return 'Deze persoon hoort al bij dit huishouden. Controleer het BSN.';
  if (/al het woonadres/.test(apiMessage))
    return 'Dit is al het woonadres van het huishouden. Vul het nieuwe adres in.';
  if (/gesloten; heropen/.test(apiMessage)) return 'Dit huishouden is gesloten. Heropen het eerst.';
  if (/niet gesloten/.test(apiMessage)) return 'Dit huishouden is niet gesloten.';
  if (/geen regisseur/.test(apiMessage)) return 'Dit huishouden heeft geen regisseur.';
  if (/hoort niet \(meer\)/.test(apiMessage)) return 'Deze persoon hoort niet meer bij dit huishouden.';
  if (path === 'reason') return REASON_MISSING;
  if (path.startsWith('address.')) return apiMessage; // the api's address texts are already plain
  return plainRefusal(path, apiMessage);
}

/**
 * One form of this page: its messages and the api call (`useSubmit` with this page's plain Dutch). `moveTo` places a
 * refusal the api gives at a path the form does not show at the field it concerns (see `SubmitOptions`).
 */
export const useStep = (moveTo: SubmitOptions['moveTo'] = []) => useSubmit(plainHouseholdRefusal, { moveTo });
