import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { DomainRejection } from '@regie/household';
import { GraphQLError } from 'graphql';

/**
 * A refusal in GraphQL (a DomainRejection, or a GraphQLError such as FORBIDDEN or BAD_USER_INPUT) is an answer for
 * the caller, not a fault of the server. Nest would log each one at error level with its message, which may echo
 * what the caller typed (a BSN that fails the elfproef), and its stack: the log must hold no personal data. Handed
 * to graphql-js as it is (formatGraphQLError shapes it); anything else, and every HTTP route, goes to Nest's handler.
 */
@Catch(DomainRejection, GraphQLError)
export class RefusalsAreAnswers extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: Error, host: ArgumentsHost) {
    // Thrown on, not returned: a returned error would count as the field's value (the metrics plugin would see "ok").
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    return super.catch(exception, host);
  }
}
