// JW305/WMO305 and JW307/WMO307: the rules inside one start- or stopbericht.
import type { StartProduct, StartZorgbericht, StopProduct, StopZorgbericht } from '../model/zorg';
import { checkEindNaBegin, checkGeboortedatum, checkUnique, notAfterDagtekening } from './common.rules';
import { reject, type RuleContext } from './context';

/** CS058 and OP033x2: a 305/307 is a first delivery (1) or withdraws an earlier one (3); 2 and 9 are not used. */
function checkStatus(context: RuleContext, product: StartProduct, path: string): void {
  if (product.statusAanlevering === '1' || product.statusAanlevering === '3') return;
  reject(context, {
    code: 'STATUS_AANLEVERING_NOT_ALLOWED',
    rule: 'CS058',
    path: `${path}/StatusAanlevering`,
    reason:
      'StatusAanlevering is 1 (eerste aanlevering) of 3 (verwijderen). Wilt u iets verbeteren? Stuur dan de oude ' +
      'regel met 3 en daarna de goede regel met 1.',
  });
}

const startKey = (product: StartProduct) =>
  [
    product.toewijzingNummer ?? '',
    product.product?.categorie ?? '',
    product.product?.code ?? '',
    product.begindatum,
  ].join('\u0000');

export function checkStartZorg(context: RuleContext, { client }: StartZorgbericht): void {
  const items = 'Client/StartProducten/StartProduct';
  checkGeboortedatum(context, client.geboortedatum, 'Client/Geboortedatum');
  client.startProducten.forEach((product, index) => {
    const path = `${items}[${index + 1}]`;
    checkStatus(context, product, path);
    notAfterDagtekening(context, product.begindatum, `${path}/Begindatum`, 'De begindatum');
  });
  checkUnique(
    context,
    client.startProducten,
    startKey,
    (index) => `${items}[${index + 1}]`,
    'Deze start (toewijzing, product en begindatum)',
  );
}

export function checkStopZorg(context: RuleContext, { client }: StopZorgbericht): void {
  const items = 'Client/StopProducten/StopProduct';
  checkGeboortedatum(context, client.geboortedatum, 'Client/Geboortedatum');
  client.stopProducten.forEach((product, index) => {
    const path = `${items}[${index + 1}]`;
    checkStatus(context, product, path);
    checkEindNaBegin(
      context,
      product.begindatum,
      product.einddatum,
      `${path}/Einddatum`,
      { begin: 'begindatum', end: 'einddatum' },
      'TR018',
    );
    notAfterDagtekening(context, product.einddatum, `${path}/Einddatum`, 'De einddatum');
  });
  checkUnique(
    context,
    client.stopProducten,
    (product: StopProduct) => [startKey(product), product.einddatum, product.redenBeeindiging].join('\u0000'),
    (index) => `${items}[${index + 1}]`,
    'Deze stop (toewijzing, product, begindatum, einddatum en reden)',
  );
}
