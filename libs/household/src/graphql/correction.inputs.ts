import type { Type as ClassType } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsPositive, MaxLength, ValidateNested } from 'class-validator';
import type { CorrectableFieldKind, DomainModuleDefinition } from '../core/domain-module';
import { IsLocalDate } from './validation';

// The fields a correction (StatusAanlevering 2) may change, typed: the union of what the registered domains declare
// correctable (`DomainModuleDefinition.correctableFields`). GraphQL refuses any other key, nested ones included,
// before anything runs; which of these fields a given entry takes is the domain's rule (`validateCorrection`).
// Absent = unchanged, `null` = removed (optional fields).

const CODE_MAX = 20;
const TEXT_MAX = 200;
const INPUT_NAME = 'CorrectionChangesInput';
const INPUT_DESCRIPTION =
  'Corrected field values. Which fields an entry takes depends on its domain and type (others are refused); ' +
  'absent = unchanged, null = removed (optional fields only).';

@InputType({ description: 'A corrected omvang of a toewijzing (Jeugd, Wmo): exactly these three fields.' })
export class OmvangCorrectionInput {
  @Field(() => Int, { description: 'Positive whole number of units.' }) @IsInt() @IsPositive() volume!: number;
  @Field({ description: 'WJ756 Eenheid.' }) @MaxLength(CODE_MAX) eenheid!: string;
  @Field({ description: 'WMO757 Frequentie.' }) @MaxLength(CODE_MAX) frequentie!: string;
}

type PropertyDecorate = (target: object, property: string) => void;

/** The GraphQL type and the checks of each kind (the same as when the fields were written out by hand). */
const KIND_DECORATORS: Record<CorrectableFieldKind, (description: string) => PropertyDecorate[]> = {
  date: (description) => [Field(() => String, { nullable: true, description }), IsLocalDate()],
  code: (description) => [Field(() => String, { nullable: true, description }), MaxLength(CODE_MAX)],
  cents: (description) => [Field(() => Int, { nullable: true, description }), IsInt()],
  count: (description) => [Field(() => Int, { nullable: true, description }), IsInt()],
  text: (description) => [Field(() => String, { nullable: true, description }), MaxLength(TEXT_MAX)],
  omvang: (description) => [
    Field(() => OmvangCorrectionInput, { nullable: true, description }),
    ValidateNested(),
    Type(() => OmvangCorrectionInput),
  ],
};

/** One field of the input: its kind and a description naming the domains that declare it. */
export interface CorrectionInputField {
  readonly name: string;
  readonly kind: CorrectableFieldKind;
  readonly description: string;
}

/**
 * The input's fields from the domains' declarations, sorted by name. Domains that describe a field alike share one
 * phrase: "Toewijzing (Jeugd, Wmo).". A name declared with two kinds is refused at registration
 * (`correctableFieldProblems`), so the first kind is the kind.
 */
export function correctionInputFields(domains: readonly DomainModuleDefinition[]): CorrectionInputField[] {
  const byName = new Map<string, { kind: CorrectableFieldKind; labelsByDescription: Map<string, string[]> }>();
  for (const domain of domains) {
    for (const field of domain.correctableFields ?? []) {
      const entry = byName.get(field.name) ?? { kind: field.kind, labelsByDescription: new Map<string, string[]>() };
      const labels = entry.labelsByDescription.get(field.description) ?? [];
      entry.labelsByDescription.set(field.description, [...labels, domain.label]);
      byName.set(field.name, entry);
    }
  }
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, { kind, labelsByDescription }]) => ({
      name,
      kind,
      description: [...labelsByDescription.entries()].map(([text, labels]) => phrase(text, labels)).join(' '),
    }));
}

/** "Toewijzing; null removes it" by Jeugd and Wmo → "Toewijzing (Jeugd, Wmo); null removes it." */
function phrase(description: string, labels: readonly string[]): string {
  const [what, ...rest] = description.replace(/\.$/, '').split(';');
  return `${what} (${labels.join(', ')})${rest.map((part) => `;${part}`).join('')}.`;
}

/** Problems with a definition's correctable fields given the domains registered before it (for the registry). */
export function correctableFieldProblems(
  definition: DomainModuleDefinition,
  registered: readonly DomainModuleDefinition[],
): string[] {
  const known = new Map(correctionInputFields(registered).map((field) => [field.name, field.kind]));
  const problems: string[] = [];
  for (const field of definition.correctableFields ?? []) {
    if (!/^[a-z][A-Za-z0-9]*$/.test(field.name)) {
      problems.push(`Domain ${definition.code}: correctable field ${field.name} is no GraphQL field name`);
    }
    if (!(field.kind in KIND_DECORATORS)) {
      problems.push(`Domain ${definition.code}: correctable field ${field.name} has no known kind`);
    }
    const kind = known.get(field.name);
    if (kind && kind !== field.kind) {
      problems.push(`Domain ${definition.code}: correctable field ${field.name} is a ${kind} elsewhere`);
    }
  }
  return problems;
}

// One class per set of fields, made once: several Nest apps in one process (tests) with the same domains share it, and
// Nest's type metadata (process-wide, compiled per class) never sees a class change after it was compiled.
const NO_FIELDS = 'geenCorrectieVelden';
const INPUT_CLASSES = new Map<string, ClassType<object>>();
let current: ClassType<object> | undefined;

function inputClassFor(fields: readonly CorrectionInputField[]): ClassType<object> {
  const key = JSON.stringify(fields);
  const known = INPUT_CLASSES.get(key);
  if (known) return known;
  const inputClass = class CorrectionChangesInput {};
  if (fields.length === 0) {
    // GraphQL needs one field; an app whose domains declare none (a test app) takes no correction at all.
    Field(() => Boolean, { nullable: true, description: 'No registered domain declares correctable fields.' })(
      inputClass.prototype,
      NO_FIELDS,
    );
  }
  for (const field of fields) {
    for (const decorate of [...KIND_DECORATORS[field.kind](field.description), IsOptional()]) {
      decorate(inputClass.prototype, field.name);
    }
  }
  InputType(INPUT_NAME, { description: INPUT_DESCRIPTION })(inputClass);
  INPUT_CLASSES.set(key, inputClass);
  return inputClass;
}

/**
 * Called by the DomainRegistry on every registration: `CorrectionChangesInput` gets the fields of the registered
 * domains. The schema is built after the domain modules registered, so an app's schema holds its domains' fields (as
 * with `registeredCodeEnum`, in one process the last registry's domains count).
 */
export function showCorrectableFieldsInSchema(domains: readonly DomainModuleDefinition[]): void {
  current = inputClassFor(correctionInputFields(domains));
}

/** The `CorrectionChangesInput` class of the registered domains (a type thunk for `@Field` and `@Type`). */
export function correctionChangesInput(): ClassType<object> {
  return current ?? inputClassFor([]);
}

/** A correction's changes as GraphQL and the validation pipe hand them over: an instance of the current class. */
export type CorrectionChangesInput = Readonly<Record<string, unknown>>;

/** The changes as the domain sees them: only the keys the client sent (null kept), as plain data. */
export function changesOf(input: CorrectionChangesInput): Record<string, unknown> {
  return JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
}
