import { codeProblem } from '@regie/toewijzing';
import { IWMO_PRODUCTCATEGORIE } from '@regie/berichten';
import { WMO_BESLUIT_UITKOMST, WMO_CONCLUSIE, WMO_TOEREIKEND, wmoCodeProblem } from './wmo.codes';

// Field rules of the Wmo procedure (melding, onderzoek, besluit), shared by the deciders (which reject) and
// validateWmoCorrection (which returns the message). The life cycle's rules are in libs/toewijzing.

export const productcategorieProblem = (value: unknown) =>
  codeProblem(IWMO_PRODUCTCATEGORIE, value, 'productcategorie');
export const conclusieProblem = (value: unknown) =>
  wmoCodeProblem(WMO_CONCLUSIE, 'de conclusies van het onderzoek', value, 'conclusie');
export const uitkomstProblem = (value: unknown) =>
  wmoCodeProblem(WMO_BESLUIT_UITKOMST, 'de uitkomsten van een besluit', value, 'uitkomst');
export const toereikendProblem = (value: unknown, field: string) =>
  wmoCodeProblem(WMO_TOEREIKEND, 'JA, DEELS, NEE', value, field);
/** The rules across fields of a besluit: what each uitkomst needs. */
export function besluitShapeProblem(besluit: {
  readonly uitkomst: string;
  readonly productcategorie?: string;
  readonly algemeneVoorziening?: string;
}): string | undefined {
  if (besluit.uitkomst === 'TOEGEKEND' && besluit.productcategorie === undefined) {
    return 'Een toegekend besluit noemt de productcategorie (WMO020) van de maatwerkvoorziening';
  }
  if (besluit.uitkomst === 'VERWEZEN_NAAR_ALGEMENE_VOORZIENING' && besluit.algemeneVoorziening === undefined) {
    return 'Een verwijzing naar een algemene voorziening noemt die voorziening (algemeneVoorziening)';
  }
  return undefined;
}
