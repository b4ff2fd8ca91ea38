// JW317/WMO317: each TeWijzigenProduct becomes a verzoek om wijziging of the toewijzing it names. It changes
// nothing: the gemeente answers with a new 301. OngewijzigdeProducten say only that those stay as they are, and a
// NieuwProduct has no toewijzing yet to attach to; neither is recorded (docs/berichten.md).
import type { VerzoekOmWijzigingbericht } from '@regie/berichten';
import { herkomstOf } from '../herkomst';
import type { ToewijzingData, VerzoekOmWijzigingCommand, ZorgDomain } from '../zorg-domain';
import type { FieldPaths, Steps } from './steps';

type TeWijzigenProduct = VerzoekOmWijzigingbericht['client']['verzoek']['teWijzigenProducten'][number];

const FIELDS: FieldPaths = {
  toewijzingNummer: 'ToewijzingNummer',
  gewensteIngangsdatum: 'GewensteIngangsdatum',
  einddatum: 'Einddatum',
  omvang: 'Omvang',
  budget: 'Budget',
  reden: '/Client/Verzoek/RedenVerzoek',
  providerAgb: '/Header/Afzender',
  memberId: '/Client/Bsn',
};

/** One TeWijzigenProduct as the life cycle's command, with the product of the toewijzing it asks to change. */
export function verzoekOmWijzigingCommand(
  bericht: VerzoekOmWijzigingbericht,
  product: TeWijzigenProduct,
  toewijzing: ToewijzingData,
  memberId: string,
): VerzoekOmWijzigingCommand {
  const { verzoek } = bericht.client;
  return {
    memberId,
    providerAgb: bericht.aanbieder,
    toewijzingNummer: product.toewijzingNummer,
    productcategorie: toewijzing.productcategorie,
    productcode: toewijzing.productcode ?? null,
    gewensteIngangsdatum: product.gewensteIngangsdatum,
    einddatum: product.einddatum ?? null,
    omvang: product.omvang
      ? { volume: product.omvang.volume, eenheid: product.omvang.eenheid, frequentie: product.omvang.frequentie }
      : null,
    budget: product.budget ?? null,
    reden: verzoek.redenVerzoek,
    bericht: herkomstOf(bericht, {
      toewijzingNummer: product.toewijzingNummer,
      referentieAanbieder: verzoek.referentieAanbieder,
    }),
  };
}

export function mapVerzoekOmWijziging(
  bericht: VerzoekOmWijzigingbericht,
  memberId: string,
  domain: ZorgDomain,
  steps: Steps,
): void {
  const { identiteit } = bericht;
  bericht.client.verzoek.teWijzigenProducten.forEach((product, index) => {
    const path = `Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[${index + 1}]`;
    const found = domain.findToewijzing(steps.current, product.toewijzingNummer);
    if (
      !found ||
      found.toewijzing.data.providerAgb !== bericht.aanbieder ||
      found.toewijzing.data.memberId !== memberId
    ) {
      return steps.refuse({
        code: 'TOEWIJZING_NOT_FOUND',
        path: `${path}/ToewijzingNummer`,
        reason:
          'Regie heeft geen toewijzing met dit ToewijzingNummer voor deze aanbieder en cliënt. Een verzoek om wijziging hoort bij een toewijzing die Regie al heeft.',
      });
    }
    const held = domain
      .verzoekenOmWijziging(steps.current)
      .some(
        (verzoek) =>
          verzoek.toewijzingNummer === product.toewijzingNummer &&
          verzoek.bericht?.afzender === identiteit.afzender &&
          verzoek.bericht.identificatie === identiteit.identificatie,
      );
    if (held) return; // this request is in Regie already
    const command = verzoekOmWijzigingCommand(bericht, product, found.toewijzing.data, memberId);
    steps.run(path, FIELDS, (context) => domain.recordVerzoekOmWijziging(command, context));
  });
}
