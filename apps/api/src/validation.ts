import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { GraphQLError } from 'graphql';

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

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Deeper than any input type of the schema nests; deeper input is refused (BAD_USER_INPUT). */
export const MAX_INPUT_DEPTH = 32;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text no field may hold, in any string or object key of an argument (JSON objects included): control characters
 * other than tab, newline and carriage return, and malformed UTF-16 (a lone surrogate). PostgreSQL cannot store
 * either in jsonb (`\u0000`, a lone surrogate), so without this check such input reached the store and failed there.
 */
function textProblems(value: unknown, path: string, problems: FieldProblem[], depth = 0): FieldProblem[] {
  if (typeof value === 'string') {
    if (CONTROL_CHARACTER.test(value)) problems.push({ field: path, message: `${path} bevat een stuurteken` });
    else if (LONE_SURROGATE.test(value)) problems.push({ field: path, message: `${path} bevat ongeldige Unicode` });
  } else if (value !== null && typeof value === 'object') {
    if (depth >= MAX_INPUT_DEPTH) {
      // Refused, not skipped: an unchecked level could carry any text into the store.
      problems.push({ field: path, message: `${path || 'invoer'} is dieper genest dan ${MAX_INPUT_DEPTH} niveaus` });
      return problems;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (CONTROL_CHARACTER.test(key) || LONE_SURROGATE.test(key))
        problems.push({ field: path, message: `${path || 'invoer'} heeft een ongeldige sleutel` });
      textProblems(child, childPath, problems, depth + 1);
    }
  }
  return problems;
}

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problems = textProblems(value, metadata.data ?? '', []);
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
