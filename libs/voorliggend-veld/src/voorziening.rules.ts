import { isLocalDate, reject, type LocalDate, type ReplaceableSupport } from '@regie/household';
import { CAPACITEIT_PERIODES, type Capaciteit, type VoorzieningContact } from './voorziening.events';

/** Werk & Inkomen has no productcategorie: a catalogue entry replaces a kind of trajectory. */
export const WERK_EN_INKOMEN_TRAJECTORIES = ['SCHULDHULP', 'REINTEGRATIE'] as const;

/**
 * The shape of a category per domain. The code lists themselves live in the domain modules, which this lib may not
 * import (module boundaries), so Jeugd (JZ020) and Wmo (WMO020) are checked for their two-digit format only.
 */
const CATEGORY_FORMATS: Readonly<Record<string, { readonly valid: (category: string) => boolean; hint: string }>> = {
  JEUGD: { valid: (category) => /^\d{2}$/.test(category), hint: 'een JZ020-productcategorie van twee cijfers' },
  WMO: { valid: (category) => /^\d{2}$/.test(category), hint: 'een WMO020-productcategorie van twee cijfers' },
  WERK_EN_INKOMEN: {
    valid: (category) => (WERK_EN_INKOMEN_TRAJECTORIES as readonly string[]).includes(category),
    hint: WERK_EN_INKOMEN_TRAJECTORIES.join(' of '),
  },
};
const OTHER_DOMAIN_FORMAT = { valid: (category: string) => /^[A-Z0-9_]{1,40}$/.test(category), hint: 'een code' };

export const MAX_NAAM = 200;
export const MAX_TEXT = 4000;

export function requiredText(value: string | undefined, field: string, max = MAX_TEXT): string {
  const text = value?.trim() ?? '';
  if (!text) reject('BAD_USER_INPUT', `${field} ontbreekt`, { field });
  if (text.length > max) reject('BAD_USER_INPUT', `${field} is langer dan ${max} tekens`, { field });
  return text;
}

export function assertDate(value: string, field: string): LocalDate {
  if (!isLocalDate(value))
    reject('BAD_USER_INPUT', `${field} ${JSON.stringify(value)} is geen datum (JJJJ-MM-DD)`, { field });
  return value;
}

/** At least one known domain with a category of the right shape; duplicates dropped. */
export function validReplaces(
  replaces: readonly ReplaceableSupport[],
  knownDomains: readonly string[],
): ReplaceableSupport[] {
  if (replaces.length === 0) {
    reject('BAD_USER_INPUT', 'Noem ten minste één vorm van ondersteuning die de voorziening kan vervangen', {
      field: 'replaces',
    });
  }
  const unique = new Map<string, ReplaceableSupport>();
  for (const { domain, category } of replaces) {
    if (!knownDomains.includes(domain)) {
      reject('BAD_USER_INPUT', `Onbekend domein: ${domain} (bekend: ${knownDomains.join(', ')})`, {
        field: 'replaces.domain',
      });
    }
    const format = CATEGORY_FORMATS[domain] ?? OTHER_DOMAIN_FORMAT;
    if (!format.valid(category)) {
      reject(
        'BAD_USER_INPUT',
        `Categorie ${JSON.stringify(category)} past niet bij ${domain}: verwacht ${format.hint}`,
        {
          field: 'replaces.category',
        },
      );
    }
    unique.set(`${domain}/${category}`, { domain, category });
  }
  return [...unique.values()];
}

export function validContact(contact: VoorzieningContact): VoorzieningContact {
  const cleaned = Object.fromEntries(
    Object.entries(contact)
      .map(([field, value]) => [field, typeof value === 'string' ? value.trim() : value])
      .filter(([, value]) => typeof value === 'string' && value !== ''),
  ) as VoorzieningContact;
  if (Object.keys(cleaned).length === 0) {
    reject(
      'BAD_USER_INPUT',
      'Geef ten minste één manier om de voorziening te bereiken (telefoon, e-mail, adres, website)',
      {
        field: 'contact',
      },
    );
  }
  if (cleaned.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cleaned.email)) {
    reject('BAD_USER_INPUT', `E-mailadres ${JSON.stringify(cleaned.email)} is ongeldig`, { field: 'contact.email' });
  }
  return cleaned;
}

export function validCapaciteit(capaciteit: Capaciteit): Capaciteit {
  if (!Number.isInteger(capaciteit.plaatsen) || capaciteit.plaatsen < 1) {
    reject('BAD_USER_INPUT', 'Capaciteit: het aantal plaatsen is een geheel getal van ten minste 1', {
      field: 'capaciteit.plaatsen',
    });
  }
  if (!(CAPACITEIT_PERIODES as readonly string[]).includes(capaciteit.per)) {
    reject('BAD_USER_INPUT', `Capaciteit per ${capaciteit.per}: kies ${CAPACITEIT_PERIODES.join(', ')}`, {
      field: 'capaciteit.per',
    });
  }
  return { plaatsen: capaciteit.plaatsen, per: capaciteit.per };
}

export function validWachttijd(dagen: number): number {
  if (!Number.isInteger(dagen) || dagen < 0 || dagen > 730) {
    reject('BAD_USER_INPUT', 'Wachttijd: een geheel aantal dagen van 0 tot 730', { field: 'wachttijdDagen' });
  }
  return dagen;
}
