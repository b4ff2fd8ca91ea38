import { useRef, useState } from 'react';
import type { CombinedError, OperationResult } from '@urql/core';
import { refusalOf, type FieldErrors } from '../components/form';
import type { ManageHouseholdQuery } from '../gql/graphql';
import { plainRefusal } from './refusals';

// What the sections of Huishouden beheren (ManageHouseholdPage) share: the household they get, the texts and
// options more than one of them uses, and `useStep`, the messages and api call of one form.

export type Household = NonNullable<ManageHouseholdQuery['household']>;

export interface SectionProps {
  household: Household;
  name: string;
  onChange: () => void;
}

export const RELATION_OPTIONS = [
  ['OUDER_VERZORGER', 'Ouder of verzorger'],
  ['PARTNER', 'Partner'],
  ['KIND', 'Kind'],
  ['OVERIG', 'Iemand anders'],
] as const;
export const relationLabel = (relation: string | null | undefined) =>
  RELATION_OPTIONS.find(([value]) => value === relation)?.[1] ?? 'Rol niet bekend';

export const CONFIRM: readonly (readonly [string, string])[] = [['zeker', 'Ik weet het zeker']];
export const REASON_MISSING = 'Vul een reden in. Schrijf in een paar woorden waarom.';
const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

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
 * One form of this page: its messages, its confirmation and the api call. `moveTo` places a refusal the api gives
 * at a path the form does not show (`address`, or `form` for one without a field) at the field it concerns, when
 * its message matches; other refusals without a field stay in the summary.
 */
export function useStep(moveTo: readonly (readonly [from: string, to: string, message: RegExp])[] = []) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CombinedError>();
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  /** Checks first (`found`), then sends; true when it was recorded. */
  const run = async (found: FieldErrors, send: () => Promise<OperationResult>, done: string): Promise<boolean> => {
    setFailure(undefined);
    setSaved('');
    if (hasErrors(found)) {
      showErrors(found);
      return false;
    }
    setBusy(true);
    const answer = await send();
    setBusy(false);
    if (answer.error) {
      const refusal = refusalOf(answer.error, plainHouseholdRefusal);
      if (!refusal) {
        setErrors({});
        setFailure(answer.error);
        return false;
      }
      for (const [from, to, message] of moveTo) {
        const text = refusal[from];
        if (text && message.test(text)) {
          refusal[to] = text;
          delete refusal[from];
        }
      }
      showErrors(refusal);
      return false;
    }
    setErrors({});
    setSaved(done);
    return true;
  };

  return { errors, failure, saved, busy, summary, run };
}
