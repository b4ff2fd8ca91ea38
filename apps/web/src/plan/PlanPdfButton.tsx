import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { csrfToken } from '../app/session';

const FAILURE: Record<number, string> = {
  401: 'U bent uitgelogd. Log opnieuw in en probeer het nog eens.',
  403: 'U hebt geen toegang tot dit huishouden.',
};

/**
 * Downloads the plan as a PDF for the household (made by the api, in plain Dutch, to print or hand over). The
 * download is written in the verwerkingenlog.
 */
export function PlanPdfButton({ householdId }: { householdId: string }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const download = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const response = await fetch(`/households/${householdId}/plan.pdf`, {
        headers: { 'x-csrf-token': csrfToken() ?? '', accept: 'application/pdf' },
        credentials: 'same-origin',
      });
      if (!response.ok) {
        setProblem(FAILURE[response.status] ?? 'Het plan kon niet worden gemaakt. Probeer het opnieuw.');
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = 'plan-van-het-huishouden.pdf';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setProblem('Regie is even niet bereikbaar. Probeer het over een paar minuten opnieuw.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="regie-pdf">
      <Button type="button" appearance="secondary-action-button" onClick={download} disabled={busy}>
        Plan downloaden als pdf (om te printen of mee te geven)
      </Button>
      {problem ? (
        <p className="utrecht-paragraph regie-pdf__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
