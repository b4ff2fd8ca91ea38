import type { Bericht } from '@regie/berichten';
import type { BerichtHerkomst } from '@regie/household';

/** The message's identity as an entry keeps it (`bericht` on the event), with the product's own keys. */
export function herkomstOf(
  bericht: Bericht,
  product: { toewijzingNummer?: string; referentieAanbieder?: string; toewijzingVersie?: string } = {},
): BerichtHerkomst {
  const { identiteit } = bericht;
  return {
    berichtType: identiteit.berichtType,
    afzender: identiteit.afzender,
    identificatie: identiteit.identificatie,
    dagtekening: identiteit.dagtekening,
    ...(product.toewijzingNummer !== undefined ? { toewijzingNummer: product.toewijzingNummer } : {}),
    ...(product.referentieAanbieder !== undefined ? { referentieAanbieder: product.referentieAanbieder } : {}),
    ...(product.toewijzingVersie !== undefined ? { toewijzingVersie: product.toewijzingVersie } : {}),
  };
}
