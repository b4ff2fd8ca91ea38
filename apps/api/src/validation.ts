import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { GraphQLError } from 'graphql';

const messages = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}).map((message) => `${prefix}${message}`),
    ...messages(error.children ?? [], `${prefix}${error.property}.`),
  ]);

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text no field may hold, in any string or object key of an argument (JSON objects included): control characters
 * other than tab, newline and carriage return, and malformed UTF-16 (a lone surrogate). PostgreSQL cannot store
 * either in jsonb (`\u0000`, a lone surrogate), so without this check such input reached the store and failed there.
 */
function textProblems(value: unknown, path: string, problems: string[], depth = 0): string[] {
  if (typeof value === 'string') {
    if (CONTROL_CHARACTER.test(value)) problems.push(`${path} bevat een stuurteken`);
    else if (LONE_SURROGATE.test(value)) problems.push(`${path} bevat ongeldige Unicode`);
  } else if (value !== null && typeof value === 'object' && depth < 32) {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (CONTROL_CHARACTER.test(key) || LONE_SURROGATE.test(key))
        problems.push(`${path || 'invoer'} heeft een ongeldige sleutel`);
      textProblems(child, childPath, problems, depth + 1);
    }
  }
  return problems;
}

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problems = textProblems(value, metadata.data ?? '', []);
      if (problems.length > 0) {
        throw new GraphQLError(`Ongeldige invoer: ${problems.join('; ')}`, {
          extensions: { code: 'BAD_USER_INPUT', fields: problems },
        });
      }
    }
    return super.transform(value, metadata);
  }
}

/** Shape checks of every input at the edge; a failure is BAD_USER_INPUT and nothing is written. */
export const inputValidationPipe = new InputValidationPipe({
  transform: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) =>
    new GraphQLError(`Ongeldige invoer: ${messages(errors).join('; ')}`, {
      extensions: { code: 'BAD_USER_INPUT', fields: messages(errors) },
    }),
});
