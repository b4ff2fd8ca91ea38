import type { Actor } from '@regie/access';
import {
  addressSuffix,
  decideRead,
  isDenied,
  isValidBsn,
  isValidHuisnummer,
  normalisePostcode,
  todayInNetherlands,
  type ReadFacts,
} from '@regie/household';
import type { SqlDatabase } from '@regie/sql';
import { addressBlindIndexes, bsnBlindIndex } from './blind-index';

export type SearchKind = 'BSN' | 'NAAM' | 'GEBOORTEDATUM' | 'NAAM_EN_GEBOORTEDATUM' | 'POSTCODE_HUISNUMMER';

export interface SearchTerms {
  readonly bsn?: string | null;
  readonly name?: string | null;
  readonly birthDate?: string | null;
  /** With `huisnummer`: the household's woonadres. */
  readonly postcode?: string | null;
  readonly huisnummer?: number | null;
  /** Huisletter and/or toevoeging (`A`, `2`, `A-2`); without it every address with that number matches. */
  readonly toevoeging?: string | null;
}

/** A refused search: the field it concerns (a path in the input) and what to do, in Dutch. */
export class SearchInputError extends Error {
  constructor(
    readonly field: 'bsn' | 'name' | 'birthDate' | 'postcode' | 'huisnummer' | 'toevoeging' | 'input',
    message: string,
  ) {
    super(message);
  }
}

export interface SearchHitMember {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly relation: string | null;
  readonly matched: boolean;
}

export interface SearchHit {
  readonly householdId: string;
  readonly name: string | null;
  readonly members: readonly SearchHitMember[];
}

export interface SearchOutcome {
  readonly kind: SearchKind;
  readonly hits: readonly SearchHit[];
  /** More households matched than are looked at (MAX_CANDIDATES): the caller should search more precisely. */
  readonly truncated: boolean;
}

/** What access control needs to know of a household, from the read model. */
export type FactsOf = (householdId: string) => Promise<ReadFacts | undefined>;

export const MAX_CANDIDATES = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Huisletter (one) and toevoeging (up to four) together. */
const SUFFIX = /^[A-Z0-9]{1,5}$/;

/** Which search this is, or the field that makes it impossible. */
export function searchKind(terms: SearchTerms): SearchKind {
  const bsn = terms.bsn?.replace(/[\s.]/g, '') || undefined;
  const name = terms.name?.trim() || undefined;
  const birthDate = terms.birthDate?.trim() || undefined;
  const postcode = terms.postcode?.trim() || undefined;
  const huisnummer = terms.huisnummer ?? undefined;
  const toevoeging = addressSuffix(terms.toevoeging) || undefined;
  if (postcode !== undefined || huisnummer !== undefined || toevoeging !== undefined) {
    if (bsn || name || birthDate) {
      throw new SearchInputError('input', 'Zoek op één manier: op BSN, op naam en geboortedatum, of op adres.');
    }
    if (postcode === undefined) throw new SearchInputError('postcode', 'Vul ook de postcode in.');
    if (!normalisePostcode(postcode)) {
      throw new SearchInputError(
        'postcode',
        'Deze postcode klopt niet. Vul vier cijfers en twee letters in, zoals 1234 AB.',
      );
    }
    if (huisnummer === undefined) throw new SearchInputError('huisnummer', 'Vul ook het huisnummer in.');
    if (!isValidHuisnummer(huisnummer)) {
      throw new SearchInputError('huisnummer', 'Vul een huisnummer in van 1 tot en met 99999.');
    }
    if (toevoeging !== undefined && !SUFFIX.test(toevoeging)) {
      throw new SearchInputError('toevoeging', 'Vul bij toevoeging alleen letters en cijfers in, zoals A of 2.');
    }
    return 'POSTCODE_HUISNUMMER';
  }
  if (bsn !== undefined) {
    if (name || birthDate)
      throw new SearchInputError('input', 'Zoek op BSN of op naam en geboortedatum, niet op allebei.');
    if (!isValidBsn(bsn)) throw new SearchInputError('bsn', 'Dit BSN klopt niet. Controleer de negen cijfers.');
    return 'BSN';
  }
  if (name !== undefined && name.length < 2)
    throw new SearchInputError('name', 'Vul minstens twee letters van de naam in.');
  if (name !== undefined && name.length > 100) throw new SearchInputError('name', 'Vul een kortere naam in.');
  if (birthDate !== undefined && (!DATE.test(birthDate) || Number.isNaN(Date.parse(birthDate)))) {
    throw new SearchInputError('birthDate', 'Vul een geldige geboortedatum in, zoals 12-03-1988.');
  }
  if (name && birthDate) return 'NAAM_EN_GEBOORTEDATUM';
  if (name) return 'NAAM';
  if (birthDate) return 'GEBOORTEDATUM';
  throw new SearchInputError('input', 'Vul een BSN, een naam, een geboortedatum of een postcode en huisnummer in.');
}

const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Finds households of the caller's gemeente by BSN or by postcode and huisnummer (through the keyed blind indexes), by
 * (part of) a member's name and/or birth date, and keeps only those the caller may see (the household policy's
 * `decideRead`, as for `household(id)`). Reads the timeline's `households` and `members` tables and its own
 * `household_search_index` and `household_address_index`.
 */
export class HouseholdSearch {
  constructor(
    private readonly db: SqlDatabase,
    private readonly key: string,
    private readonly factsOf: FactsOf,
  ) {}

  async search(actor: Actor, terms: SearchTerms): Promise<SearchOutcome> {
    const kind = searchKind(terms);
    const gemeente = actor.gemeente ?? '';
    const matches =
      kind === 'BSN'
        ? await this.byBsn(gemeente, terms.bsn!.replace(/[\s.]/g, ''))
        : kind === 'POSTCODE_HUISNUMMER'
          ? await this.byAddress(gemeente, terms)
          : await this.byPerson(gemeente, terms);
    const households = [...new Set(matches.map((m) => m.household_id))];
    const truncated = households.length > MAX_CANDIDATES;
    const today = todayInNetherlands();
    const visible: string[] = [];
    for (const householdId of households.slice(0, MAX_CANDIDATES)) {
      if (!isDenied(decideRead(actor, await this.factsOf(householdId), today))) visible.push(householdId);
    }
    const keys = new Set(matches.map((m) => `${m.household_id}\u0000${m.member_id}`));
    // An address is the whole household's: every member of a household found lives there.
    const matched = kind === 'POSTCODE_HUISNUMMER' ? () => true : (key: string) => keys.has(key);
    const hits = await this.describe(visible, matched);
    return {
      kind,
      hits,
      truncated,
    };
  }

  private async byBsn(gemeente: string, bsn: string) {
    const { rows } = await this.db.query<{ household_id: string; member_id: string }>(
      `select s.household_id, s.member_id from household_search_index s
       join households h on h.id = s.household_id and h.gemeente = $2 and h.registered_at is not null
       join members m on m.household_id = s.household_id and m.member_id = s.member_id and not m.removed
       where s.bsn_index = $1 limit ${MAX_CANDIDATES * 4}`,
      [bsnBlindIndex(this.key, bsn), gemeente],
    );
    return rows;
  }

  private async byAddress(gemeente: string, terms: SearchTerms) {
    const suffix = addressSuffix(terms.toevoeging);
    const { numberIndex, fullIndex } = addressBlindIndexes(this.key, {
      postcode: normalisePostcode(terms.postcode!)!,
      huisnummer: terms.huisnummer!,
      suffix,
    });
    const { rows } = await this.db.query<{ household_id: string; member_id: null }>(
      `select a.household_id, null as member_id from household_address_index a
       join households h on h.id = a.household_id and h.gemeente = $2 and h.registered_at is not null
       where a.number_index = $1 and ($3::text is null or a.full_index = $3)
       order by h.name, a.household_id limit ${MAX_CANDIDATES * 4}`,
      [numberIndex, gemeente, suffix ? fullIndex : null],
    );
    return rows;
  }

  private async byPerson(gemeente: string, terms: SearchTerms) {
    const name = terms.name?.trim();
    const birthDate = terms.birthDate?.trim();
    const { rows } = await this.db.query<{ household_id: string; member_id: string }>(
      `select m.household_id, m.member_id from members m
       join households h on h.id = m.household_id and h.gemeente = $1 and h.registered_at is not null
       where not m.removed
         and ($2::text is null or lower(m.name) like $2 escape '\\')
         and ($3::date is null or m.birth_date = $3::date)
       order by h.name, m.household_id limit ${MAX_CANDIDATES * 4}`,
      [gemeente, name ? likePattern(name) : null, birthDate || null],
    );
    return rows;
  }

  private async describe(householdIds: readonly string[], matched: (key: string) => boolean): Promise<SearchHit[]> {
    if (householdIds.length === 0) return [];
    const { rows } = await this.db.query<{
      household_id: string;
      household_name: string | null;
      member_id: string;
      name: string;
      birth_date: string | null;
      relation: string | null;
    }>(
      `select h.id as household_id, h.name as household_name, m.member_id, m.name, m.birth_date::text as birth_date,
              m.relation
       from households h join members m on m.household_id = h.id and not m.removed
       where h.id = any($1::text[]) order by h.name, h.id, m.birth_date, m.name`,
      [householdIds],
    );
    const hits = new Map<string, SearchHit & { members: SearchHitMember[] }>();
    for (const row of rows) {
      const hit = hits.get(row.household_id) ?? {
        householdId: row.household_id,
        name: row.household_name,
        members: [],
      };
      hit.members.push({
        id: row.member_id,
        name: row.name,
        birthDate: row.birth_date,
        relation: row.relation,
        matched: matched(`${row.household_id}\u0000${row.member_id}`),
      });
      hits.set(row.household_id, hit);
    }
    return [...hits.values()];
  }
}
