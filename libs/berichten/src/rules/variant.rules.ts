// The conditions on a toewijzing's variant (specific, aspecific, generic) that 301, 315 and 317 share: product,
// omvang, budget and einddatum must fit together (CD041, CD075–CD080, CD095, CD096, CS003, CS338, CS343).
import type { IsoDate, Omvang, Product } from '../model/common';
import { checkEindNaBegin } from './common.rules';
import { reject, type RuleContext } from './context';

export interface VariantInput {
  readonly product?: Product;
  readonly omvang?: Omvang;
  readonly budget?: number;
  readonly ingangsdatum: IsoDate;
  readonly einddatum?: IsoDate;
}

export interface VariantShape {
  /** Path of the item, e.g. `Client/ToegewezenProducten/ToegewezenProduct[2]`. */
  readonly path: string;
  readonly ingangsdatum: string;
  readonly einddatum: string;
  /** Whether the item names its product (not a TeWijzigenProduct, which refers to a toewijzing by number). */
  readonly hasProduct: boolean;
  /** The rule ids for "no omvang without product code" and "frequentie fits eenheid" in this message. */
  readonly omvangRule: string;
  readonly frequentieRule: string;
}

const NEW_RULES_FROM = '2020-12-31';
const COUNTED_EENHEDEN = ['14', '16', '83', '84'];
const COUNTED_FREQUENTIES = ['2', '4', '6'];

export function checkVariant(context: RuleContext, item: VariantInput, shape: VariantShape): void {
  const { path } = shape;
  const afterNewRules = item.einddatum === undefined || item.einddatum > NEW_RULES_FROM;
  if (shape.hasProduct && item.budget === undefined && !item.product) {
    reject(context, {
      code: 'PRODUCT_REQUIRED',
      rule: 'CD079',
      path: `${path}/Product`,
      reason: 'Er is geen budget ingevuld. Vul dan het product in (minstens de categorie).',
    });
  }
  if (item.budget !== undefined && item.einddatum === undefined) {
    reject(context, {
      code: 'EINDDATUM_REQUIRED',
      rule: 'CD075',
      path: `${path}/${shape.einddatum}`,
      reason: `Er is een budget ingevuld. Vul dan ook de ${shape.einddatum} in.`,
    });
  }
  if (item.omvang?.frequentie === '2' && item.einddatum === undefined) {
    reject(context, {
      code: 'EINDDATUM_REQUIRED',
      rule: 'CD076',
      path: `${path}/${shape.einddatum}`,
      reason: `De omvang is per week. Vul dan ook de ${shape.einddatum} in.`,
    });
  }
  checkEindNaBegin(context, item.ingangsdatum, item.einddatum, `${path}/${shape.einddatum}`, {
    begin: shape.ingangsdatum,
    end: shape.einddatum,
  });
  if (item.omvang && item.budget !== undefined) {
    reject(context, {
      code: 'OMVANG_AND_BUDGET',
      rule: 'CD078',
      path: `${path}/Budget`,
      reason: 'Er staan een omvang én een budget in. Kies één van beide.',
    });
  }
  if (shape.hasProduct && item.product?.code !== undefined && !item.omvang) {
    reject(context, {
      code: 'OMVANG_REQUIRED',
      rule: 'CD041',
      path: `${path}/Omvang`,
      reason: 'Er is een productcode ingevuld. Vul dan ook de omvang in (volume, eenheid en frequentie).',
    });
  }
  if (
    shape.hasProduct &&
    item.product?.code === undefined &&
    item.omvang &&
    item.budget === undefined &&
    afterNewRules
  ) {
    reject(context, {
      code: 'OMVANG_NOT_ALLOWED',
      rule: shape.omvangRule,
      path: `${path}/Omvang`,
      reason:
        'Er is geen productcode ingevuld. Laat de omvang dan leeg (een aspecifieke toewijzing heeft geen omvang).',
    });
  }
  const omvang = item.omvang;
  if (
    omvang &&
    afterNewRules &&
    COUNTED_EENHEDEN.includes(omvang.eenheid) &&
    !COUNTED_FREQUENTIES.includes(omvang.frequentie)
  ) {
    reject(context, {
      code: 'FREQUENTIE_NOT_ALLOWED',
      rule: shape.frequentieRule,
      path: `${path}/Omvang/Frequentie`,
      reason:
        'Bij deze eenheid (etmaal, dagdeel, euro of stuks) hoort de frequentie per week (2), per maand (4) of totaal (6).',
    });
  }
}
