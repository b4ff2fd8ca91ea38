// JW301/WMO301: every ToegewezenProduct is a new toewijzing, a new version of one (a correction), a withdrawal
// (RedenWijziging 13), or the same version again (every 301 repeats the client's current toewijzingen, OP087).
import type { ToegewezenProduct, Toewijzingbericht } from '@regie/berichten';
import { householdDecide, type EntryCorrected } from '@regie/household';
import { herkomstOf } from '../herkomst';
import type { ToewijzingData, ToewijzingRef, ZorgDomain } from '../zorg-domain';
import type { FieldPaths, Steps } from './steps';

/** JZ002/WMO002 13: "verwijderd", the toewijzing was sent by mistake (CS335: Einddatum = Ingangsdatum). */
const REDEN_VERWIJDERD = '13';

const FIELDS: FieldPaths = {
  toewijzingNummer: 'ToewijzingNummer',
  toewijzingsdatum: 'Toewijzingsdatum',
  ingangsdatum: 'Ingangsdatum',
  einddatum: 'Einddatum',
  productcategorie: 'Product/Categorie',
  productcode: 'Product/Code',
  omvang: 'Omvang',
  budget: 'Budget',
  tariefPerEenheid: 'Omvang',
  changes: 'RedenWijziging',
  providerAgb: '/Header/Ontvanger',
  memberId: '/Client/Bsn',
  redenGeenAlternatief: 'Product/Categorie',
};

export function mapToewijzing(bericht: Toewijzingbericht, memberId: string, domain: ZorgDomain, steps: Steps): void {
  bericht.client.toegewezenProducten.forEach((product, index) => {
    const path = `Client/ToegewezenProducten/ToegewezenProduct[${index + 1}]`;
    const versie = `${product.toewijzingsdatum}T${product.toewijzingstijd}`;
    const herkomst = herkomstOf(bericht, {
      toewijzingNummer: product.toewijzingNummer,
      ...(product.referentieAanbieder !== undefined ? { referentieAanbieder: product.referentieAanbieder } : {}),
      toewijzingVersie: versie,
    });
    const existing = domain.findToewijzing(steps.current, product.toewijzingNummer);
    if (!existing) {
      if (product.redenWijziging === REDEN_VERWIJDERD) return; // withdrawing what Regie never had changes nothing
      if (!product.product) {
        steps.refuse({
          code: 'PRODUCT_CATEGORIE_REQUIRED',
          path: `${path}/ToewijzingNummer`,
          reason:
            'Regie legt een toewijzing alleen vast met een productcategorie. Een generieke toewijzing (alleen een budget) kan Regie niet inlezen.',
        });
        return;
      }
      const category = product.product;
      steps.run(path, FIELDS, (context) =>
        domain.recordToewijzing(
          {
            memberId,
            providerAgb: bericht.aanbieder,
            toewijzingNummer: product.toewijzingNummer,
            toewijzingsdatum: product.toewijzingsdatum,
            ingangsdatum: product.ingangsdatum,
            einddatum: product.einddatum ?? null,
            productcategorie: category.categorie,
            productcode: category.code ?? null,
            omvang: product.omvang ?? null,
            budget: product.budget ?? null,
            bericht: herkomst,
          },
          context,
        ),
      );
      return;
    }
    if (existing.toewijzing.data.providerAgb !== bericht.aanbieder || existing.toewijzing.data.memberId !== memberId) {
      steps.refuse({
        code: 'TOEWIJZINGNUMMER_IN_USE',
        retourcode: '9332',
        path: `${path}/ToewijzingNummer`,
        reason:
          'Dit ToewijzingNummer hoort in Regie bij een toewijzing aan een andere aanbieder of cliënt. Een ToewijzingNummer is uniek.',
      });
      return;
    }
    if (versie <= currentVersion(existing, steps)) return; // the same version again, or an older one
    if (product.redenWijziging === REDEN_VERWIJDERD) {
      steps.run(path, FIELDS, (context) =>
        householdDecide.withdrawEntry(
          {
            entryId: existing.toewijzing.id,
            reason: `Toewijzing verwijderd (RedenWijziging 13) in bericht ${herkomst.berichtType} ${herkomst.identificatie}`,
            bericht: herkomst,
          },
          context,
        ),
      );
      return;
    }
    if (product.product && product.product.categorie !== existing.toewijzing.data.productcategorie) {
      steps.refuse({
        code: 'PRODUCTCATEGORIE_CHANGED',
        path: `${path}/Product/Categorie`,
        reason:
          'De productcategorie van een bestaande toewijzing verandert niet. Trek de toewijzing in (RedenWijziging 13) en stuur een nieuwe.',
      });
      return;
    }
    const changes = changesOf(existing.toewijzing.data, product);
    if (Object.keys(changes).length === 0) return;
    steps.run(path, FIELDS, (context) =>
      householdDecide.correctEntry(
        {
          entryId: existing.toewijzing.id,
          reason: `Nieuwe versie van de toewijzing in bericht ${herkomst.berichtType} ${herkomst.identificatie}`,
          changes: { ...changes, ...(product.redenWijziging ? { redenWijziging: product.redenWijziging } : {}) },
          bericht: herkomst,
        },
        context,
      ),
    );
  });
}

/** The latest 301 version Regie holds of this toewijzing: its own, or that of a later correction from a message. */
function currentVersion(existing: ToewijzingRef, steps: Steps): string {
  let versie = existing.toewijzing.data.bericht?.toewijzingVersie ?? `${existing.toewijzing.data.toewijzingsdatum}T`;
  for (const event of steps.current.state.events.values()) {
    const data = event.data as Partial<EntryCorrected>;
    if (data.entryId !== existing.toewijzing.id) continue;
    const corrected = data.bericht?.toewijzingVersie;
    if (corrected !== undefined && corrected > versie) versie = corrected;
  }
  return versie;
}

/** The fields a new version changes; `null` removes an optional one. */
function changesOf(current: ToewijzingData, product: ToegewezenProduct): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const compare = (field: string, now: unknown, next: unknown) => {
    if (JSON.stringify(now ?? null) !== JSON.stringify(next ?? null)) changes[field] = next ?? null;
  };
  compare('ingangsdatum', current.ingangsdatum, product.ingangsdatum);
  compare('einddatum', current.einddatum, product.einddatum);
  compare('productcode', current.productcode, product.product?.code);
  compare(
    'omvang',
    current.omvang && {
      volume: current.omvang.volume,
      eenheid: current.omvang.eenheid,
      frequentie: current.omvang.frequentie,
    },
    product.omvang && {
      volume: product.omvang.volume,
      eenheid: product.omvang.eenheid,
      frequentie: product.omvang.frequentie,
    },
  );
  compare('budget', current.budget, product.budget);
  return changes;
}
