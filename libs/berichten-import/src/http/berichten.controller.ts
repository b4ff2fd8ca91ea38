import { Controller, Optional, Post, Req, Res } from '@nestjs/common';
import { TokenVerifier, type Actor } from '@regie/access';
import { ProcessingLog } from '@regie/audit';
import { DEFAULT_XML_LIMITS } from '@regie/berichten';
import type { IncomingMessage } from 'node:http';
import { BerichtenImport } from '../berichten-import.service';
import { BerichtenBusy } from '../read/bericht-reader';

interface Reply {
  status(code: number): { json(body: unknown): void };
  setHeader(name: string, value: string): void;
}

const XML_TYPES = /^(application|text)\/xml\s*(;|$)/i;
/** The domains whose messages Regie reads, by the caller's domain claim. */
const MESSAGE_DOMAINS = ['JEUGD', 'WMO'];

const problem = (reply: Reply, status: number, code: string, message: string) =>
  reply.status(status).json({ code, message });

/**
 * `POST /berichten`: one iJw/iWmo message as the XML body, from a system of the gemeente (its backoffice), with a
 * bearer token of a domeinmedewerker of Jeugd or Wmo: the same right a person of that domain has to record these
 * entries, for that gemeente and domain only. The answer is the import's, as JSON (docs/berichten.md).
 */
@Controller('berichten')
export class BerichtenController {
  constructor(
    private readonly berichten: BerichtenImport,
    private readonly verifier: TokenVerifier,
    @Optional() private readonly log?: ProcessingLog,
  ) {}

  @Post()
  async post(@Req() request: IncomingMessage, @Res() reply: Reply): Promise<void> {
    const authentication = await this.verifier.authenticate(request.headers.authorization);
    const actor: Actor | undefined = 'actor' in authentication ? authentication.actor : undefined;
    if (!actor) return problem(reply, 401, 'UNAUTHENTICATED', 'Niet aangemeld: stuur een geldig token.');
    if (actor.role !== 'domeinmedewerker' || !MESSAGE_DOMAINS.includes(actor.domain ?? '') || !actor.gemeente) {
      if (actor.gemeente) {
        await this.log?.record({
          userId: actor.userId,
          userName: actor.name,
          role: actor.role,
          gemeente: actor.gemeente,
          operation: 'DENIED',
          action: 'berichten.post',
          basis: `geen berichten aanbieden als ${actor.role}`,
        });
      }
      return problem(reply, 403, 'FORBIDDEN', 'Geen toegang.');
    }
    if (!XML_TYPES.test(request.headers['content-type'] ?? '')) {
      return problem(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Stuur het bericht als application/xml of text/xml.');
    }
    const body = await readBody(request, DEFAULT_XML_LIMITS.maxBytes);
    if (body === 'too-large') {
      return problem(reply, 413, 'PAYLOAD_TOO_LARGE', 'Het bericht is groter dan 25 MB.');
    }
    let answer;
    try {
      answer = await this.berichten.importBericht(body, { gemeente: actor.gemeente, domain: actor.domain!, by: actor });
    } catch (error) {
      if (!(error instanceof BerichtenBusy)) throw error;
      // Nothing was read or written: the same message may simply be sent again.
      reply.setHeader('retry-after', '60');
      return problem(reply, 503, 'BERICHTEN_BUSY', error.message);
    }
    reply.status(answer.outcome === 'REJECTED' ? 422 : 200).json(answer);
  }
}

/** The body up to `limit` bytes; past it, the rest is drained and `too-large` returned. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
