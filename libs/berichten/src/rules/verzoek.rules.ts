// JW315/WMO315 and JW317/WMO317: the rules inside one verzoek om toewijzing or verzoek om wijziging.
import type { VerzoekOmToewijzingbericht, VerzoekOmWijzigingbericht } from '../model/verzoek';
import { checkGeboortedatum, checkUnique } from './common.rules';
import { conditional, reject, type RuleContext } from './context';
import { checkNoOverlap } from './overlap.rules';
import { checkVariant } from './variant.rules';

const REFERRERS_WITH_AGB = ['02', '03', '04', '05'];

export function checkVerzoekOmToewijzing(context: RuleContext, { client }: VerzoekOmToewijzingbericht): void {
  const items = 'Client/AangevraagdeProducten/AangevraagdProduct';
  checkGeboortedatum(context, client.geboortedatum, 'Client/Geboortedatum');
  client.aangevraagdeProducten.forEach((product, index) => {
    const path = `${items}[${index + 1}]`;
    checkVariant(
      context,
      { ...product, ingangsdatum: product.toewijzingIngangsdatum, einddatum: product.toewijzingEinddatum },
      {
        path,
        ingangsdatum: 'ToewijzingIngangsdatum',
        einddatum: 'ToewijzingEinddatum',
        hasProduct: true,
        omvangRule: 'CD095',
        frequentieRule: 'CS343',
      },
    );
    if ((product.beschikkingNummer === undefined) !== (product.beschikkingIngangsdatum === undefined)) {
      reject(context, {
        code: 'CONDITIONAL_ELEMENT',
        rule: 'CD043',
        path: `${path}/BeschikkingIngangsdatum`,
        reason: 'Vul de ingangsdatum van de beschikking in als er een beschikkingnummer is, en alleen dan.',
      });
    }
    const { type, naam, zorgverlenerCode } = product.verwijzer;
    const verwijzer = `${path}/Verwijzer`;
    if (REFERRERS_WITH_AGB.includes(type)) {
      if (zorgverlenerCode !== undefined && naam !== undefined) {
        conditional(
          context,
          `${verwijzer}/Naam`,
          'CD066',
          'Er is een zorgverlenercode ingevuld. Laat de naam van de verwijzer dan leeg.',
        );
      }
      if (zorgverlenerCode === undefined && naam === undefined) {
        conditional(
          context,
          `${verwijzer}/Naam`,
          'CD067',
          'Vul de naam van de verwijzer in als er geen zorgverlenercode is.',
        );
      }
    } else if (zorgverlenerCode !== undefined) {
      conditional(
        context,
        `${verwijzer}/ZorgverlenerCode`,
        'CD068',
        'Een zorgverlenercode hoort alleen bij een huisarts, jeugdarts, gecertificeerde instelling of medisch specialist.',
      );
    }
  });
  checkUnique(
    context,
    client.aangevraagdeProducten,
    (product) => product.referentieAanbieder,
    (index) => `${items}[${index + 1}]/ReferentieAanbieder`,
    'Deze referentie van de aanbieder',
    'TR383',
  );
  checkNoOverlap(
    context,
    client.aangevraagdeProducten.map((product, index) => ({
      product: product.product,
      begin: product.toewijzingIngangsdatum,
      end: product.toewijzingEinddatum,
      path: `${items}[${index + 1}]`,
    })),
    'TR386',
  );
}

export function checkVerzoekOmWijziging(context: RuleContext, { client }: VerzoekOmWijzigingbericht): void {
  const { ongewijzigdeProducten, teWijzigenProducten, nieuweProducten } = client.verzoek;
  const base = 'Client/Verzoek';
  if (ongewijzigdeProducten.length === 0 && teWijzigenProducten.length === 0) {
    empty(context, 'TR352', 'Noem alle lopende toewijzingen: als OngewijzigdProduct of als TeWijzigenProduct.');
  }
  if (teWijzigenProducten.length === 0 && nieuweProducten.length === 0) {
    empty(
      context,
      'TR353',
      'Er verandert niets. Een verzoek om wijziging heeft minstens één te wijzigen of nieuw product.',
    );
  }
  const ongewijzigd = `${base}/OngewijzigdeProducten/OngewijzigdProduct`;
  checkUnique(
    context,
    ongewijzigdeProducten,
    (product) => product.toewijzingNummer,
    (index) => `${ongewijzigd}[${index + 1}]/ToewijzingNummer`,
    'Dit toewijzingnummer',
  );
  const teWijzigen = `${base}/TeWijzigenProducten/TeWijzigenProduct`;
  teWijzigenProducten.forEach((product, index) =>
    checkVariant(
      context,
      { ...product, ingangsdatum: product.gewensteIngangsdatum },
      {
        path: `${teWijzigen}[${index + 1}]`,
        ingangsdatum: 'GewensteIngangsdatum',
        einddatum: 'Einddatum',
        hasProduct: false,
        omvangRule: '',
        frequentieRule: 'CS338',
      },
    ),
  );
  checkUnique(
    context,
    teWijzigenProducten,
    (product) => product.toewijzingNummer,
    (index) => `${teWijzigen}[${index + 1}]/ToewijzingNummer`,
    'Dit toewijzingnummer',
  );
  const nieuw = `${base}/NieuweProducten/NieuwProduct`;
  nieuweProducten.forEach((product, index) =>
    checkVariant(
      context,
      { ...product, ingangsdatum: product.gewensteIngangsdatum },
      {
        path: `${nieuw}[${index + 1}]`,
        ingangsdatum: 'GewensteIngangsdatum',
        einddatum: 'Einddatum',
        hasProduct: true,
        omvangRule: 'CD096',
        frequentieRule: 'CS338',
      },
    ),
  );
  checkUnique(
    context,
    nieuweProducten,
    (product) =>
      [product.product?.categorie ?? '', product.product?.code ?? '', product.gewensteIngangsdatum].join('\u0000'),
    (index) => `${nieuw}[${index + 1}]`,
    'Dit nieuwe product met deze ingangsdatum',
  );
  checkNoOverlap(
    context,
    nieuweProducten.map((product, index) => ({
      product: product.product,
      begin: product.gewensteIngangsdatum,
      end: product.einddatum,
      path: `${nieuw}[${index + 1}]`,
    })),
    'TR410',
  );
}

const empty = (context: RuleContext, rule: string, reason: string) =>
  reject(context, { code: 'VERZOEK_EMPTY', rule, path: 'Client/Verzoek', reason });
