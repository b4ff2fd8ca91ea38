// Runs the domain commands of one message one after another on a working copy of the household, so a later product
// sees what an earlier one recorded (a withdrawal before the corrected start), and collects every refusal with the
// element it concerns. The message is taken in whole or not at all: any refusal throws BerichtAfgewezen.
import {
  domainCodeOf,
  DomainRejection,
  evolveHousehold,
  type DecideContext,
  type DraftEvent,
  type HouseholdEvent,
} from '@regie/household';
import { BerichtAfgewezen, type ImportRejection } from '../import-rejection';

/** Element names (relative to a product element) of the command fields a domain names in a refusal. */
export type FieldPaths = Readonly<Record<string, string>>;

export class Steps {
  private context: DecideContext;
  private readonly drafts: DraftEvent[] = [];
  private readonly rejections: ImportRejection[] = [];

  constructor(context: DecideContext) {
    this.context = context;
  }

  get current(): DecideContext {
    return this.context;
  }

  /** Runs one command for the element at `path`; a refusal is noted against that element and its field. */
  run(path: string, fields: FieldPaths, decide: (context: DecideContext) => readonly DraftEvent[]): void {
    try {
      const drafts = decide(this.context);
      if (drafts.some(refersToThisMessage)) {
        // Its entry id exists only here: the stored event gets another, so the reference would point nowhere.
        this.rejections.push({
          code: 'SAME_MESSAGE_REFERENCE',
          path,
          reason:
            'Dit product trekt iets in of corrigeert iets dat hetzelfde bericht vastlegt. Stuur het in een apart bericht.',
        });
        return;
      }
      for (const draft of drafts) this.apply(draft);
    } catch (error) {
      if (!(error instanceof DomainRejection)) throw error;
      this.rejections.push(fromDomainRejection(error, path, fields));
    }
  }

  refuse(rejection: ImportRejection): void {
    this.rejections.push(rejection);
  }

  /** The drafts of every step, or BerichtAfgewezen with every refusal. */
  result(): DraftEvent[] {
    if (this.rejections.length > 0) throw new BerichtAfgewezen(this.rejections);
    return this.drafts;
  }

  private apply(draft: DraftEvent): void {
    this.drafts.push(draft);
    const event: HouseholdEvent = {
      id: `${DRAFT_ID_PREFIX}${this.drafts.length}`,
      type: draft.type,
      data: draft.data,
      metadata: {
        actor: { userId: 'system:berichten', role: 'domeinmedewerker' },
        correlationId: 'bericht',
        occurredAt: draft.occurredAt ?? this.context.today,
        householdId: this.context.state.core.householdId ?? '',
        // The core keeps each entry's domain from here: a later step may correct or withdraw this entry.
        domain: domainCodeOf(draft, this.context.domains),
      },
    };
    this.context = { ...this.context, state: evolveHousehold(this.context.state, event, this.context.domains) };
  }
}

const DRAFT_ID_PREFIX = 'bericht-draft-';

const refersToThisMessage = (draft: DraftEvent) => {
  const entryId = (draft.data as { entryId?: unknown }).entryId;
  return typeof entryId === 'string' && entryId.startsWith(DRAFT_ID_PREFIX);
};

const RETOURCODE = /retourcode (\d{4})/;

/** A domain's refusal as a rejection of the message element the refused field came from. */
export function fromDomainRejection(error: DomainRejection, path: string, fields: FieldPaths): ImportRejection {
  const field = typeof error.details.field === 'string' ? error.details.field : undefined;
  const byCode: Record<string, string | undefined> = {
    DUPLICATE_TOEWIJZINGNUMMER: fields.toewijzingNummer,
    TOEWIJZING_NOT_FOUND: fields.toewijzingNummer,
    PROVIDER_NOT_FOUND: fields.providerAgb,
    MEMBER_NOT_FOUND: fields.memberId,
  };
  const element = (field !== undefined ? fields[field] : undefined) ?? byCode[error.code];
  const retourcode =
    RETOURCODE.exec(error.message)?.[1] ?? (error.code === 'DUPLICATE_TOEWIJZINGNUMMER' ? '9332' : undefined);
  return {
    code: error.code,
    ...(retourcode ? { retourcode } : {}),
    path: element === undefined ? path : element.startsWith('/') ? element.slice(1) : `${path}/${element}`,
    reason: error.message,
  };
}
