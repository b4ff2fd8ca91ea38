import { Button } from '@utrecht/button-react';
import { useRef, useState, type FormEvent } from 'react';
import { containsBsn } from '../app/bsn';
import { controlProps, ErrorSummary, FormField, type FieldErrors } from '../components/form';

/** The api's minimum and maximum (MIN_EMERGENCY_REASON, MAX_EMERGENCY_REASON). */
export const MIN_REASON = 10;
const MAX_REASON = 500;

/** The api's checks of a reason, in the form's words: it is kept in the verwerkingenlog, so no BSN and not too long. */
export function reasonProblem(reason: string): string | undefined {
  if (reason.length < MIN_REASON)
    return `Schrijf waarom u dit huishouden nu moet zien: ten minste ${MIN_REASON} tekens.`;
  if (reason.length > MAX_REASON) return `Schrijf het korter: hoogstens ${MAX_REASON} tekens.`;
  if (containsBsn(reason)) return 'Zet geen BSN in de reden. De reden blijft lang bewaard in het verwerkingenlog.';
  return undefined;
}

const storageKey = (householdId: string) => `regie-noodprocedure-${householdId}`;

/** The reason of an open noodprocedure of this tab (a reload keeps the emergency view, and its banner). */
export function storedEmergencyReason(householdId: string): string | undefined {
  return sessionStorage.getItem(storageKey(householdId)) ?? undefined;
}

export function storeEmergencyReason(householdId: string, reason: string | undefined): void {
  if (reason) sessionStorage.setItem(storageKey(householdId), reason);
  else sessionStorage.removeItem(storageKey(householdId));
}

/**
 * Noodprocedure (break the glass): opening a household one may not normally see, for a reason of at least ten
 * characters. The api logs it as an emergency access; the auditor sees it with its reason.
 */
export function EmergencyAccessForm({ onOpen, refused }: { onOpen: (reason: string) => void; refused?: boolean }) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>(
    refused
      ? { reason: 'De noodprocedure is geweigerd. Alleen regisseurs en domeinmedewerkers kunnen haar gebruiken.' }
      : {},
  );
  const summary = useRef<HTMLDivElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = reasonProblem(reason.trim());
    if (problem) {
      setErrors({ reason: problem });
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    onOpen(reason.trim());
  };
  return (
    <form className="regie-form regie-plan-form" onSubmit={submit} noValidate aria-labelledby="noodprocedure-kop">
      <h2 className="utrecht-heading-2" id="noodprocedure-kop">
        Noodprocedure
      </h2>
      <p className="utrecht-paragraph">
        Is er acuut gevaar of nood, en moet u dit huishouden nu zien? Dan kunt u de noodprocedure gebruiken. U ziet het
        huishouden dan zonder de gewone toegang. Regie legt vast wie keek en waarom. De privacy-auditor controleert dit.
      </p>
      <ErrorSummary errors={errors} idOf={() => 'noodprocedure-reden'} ref={summary} />
      <FormField
        id="noodprocedure-reden"
        label="Waarom moet u dit huishouden nu zien?"
        hint={`Ten minste ${MIN_REASON} tekens. Bijvoorbeeld: melding van Veilig Thuis, kind in gevaar. Noem geen namen en geen BSN: de reden blijft lang bewaard.`}
        error={errors.reason}
      >
        <textarea
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          {...controlProps('noodprocedure-reden', errors.reason, true)}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button">
        Huishouden openen met de noodprocedure
      </Button>
    </form>
  );
}

/** Shown as long as the emergency view is open: what it means, and a way to close it. */
export function EmergencyBanner({ reason, onClose }: { reason: string; onClose: () => void }) {
  return (
    <div
      className="utrecht-alert utrecht-alert--warning regie-emergency-banner"
      role="region"
      aria-label="Noodprocedure"
    >
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph">
          <strong>Noodprocedure: u bekijkt dit huishouden zonder de gewone toegang.</strong> Alles wat u hier ziet,
          wordt vastgelegd met uw reden: “{reason}”. U kunt hier niets aanpassen.
        </p>
        <Button type="button" appearance="secondary-action-button" onClick={onClose}>
          Noodprocedure sluiten
        </Button>
      </div>
    </div>
  );
}
