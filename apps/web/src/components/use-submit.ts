import { useRef, useState } from 'react';
import type { CombinedError, OperationResult } from '@urql/core';
import { refusalOf, type FieldErrors } from './form';

/** Turns the api's message for a path into plain Dutch; undefined keeps the api's own message. */
export type PlainRefusal = (path: string, apiMessage: string) => string | undefined;

export interface SubmitOptions {
  /**
   * A refusal the api gives at a path the form does not show (`address`, or `form` for one without a field) goes to
   * the field it concerns, when its message matches; other refusals without a field stay in the summary.
   */
  readonly moveTo?: readonly (readonly [from: string, to: string, message: RegExp])[];
  /** Last changes to the messages of a refusal, with the api's error at hand (its extensions). */
  readonly adjust?: (refusal: FieldErrors, error: CombinedError) => void;
}

const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

/**
 * One form's messages and its api call: the form's own checks first, then the mutation; a refusal in plain Dutch at
 * the fields it names, with the focus on the error summary; anything else as a problem message.
 */
export function useSubmit(plain: PlainRefusal, { moveTo = [], adjust }: SubmitOptions = {}) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CombinedError>();
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  /** Shows the form's own checks (`found`), if any; true when there are none and the form may be sent. */
  const check = (found: FieldErrors): boolean => {
    setFailure(undefined);
    setSaved('');
    if (hasErrors(found)) {
      showErrors(found);
      return false;
    }
    setErrors({});
    return true;
  };

  /** Checks first (`found`), then sends; true when it was recorded (then `done` is shown). */
  const run = async (found: FieldErrors, send: () => Promise<OperationResult>, done: string): Promise<boolean> => {
    if (!check(found)) return false;
    setBusy(true);
    const answer = await send();
    setBusy(false);
    if (answer.error) {
      const refusal = refusalOf(answer.error, plain);
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
      adjust?.(refusal, answer.error);
      showErrors(refusal);
      return false;
    }
    setErrors({});
    setSaved(done);
    return true;
  };

  return { errors, failure, saved, busy, summary, run, check };
}
