import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { WritesBeforeAnswer, type WithWritesBeforeAnswer } from '@regie/audit';
import { Logger } from '@nestjs/common';

/**
 * Every HTTP GraphQL request gets a `WritesBeforeAnswer`: a read starts its verwerkingenlog line and runs its
 * queries meanwhile; the answer leaves only once the line is durable. If a line failed, the answer is an error
 * without data: nothing is shown that was not logged.
 */
@Plugin()
export class WritesBeforeAnswerPlugin implements ApolloServerPlugin<WithWritesBeforeAnswer> {
  private readonly logger = new Logger('WritesBeforeAnswer');

  async requestDidStart({
    contextValue,
  }: {
    contextValue: WithWritesBeforeAnswer;
  }): Promise<GraphQLRequestListener<WithWritesBeforeAnswer>> {
    const writes = new WritesBeforeAnswer();
    contextValue.writesBeforeAnswer = writes;
    const logger = this.logger;
    return {
      async willSendResponse({ response }) {
        const failure = await writes.failure();
        if (failure === undefined) return;
        logger.error(`a read's verwerkingenlog line failed; the answer is withheld: ${String(failure)}`);
        response.http.status = 500;
        response.body = {
          kind: 'single',
          singleResult: {
            errors: [
              {
                message: 'Er ging iets mis bij het vastleggen van wie wat heeft ingezien. Probeer het later opnieuw.',
                extensions: { code: 'INTERNAL_SERVER_ERROR' },
              },
            ],
          },
        };
      },
    };
  }
}
