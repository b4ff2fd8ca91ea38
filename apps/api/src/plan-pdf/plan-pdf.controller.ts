import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { TokenVerifier, type Actor } from '@regie/access';
import { SessionAuthentication } from '@regie/sign-in';
import { PlanPdfService, ReadDenied } from '@regie/timeline';
import { GraphQLError } from 'graphql';
import type { IncomingMessage } from 'node:http';

interface Reply {
  status(code: number): Reply;
  setHeader(name: string, value: string): Reply;
  json(body: unknown): void;
  end(body: Buffer): void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const problem = (reply: Reply, status: number, code: string, message: string) =>
  reply.status(status).json({ code, message });

/**
 * `GET /households/:id/plan.pdf`: the household's plan as a PDF, with the same sign-in as /graphql — a bearer token
 * (systems) or the browser's session cookie with its CSRF token in `x-csrf-token` — and the same read access as
 * `household(id)`. The download is an EXPORT line in the verwerkingenlog.
 */
@Controller('households')
export class PlanPdfController {
  constructor(
    private readonly plans: PlanPdfService,
    private readonly verifier: TokenVerifier,
    private readonly sessions: SessionAuthentication,
  ) {}

  @Get(':id/plan.pdf')
  async planPdf(@Param('id') id: string, @Req() request: IncomingMessage, @Res() reply: Reply): Promise<void> {
    const actor = await this.actorOf(request);
    if (actor === 'csrf') return problem(reply, 403, 'CSRF_FAILED', 'Uw sessie klopt niet. Laad de pagina opnieuw.');
    if (!actor) return problem(reply, 401, 'UNAUTHENTICATED', 'U bent niet ingelogd.');
    if (!UUID.test(id)) return problem(reply, 403, 'FORBIDDEN', 'U hebt geen toegang tot dit huishouden.');
    try {
      const { pdf } = await this.plans.planPdf(actor, id);
      reply
        .status(200)
        .setHeader('content-type', 'application/pdf')
        .setHeader('content-disposition', 'attachment; filename="plan-van-het-huishouden.pdf"')
        .setHeader('cache-control', 'no-store')
        .end(pdf);
    } catch (error) {
      const forbidden =
        error instanceof ReadDenied || (error instanceof GraphQLError && error.extensions.code === 'FORBIDDEN');
      if (forbidden) return problem(reply, 403, 'FORBIDDEN', 'U hebt geen toegang tot dit huishouden.');
      throw error;
    }
  }

  private async actorOf(request: IncomingMessage): Promise<Actor | 'csrf' | undefined> {
    if (request.headers.authorization !== undefined) {
      const authentication = await this.verifier.authenticate(request.headers.authorization);
      return 'actor' in authentication ? authentication.actor : undefined;
    }
    const session = await this.sessions.forHttp(request.headers);
    if (session.kind === 'csrf') return 'csrf';
    return session.kind === 'session' ? session.actor : undefined;
  }
}
