// JW315: each AangevraagdProduct becomes a Jeugd verzoek om toewijzing. The ReferentieAanbieder is kept on the
// entry (`bericht.referentieAanbieder`) so the 301 that honours the request finds its Verwijzer.
import type { VerzoekOmToewijzingbericht } from '@regie/berichten';
import { herkomstOf } from '../herkomst';
import { recordJeugdVerzoekOmToewijzing, verzoekWithReferentie } from '../zorg-domain';
import type { FieldPaths, Steps } from './steps';

const FIELDS: FieldPaths = {
  productcategorie: 'Product/Categorie',
  productcode: 'Product/Code',
  gewensteIngangsdatum: 'ToewijzingIngangsdatum',
  verwijzer: 'Verwijzer/Type',
  providerAgb: '/Header/Afzender',
  memberId: '/Client/Bsn',
};

export function mapJeugdVerzoekOmToewijzing(bericht: VerzoekOmToewijzingbericht, memberId: string, steps: Steps) {
  bericht.client.aangevraagdeProducten.forEach((product, index) => {
    const path = `Client/AangevraagdeProducten/AangevraagdProduct[${index + 1}]`;
    if (verzoekWithReferentie(steps.current, product.referentieAanbieder)) return; // this request is in Regie already
    if (!product.product) {
      steps.refuse({
        code: 'PRODUCT_CATEGORIE_REQUIRED',
        path: `${path}/ReferentieAanbieder`,
        reason:
          'Regie legt een verzoek om toewijzing alleen vast met een productcategorie. Een verzoek zonder Product kan Regie niet inlezen.',
      });
      return;
    }
    const category = product.product;
    const herkomst = herkomstOf(bericht, { referentieAanbieder: product.referentieAanbieder });
    steps.run(path, FIELDS, (context) =>
      recordJeugdVerzoekOmToewijzing(
        {
          memberId,
          providerAgb: bericht.aanbieder,
          productcategorie: category.categorie,
          productcode: category.code ?? null,
          gewensteIngangsdatum: product.toewijzingIngangsdatum,
          verwijzer: product.verwijzer.type,
          bericht: herkomst,
        },
        context,
      ),
    );
  });
}
