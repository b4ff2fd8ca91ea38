// The queue screen's words for messages and for what a link did (B1).

/** What a message is, in words: "Start zorg (JW305)". */
const BERICHT_NAMES: Record<string, string> = {
  '301': 'Toewijzing',
  '305': 'Start zorg',
  '307': 'Stop zorg',
  '315': 'Verzoek om toewijzing',
  '317': 'Verzoek om wijziging',
  '323': 'Declaratie',
};

export const berichtName = (type: string) => `${BERICHT_NAMES[type.slice(-3)] ?? 'Bericht'} (${type})`;

/** One message a link took, as `linkBericht` answers it in `together`. */
export interface LinkedBericht {
  readonly outcome: string;
}

/**
 * What the beheerder reads after a link: Regie takes every waiting message of the client, so say how many went into
 * the household and that the others still wait, with their reason at the message.
 */
export function linkSummary(together: readonly LinkedBericht[], household: string): string {
  const total = together.length;
  const accepted = together.filter((bericht) => bericht.outcome === 'ACCEPTED').length;
  if (total <= 1) {
    return accepted === 1
      ? `Het bericht is verwerkt in het huishouden ${household}.`
      : 'Het bericht is niet verwerkt. Het wacht nog. Bij het bericht staat waarom.';
  }
  if (accepted === total)
    return `De ${total} wachtende berichten van deze cliënt zijn verwerkt in het huishouden ${household}.`;
  if (accepted === 0) {
    return `Geen van de ${total} berichten van deze cliënt is verwerkt. Ze wachten nog. Bij elk bericht staat waarom.`;
  }
  return `${accepted} van de ${total} berichten van deze cliënt zijn verwerkt in het huishouden ${household}. De andere wachten nog. Bij elk bericht staat waarom.`;
}
