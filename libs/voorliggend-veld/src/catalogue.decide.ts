import { reject, type LocalDate } from '@regie/household';
import { sameNaam, type CatalogueState, type Voorziening } from './catalogue.state';
import {
  VoorliggendVeldEventType as T,
  type CatalogueEvent,
  type VoorzieningGewijzigd,
  type VoorzieningOpgenomen,
} from './voorziening.events';
import {
  assertDate,
  MAX_NAAM,
  requiredText,
  validCapaciteit,
  validContact,
  validReplaces,
  validWachttijd,
} from './voorziening.rules';

/** What a decider may look at besides the catalogue: the domain codes of this instance. */
export interface CatalogueContext {
  readonly knownDomains: readonly string[];
}

/** A new entry: exactly what the catalogue records. */
export type RegisterVoorziening = VoorzieningOpgenomen;

/** Fields left undefined stay as they are; `null` clears capaciteit or wachttijdDagen. */
export type UpdateVoorziening = VoorzieningGewijzigd;

export interface EndVoorziening {
  readonly voorzieningId: string;
  readonly beeindigdPer: LocalDate;
  readonly reden: string;
}

export function registerVoorziening(
  state: CatalogueState,
  command: RegisterVoorziening,
  context: CatalogueContext,
): CatalogueEvent[] {
  if (!command.voorzieningId) reject('BAD_USER_INPUT', 'voorzieningId ontbreekt', { field: 'voorzieningId' });
  if (state.entries.has(command.voorzieningId)) {
    reject('BAD_USER_INPUT', 'Deze voorzieningId bestaat al in de catalogus', { field: 'voorzieningId' });
  }
  const naam = requiredText(command.naam, 'naam', MAX_NAAM);
  assertUniqueNaam(state, naam);
  return [
    {
      type: T.opgenomen,
      data: {
        voorzieningId: command.voorzieningId,
        naam,
        omschrijving: requiredText(command.omschrijving, 'omschrijving'),
        organisatie: requiredText(command.organisatie, 'organisatie', MAX_NAAM),
        replaces: validReplaces(command.replaces, context.knownDomains),
        voorwaarden: requiredText(command.voorwaarden, 'voorwaarden'),
        contact: validContact(command.contact),
        ...(command.capaciteit === undefined ? {} : { capaciteit: validCapaciteit(command.capaciteit) }),
        ...(command.wachttijdDagen === undefined ? {} : { wachttijdDagen: validWachttijd(command.wachttijdDagen) }),
        geldigVanaf: assertDate(command.geldigVanaf, 'geldigVanaf'),
      },
    },
  ];
}

export function updateVoorziening(
  state: CatalogueState,
  command: UpdateVoorziening,
  context: CatalogueContext,
): CatalogueEvent[] {
  const current = openEntry(state, command.voorzieningId);
  const proposed: Omit<VoorzieningGewijzigd, 'voorzieningId'> = {
    naam: command.naam === undefined ? undefined : requiredText(command.naam, 'naam', MAX_NAAM),
    omschrijving: command.omschrijving === undefined ? undefined : requiredText(command.omschrijving, 'omschrijving'),
    organisatie:
      command.organisatie === undefined ? undefined : requiredText(command.organisatie, 'organisatie', MAX_NAAM),
    replaces: command.replaces === undefined ? undefined : validReplaces(command.replaces, context.knownDomains),
    voorwaarden: command.voorwaarden === undefined ? undefined : requiredText(command.voorwaarden, 'voorwaarden'),
    contact: command.contact === undefined ? undefined : validContact(command.contact),
    capaciteit: command.capaciteit == null ? command.capaciteit : validCapaciteit(command.capaciteit),
    wachttijdDagen: command.wachttijdDagen == null ? command.wachttijdDagen : validWachttijd(command.wachttijdDagen),
    geldigVanaf: command.geldigVanaf === undefined ? undefined : assertDate(command.geldigVanaf, 'geldigVanaf'),
  };
  if (proposed.naam !== undefined && !sameNaam(proposed.naam, current.naam)) assertUniqueNaam(state, proposed.naam);
  const changes = Object.fromEntries(
    Object.entries(proposed).filter(([field, value]) => differs(current[field as keyof Voorziening], value)),
  );
  if (Object.keys(changes).length === 0) reject('INVALID_STATE', 'Er is niets gewijzigd');
  return [{ type: T.gewijzigd, data: { voorzieningId: current.voorzieningId, ...changes } }];
}

export function endVoorziening(state: CatalogueState, command: EndVoorziening): CatalogueEvent[] {
  const current = openEntry(state, command.voorzieningId);
  const beeindigdPer = assertDate(command.beeindigdPer, 'beeindigdPer');
  if (beeindigdPer < current.geldigVanaf) {
    reject('BAD_USER_INPUT', `beeindigdPer ${beeindigdPer} ligt vóór geldigVanaf ${current.geldigVanaf}`, {
      field: 'beeindigdPer',
    });
  }
  return [
    {
      type: T.beeindigd,
      data: { voorzieningId: current.voorzieningId, beeindigdPer, reden: requiredText(command.reden, 'reden') },
    },
  ];
}

function openEntry(state: CatalogueState, voorzieningId: string): Voorziening {
  const entry = state.entries.get(voorzieningId);
  if (!entry) return reject('ENTRY_NOT_FOUND', 'Voorziening niet gevonden in de catalogus', { voorzieningId });
  if (entry.beeindigdPer !== undefined) {
    reject('INVALID_STATE', `${entry.naam} is beëindigd per ${entry.beeindigdPer}`, { voorzieningId });
  }
  return entry;
}

/** A name is used once among the entries still offered (an ended entry's name may come back). */
function assertUniqueNaam(state: CatalogueState, naam: string): void {
  const existing = [...state.entries.values()].find(
    (entry) => entry.beeindigdPer === undefined && sameNaam(entry.naam, naam),
  );
  if (existing) {
    reject('BAD_USER_INPUT', `Er staat al een voorziening "${existing.naam}" in de catalogus`, {
      field: 'naam',
      voorzieningId: existing.voorzieningId,
    });
  }
}

/** undefined: not part of the command. Anything else counts when its JSON differs from what is recorded. */
const differs = (current: unknown, proposed: unknown): boolean =>
  proposed !== undefined && JSON.stringify(current ?? null) !== JSON.stringify(proposed);
