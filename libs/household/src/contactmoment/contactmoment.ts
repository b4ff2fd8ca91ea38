import type { DecideContext } from '../core/decide-context';
import type { NameLookup, TimelineDescription } from '../core/domain-module';
import type { DraftEvent } from '../core/event-envelope';
import { assertMember } from '../core/guards';
import { assertNotInFuture, isLocalDate, type LocalDate } from '../core/local-date';
import { assertProvider } from '../core/provider-record';
import { reject } from '../core/rejection';

// A contactmoment is the same fact in every domain (a worker of the domain's team was in contact with a member), so
// it is decided and described once, here; each domain records it under an event type of its own, so the note is
// that domain's data (its readers, its retention term) and never another's.

/** Regie's own list (no iStandaard): the kinds of contact a domain's worker records. */
export const CONTACTMOMENT_SOORT = {
  HUISBEZOEK: 'huisbezoek',
  GESPREK: 'gesprek',
  TELEFONISCH: 'telefonisch contact',
  OVERLEG: 'overleg',
} as const;

export type ContactmomentSoort = keyof typeof CONTACTMOMENT_SOORT;

/** The longest note a contactmoment keeps (also the GraphQL input's limit). */
export const CONTACTMOMENT_NOTE_MAX = 4000;

/** The event's data, in every domain that records contactmomenten. The note stays within that domain. */
export interface ContactmomentVastgelegd {
  readonly memberId: string;
  readonly providerAgb?: string;
  readonly datum: LocalDate;
  /** A code of CONTACTMOMENT_SOORT. */
  readonly soort: string;
  readonly note: string;
}

export interface RecordContactmoment {
  readonly memberId: string;
  readonly providerAgb?: string | null;
  readonly datum: LocalDate;
  readonly soort: string;
  readonly note: string;
}

/** Where a domain records its contactmomenten: its code (for the provider check) and its event type. */
export interface ContactmomentOfDomain {
  readonly domain: string;
  readonly eventType: string;
}

const isSoort = (value: unknown): value is ContactmomentSoort =>
  typeof value === 'string' && Object.hasOwn(CONTACTMOMENT_SOORT, value);

/** A contact of the domain's team with a member: dated, not in the future, of a known kind, with a note. */
export function decideContactmoment(
  of: ContactmomentOfDomain,
  command: RecordContactmoment,
  context: DecideContext,
): DraftEvent[] {
  assertMember(context.state.core, command.memberId);
  const providerAgb = command.providerAgb ?? undefined;
  if (providerAgb !== undefined) assertProvider(context.providers, providerAgb, of.domain);
  if (typeof command.datum !== 'string' || !isLocalDate(command.datum)) {
    reject('BAD_USER_INPUT', 'datum is geen geldige datum (JJJJ-MM-DD)', { field: 'datum' });
  }
  assertNotInFuture(command.datum, context.today, 'datum');
  if (!isSoort(command.soort)) {
    const allowed = Object.keys(CONTACTMOMENT_SOORT).join(', ');
    reject(
      'BAD_USER_INPUT',
      `soort: ${JSON.stringify(command.soort)} is geen soort contactmoment (toegestaan: ${allowed})`,
      {
        field: 'soort',
      },
    );
  }
  const note = typeof command.note === 'string' ? command.note.trim() : '';
  if (!note) reject('BAD_USER_INPUT', 'note (verslag van het contactmoment) ontbreekt', { field: 'note' });
  if (note.length > CONTACTMOMENT_NOTE_MAX) {
    reject('BAD_USER_INPUT', `note is langer dan ${CONTACTMOMENT_NOTE_MAX} tekens`, { field: 'note' });
  }
  const data: ContactmomentVastgelegd = {
    memberId: command.memberId,
    ...(providerAgb !== undefined ? { providerAgb } : {}),
    datum: command.datum,
    soort: command.soort,
    note,
  };
  return [{ type: of.eventType, data, occurredAt: command.datum }];
}

/** "Contactmoment (huisbezoek) met Noah (Jeugdteam Noord)"; the note only for the domain's own readers. */
export function describeContactmoment(data: ContactmomentVastgelegd, names: NameLookup): TimelineDescription {
  const member = names.member(data.memberId) ?? 'onbekende persoon';
  const provider = data.providerAgb
    ? ` (${names.provider(data.providerAgb) ?? `aanbieder met AGB-code ${data.providerAgb}`})`
    : '';
  const soort = isSoort(data.soort) ? CONTACTMOMENT_SOORT[data.soort] : data.soort;
  return {
    summary: `Contactmoment (${soort}) met ${member}${provider}`,
    memberId: data.memberId,
    providerAgb: data.providerAgb,
    category: `Contactmoment ${soort}`,
    note: data.note,
  };
}

/** A domain's decider of its contactmoment command (`'wmo.RecordContactmoment': contactmomentDecider(...)`). */
export const contactmomentDecider =
  (of: ContactmomentOfDomain) =>
  (command: RecordContactmoment, context: DecideContext): DraftEvent[] =>
    decideContactmoment(of, command, context);
