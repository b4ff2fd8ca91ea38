import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { dateProblem, listProblem, textProblem } from './input-bounds';

/** One refused field: its path in the arguments (`input.members.0.bsn`) and what is wrong with it. */
interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

const problemsOf = (errors: ValidationError[], prefix = ''): FieldProblem[] =>
  errors.flatMap((error) => [
    // A nested constraint names only its own property (`name must be…`); the prefix says whose (`members.0.name`).
    ...Object.values(error.constraints ?? {}).map((message) => ({
      field: `${prefix}${error.property}`,
      message: `${prefix}${message}`,
    })),
    ...problemsOf(error.children ?? [], `${prefix}${error.property}.`),
  ]);

/**
 * BAD_USER_INPUT with `extensions.fields` the paths of the refused fields (a client puts the message next to the
 * field it names) and `extensions.problems` each path with its message.
 */
function invalidInput(problems: readonly FieldProblem[]): GraphQLError {
  return new GraphQLError(`Ongeldige invoer: ${problems.map((problem) => problem.message).join('; ')}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      fields: [...new Set(problems.map((problem) => problem.field))],
      problems: problems.map(({ field, message }) => ({ field, message })),
    },
  });
}

class FieldProblems extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super('invalid input');
  }
}

/** Deeper than any input type of the schema nests; deeper input is refused (BAD_USER_INPUT). */
export const MAX_INPUT_DEPTH = 32;

/**
 * What no argument may hold, at any level, keys included (input-bounds.ts): control characters other than tab,
 * newline and carriage return (C0, DEL, C1), bidi overrides and isolates, malformed UTF-16 (a lone surrogate), a
 * calendar day outside 1900-01-01..2200-12-31, a list longer than its kind may be, nesting deeper than
 * MAX_INPUT_DEPTH. PostgreSQL cannot store some of this in jsonb (`\u0000`, a lone surrogate); the rest has no
 * business in a case file.
 */
function inputProblems(value: unknown, path: string, problems: FieldProblem[], depth = 0): FieldProblem[] {
  const refuse = (problem: string) => problems.push({ field: path, message: `${path || 'invoer'} ${problem}` });
  if (typeof value === 'string') {
    const problem = textProblem(value) ?? dateProblem(value);
    if (problem) refuse(problem);
  } else if (value !== null && typeof value === 'object') {
    if (depth >= MAX_INPUT_DEPTH) {
      // Refused, not skipped: an unchecked level could carry any text into the store.
      refuse(`is dieper genest dan ${MAX_INPUT_DEPTH} niveaus`);
      return problems;
    }
    const tooLong = Array.isArray(value) ? listProblem(value) : undefined;
    if (tooLong) {
      refuse(tooLong);
      return problems;
    }
    for (const [key, child] of Object.entries(value)) {
      if (textProblem(key)) refuse('heeft een ongeldige sleutel');
      inputProblems(child, path ? `${path}.${key}` : key, problems, depth + 1);
    }
  }
  return problems;
}

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problems = inputProblems(value, metadata.data ?? '', []);
      if (problems.length > 0) throw invalidInput(problems);
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof FieldProblems)) throw error;
      // Paths from the argument's name on: `input.bsn`, not `bsn`.
      const prefix = metadata.data ? `${metadata.data}.` : '';
      throw invalidInput(error.problems.map((problem) => ({ ...problem, field: `${prefix}${problem.field}` })));
    }
  }
}

/** Shape checks of every input at the edge; a failure is BAD_USER_INPUT and nothing is written. */
export const inputValidationPipe = new InputValidationPipe({
  transform: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => new FieldProblems(problemsOf(errors)),
});
