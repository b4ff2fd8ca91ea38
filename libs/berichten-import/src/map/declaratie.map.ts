// JW323/WMO323: each Prestatie of the client becomes one declaration line through the domain's command. A credit
// line (DebetCredit C) names the debit line it cancels by VorigReferentieNummer: Regie records it under that
// reference, so the read side nets the two (docs/berichten.md).
import type { Declaratiebericht, Prestatie } from '@regie/berichten';
import { herkomstOf } from '../herkomst';
import type { DeclaratieCommand, DeclaratieRef, ZorgDomain } from '../zorg-domain';
import type { FieldPaths, Steps } from './steps';

const FIELDS: FieldPaths = {
  toewijzingNummer: 'ToewijzingNummer',
  productReferentie: 'ProductReferentie/ReferentieNummer',
  periodBegin: 'ProductPeriode/Begindatum',
  periodEnd: 'ProductPeriode/Einddatum',
  productcategorie: 'ProductCategorie',
  productcode: 'ProductCode',
  geleverdVolume: 'GeleverdVolume',
  eenheid: 'Eenheid',
  productTariefCents: 'ProductTarief',
  ingediendBedragCents: 'IngediendBedrag/Bedrag',
  debetCredit: 'IngediendBedrag/DebetCredit',
  declaratieNummer: '/Declaratie/DeclaratieNummer',
  providerAgb: '/Header/Afzender',
  memberId: '/Declaratie/Clienten/Client/Bsn',
};

/** One Prestatie as the life cycle's command: pure, no state. */
export function declaratieCommand(
  bericht: Declaratiebericht,
  prestatie: Prestatie,
  memberId: string,
): DeclaratieCommand {
  const { referentieNummer, vorigReferentieNummer } = prestatie.productReferentie;
  const credit = prestatie.ingediendBedrag.debetCredit === 'C';
  return {
    memberId,
    providerAgb: bericht.aanbieder,
    toewijzingNummer: prestatie.toewijzingNummer,
    declaratieNummer: bericht.declaratie.declaratieNummer,
    // A credit line is recorded under the line it cancels (CD060: only a credit line has VorigReferentieNummer).
    productReferentie: credit && vorigReferentieNummer !== undefined ? vorigReferentieNummer : referentieNummer,
    periodBegin: prestatie.productPeriode.begindatum,
    periodEnd: prestatie.productPeriode.einddatum,
    productcategorie: prestatie.productCategorie,
    productcode: prestatie.productCode,
    geleverdVolume: prestatie.geleverdVolume,
    eenheid: prestatie.eenheid,
    productTariefCents: prestatie.productTarief ?? null,
    ingediendBedragCents: prestatie.ingediendBedrag.bedrag,
    debetCredit: credit ? 'C' : 'D',
    bericht: herkomstOf(bericht, { toewijzingNummer: prestatie.toewijzingNummer }),
  };
}

const sameLine = (held: DeclaratieRef, command: DeclaratieCommand) =>
  held.providerAgb === command.providerAgb &&
  held.declaratieNummer === command.declaratieNummer &&
  held.productReferentie === command.productReferentie &&
  held.debetCredit === command.debetCredit;

/** The Prestaties of the client with this Bsn, each recorded unless Regie holds the same line already. */
export function mapDeclaratie(
  bericht: Declaratiebericht,
  bsn: string,
  memberId: string,
  domain: ZorgDomain,
  steps: Steps,
): void {
  bericht.declaratie.clienten.forEach((client, clientIndex) => {
    if (client.bsn !== bsn) return;
    client.prestaties.forEach((prestatie, index) => {
      const path = `Declaratie/Clienten/Client[${clientIndex + 1}]/Prestaties/Prestatie[${index + 1}]`;
      const command = declaratieCommand(bericht, prestatie, memberId);
      if (domain.declaraties(steps.current).some((held) => sameLine(held, command))) return; // sent again
      steps.run(path, FIELDS, (context) => domain.recordDeclaratie(command, context));
    });
  });
}
