/** YYYY-MM-DD. */
type LocalDate = string;

/**
 * The plan as the household holds it in their hands: plain Dutch (B1), no codes, no ids. Only what the whole household
 * may see together: a goal or agreement tied to a domain is in it only when a current legal basis shares that domain
 * for every member (a member-scoped basis stays member-scoped) and the reader may see that domain too.
 */

export interface PlanGoalFacts {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly domains: readonly string[];
  readonly memberIds: readonly string[];
  readonly targetDate: LocalDate | null;
  readonly status: string;
  readonly evaluations: readonly { readonly outcome: string; readonly evaluatedOn: LocalDate }[];
}

export interface PlanAgreementFacts {
  readonly goalId: string | null;
  readonly description: string;
  readonly party: string;
  readonly partyName: string | null;
  readonly providerName: string | null;
  readonly domain: string | null;
  readonly memberIds: readonly string[];
  readonly dueOn: LocalDate | null;
}

/** How the household reaches its gemeente (`GEMEENTE_CONTACT`), when the gemeente configured it. */
export interface PlanContactFacts {
  readonly naam: string;
  readonly telefoon?: string;
  readonly email?: string;
  readonly website?: string;
}

export interface PlanFacts {
  readonly householdName: string | null;
  readonly regisseurName: string | null;
  readonly gemeente: string | null;
  readonly gemeenteContact?: PlanContactFacts;
  readonly members: readonly { readonly id: string; readonly name: string }[];
  readonly goals: readonly PlanGoalFacts[];
  readonly agreements: readonly PlanAgreementFacts[];
  /** Domains shared for the whole household by a current basis (not member-scoped). */
  readonly householdWideDomains: readonly string[];
  /** Domains the reader may see. */
  readonly readerDomains: readonly string[];
  readonly today: LocalDate;
}

export interface PlanDocumentGoal {
  readonly title: string;
  readonly lines: readonly string[];
  readonly agreements: readonly string[];
}

export interface PlanDocument {
  readonly title: string;
  readonly intro: readonly string[];
  readonly goals: readonly PlanDocumentGoal[];
  /** Agreements not tied to a goal. */
  readonly otherAgreements: readonly string[];
  readonly evaluationDates: readonly string[];
  readonly contact: readonly string[];
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "3 maart 2026". */
export function dutchDate(date: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

const DOMAIN_WORDS: Record<string, string> = {
  JEUGD: 'opgroeien en opvoeden',
  WMO: 'zelfstandig wonen en meedoen',
  WERK_EN_INKOMEN: 'werk en geld',
  WONEN: 'wonen',
};

const STATUS_WORDS: Record<string, string> = {
  OPEN: 'Nog niet besproken',
  BEREIKT: 'Gelukt',
  DEELS_BEREIKT: 'Voor een deel gelukt',
  NIET_BEREIKT: 'Nog niet gelukt',
};

const PARTY_WORDS: Record<string, string> = {
  HUISHOUDEN: 'Uw huishouden',
  NETWERK: 'Iemand uit uw omgeving',
  AANBIEDER: 'Een zorgaanbieder',
  DOMEINTEAM: 'De gemeente',
};

function visible(domains: readonly string[], facts: PlanFacts): boolean {
  return domains.every((domain) => facts.householdWideDomains.includes(domain) && facts.readerDomains.includes(domain));
}

function names(ids: readonly string[], facts: PlanFacts): string {
  const found = ids.map((id) => facts.members.find((member) => member.id === id)?.name).filter(Boolean);
  return found.join(', ');
}

function agreementLine(agreement: PlanAgreementFacts, facts: PlanFacts): string {
  const who = agreement.partyName ?? agreement.providerName ?? PARTY_WORDS[agreement.party] ?? 'Iemand';
  const forWhom = names(agreement.memberIds, facts);
  const when = agreement.dueOn ? ` Klaar op: ${dutchDate(agreement.dueOn)}.` : '';
  const text = agreement.description.trim().replace(/\.$/, '');
  return `${who}: ${text}.${forWhom ? ` Voor: ${forWhom}.` : ''}${when}`;
}

export function planDocument(facts: PlanFacts): PlanDocument {
  const goals = facts.goals.filter((goal) => visible(goal.domains, facts));
  const shownGoalIds = new Set(goals.map((goal) => goal.id));
  // An agreement under a goal that is left out is left out too: it would tell what the goal is about.
  const agreements = facts.agreements.filter(
    (agreement) =>
      visible(agreement.domain ? [agreement.domain] : [], facts) &&
      (!agreement.goalId || shownGoalIds.has(agreement.goalId)),
  );
  const evaluationDates = [
    ...new Set(goals.flatMap((goal) => goal.evaluations.map((evaluation) => evaluation.evaluatedOn))),
  ].sort();
  const nextDates = [...new Set(goals.flatMap((goal) => (goal.targetDate ? [goal.targetDate] : [])))]
    .filter((date) => date >= facts.today)
    .sort();
  return {
    title: `Ons plan${facts.householdName ? ` – ${facts.householdName}` : ''}`,
    intro: [
      `Dit is het plan van uw huishouden. Het is gemaakt op ${dutchDate(facts.today)}.`,
      'In dit plan staat wat u wilt bereiken (doelen) en wie wat doet (afspraken).',
      'Het plan is van u. Klopt er iets niet? Zeg het tegen uw regisseur.',
    ],
    goals: goals.map((goal) => {
      const domainWords = goal.domains.map((domain) => DOMAIN_WORDS[domain]).filter(Boolean);
      const forWhom = names(goal.memberIds, facts);
      return {
        title: goal.title,
        lines: [
          ...(goal.description ? [goal.description] : []),
          ...(domainWords.length > 0 ? [`Dit gaat over: ${domainWords.join(', ')}.`] : []),
          ...(forWhom ? [`Voor: ${forWhom}.`] : []),
          ...(goal.targetDate ? [`Wanneer klaar: ${dutchDate(goal.targetDate)}.`] : []),
          `Hoe staat het: ${STATUS_WORDS[goal.status] ?? 'Nog niet besproken'}.`,
        ],
        agreements: agreements
          .filter((agreement) => agreement.goalId === goal.id)
          .map((agreement) => agreementLine(agreement, facts)),
      };
    }),
    otherAgreements: agreements
      .filter((agreement) => !agreement.goalId)
      .map((agreement) => agreementLine(agreement, facts)),
    evaluationDates: [
      ...evaluationDates.map((date) => `Besproken op ${dutchDate(date)}.`),
      ...nextDates.map((date) => `We bespreken het plan weer uiterlijk op ${dutchDate(date)}.`),
    ],
    contact: contactLines(facts),
  };
}

function contactLines({ regisseurName, gemeenteContact: contact }: PlanFacts): string[] {
  const gemeente = contact?.naam ?? 'de gemeente';
  const how = contact
    ? [
        ...(contact.telefoon ? [`Telefoon: ${contact.telefoon}`] : []),
        ...(contact.email ? [`E-mail: ${contact.email}`] : []),
        ...(contact.website ? [`Website: ${contact.website}`] : []),
      ]
    : [];
  return regisseurName
    ? [
        `Uw regisseur is ${regisseurName}.`,
        `Bel of mail ${gemeente} en vraag naar uw regisseur. Dat kan ook als u een vraag hebt over dit plan.`,
        ...how,
      ]
    : [`U hebt op dit moment geen regisseur. Bel of mail ${gemeente} als u een vraag hebt over dit plan.`, ...how];
}
