import type { Decider, DecideContext } from './decide-context';
import type { DraftEvent } from './event-envelope';

/**
 * Commands as data. A module names its commands in a map from command type to the decider's input
 * (`{ 'wmo.RecordMelding': RecordWmoMelding, ... }`); a command is one `{ type, data }` of that map.
 */
export type CommandOf<Commands> = {
  readonly [Type in keyof Commands & string]: { readonly type: Type; readonly data: Commands[Type] };
}[keyof Commands & string];

/** The input a decider takes: the data of its command. */
export type InputOf<Decide extends (data: never, context: DecideContext) => unknown> = Parameters<Decide>[0];

/**
 * The command map a module's table of deciders defines: each type's data is its decider's input. A module writes the
 * table once (`{ 'jeugd.RecordToewijzing': recordJeugdToewijzing, ... }`) and takes its map from it.
 */
export type CommandsOf<Deciders extends Record<string, (data: never, context: DecideContext) => unknown>> = {
  readonly [Type in keyof Deciders & string]: InputOf<Deciders[Type]>;
};

/** A module's pure deciders, one per command type of its map. */
export type DecidersOf<Commands> = {
  readonly [Type in keyof Commands & string]: (data: Commands[Type], context: DecideContext) => readonly DraftEvent[];
};

/** The decider of this command, bound to its data; the data's type is checked against the map. */
export function deciderFor<Commands, Type extends keyof Commands & string>(
  deciders: DecidersOf<Commands>,
  command: { readonly type: Type; readonly data: Commands[Type] },
): Decider {
  const decide = deciders[command.type];
  return (context) => decide(command.data, context);
}
