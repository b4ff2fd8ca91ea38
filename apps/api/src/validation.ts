import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { GraphQLError } from 'graphql';

const messages = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}).map((message) => `${prefix}${message}`),
    ...messages(error.children ?? [], `${prefix}${error.property}.`),
  ]);

/** Shape checks of every input at the edge; a failure is BAD_USER_INPUT and nothing is written. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) =>
    new GraphQLError(`Ongeldige invoer: ${messages(errors).join('; ')}`, {
      extensions: { code: 'BAD_USER_INPUT', fields: messages(errors) },
    }),
});
