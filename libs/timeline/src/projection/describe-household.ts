import {
  formatDutchDate,
  HouseholdEventType as T,
  LADDER_RUNGS,
  type AfwegingVastgelegd,
  type LadderFact,
  type MaatwerkbudgetBesteed,
  type MaatwerkbudgetGeevalueerd,
  type PreventionAim,
  type ZrmGescoord,
  type EntryCorrected,
  type EntryWithdrawn,
  type HouseholdClosed,
  type HouseholdEvent,
  type HouseholdRegistered,
  type HouseholdReopened,
  type MemberAdded,
  type MemberRemoved,
  type NameLookup,
  type PersonErased,
  type PlanAgreementRecorded,
  type PlanGoalEvaluated,
  type PlanGoalSet,
  type RegisseurAssigned,
  type RegisseurReleased,
  type RetentionExpired,
  type SharingBasisEnded,
  type SharingBasisRecorded,
  type TimelineDescription,
} from '@regie/household';

/** The lines of a correction and a withdrawal; why is the domain's note (migration 6 moved older reasons there). */
export const CORRECTION_SUMMARY = 'Correctie van een eerdere registratie';
export const WITHDRAWAL_SUMMARY = 'Eerdere registratie ingetrokken';

/** Timeline lines of the household's own events (the domain modules describe theirs). */
export function describeHouseholdEvent(
  event: HouseholdEvent,
  names: NameLookup & { goal(goalId: string): string | undefined; domainLabel?(code: string): string | undefined },
): TimelineDescription {
  const member = (id: string) => names.member(id) ?? 'onbekend lid';
  const domainName = (code: string) => names.domainLabel?.(code) ?? DOMAIN_WORDS[code] ?? 'een domein';
  switch (event.type) {
    case T.registered: {
      const data = event.data as HouseholdRegistered;
      return { summary: `Huishouden ${data.name} geregistreerd met ${data.members.length} leden` };
    }
    case T.memberAdded: {
      const { member: added } = event.data as MemberAdded;
      return { summary: `${added.name} toegevoegd aan het huishouden`, memberId: added.memberId };
    }
    case T.memberRemoved: {
      const data = event.data as MemberRemoved;
      return {
        summary: `${member(data.memberId)} maakt geen deel meer uit van het huishouden`,
        memberId: data.memberId,
      };
    }
    case T.regisseurAssigned: {
      const data = event.data as RegisseurAssigned;
      return data.previous
        ? { summary: `Regie overgedragen van ${data.previous.name} aan ${data.regisseur.name}`, category: 'Regie' }
        : { summary: `${data.regisseur.name} is regisseur`, category: 'Regie' };
    }
    case T.regisseurReleased: {
      const data = event.data as RegisseurReleased;
      return { summary: `${data.regisseur.name} is geen regisseur meer`, category: 'Regie' };
    }
    case T.planGoalSet: {
      const data = event.data as PlanGoalSet;
      return data.version === 1
        ? { summary: `Doel in het plan: ${data.title}`, category: 'Plan', status: 'OPEN' }
        : { summary: `Doel herzien (versie ${data.version}): ${data.title}`, category: 'Plan', status: 'OPEN' };
    }
    case T.planGoalEvaluated: {
      const data = event.data as PlanGoalEvaluated;
      return {
        summary: `Doel geëvalueerd: ${names.goal(data.goalId) ?? 'doel'} (${GOAL_OUTCOME_TEXT[data.outcome] ?? 'beoordeeld'})`,
        category: 'Plan',
        status: data.outcome,
        note: data.note,
      };
    }
    case T.planAgreementRecorded: {
      const data = event.data as PlanAgreementRecorded;
      const who = data.providerAgb ? names.provider(data.providerAgb) : data.partyName;
      return {
        summary: `Afspraak: ${data.description}${who ? ` (${who})` : ''}`,
        category: 'Plan',
        providerAgb: data.providerAgb,
        memberId: data.memberIds.length === 1 ? data.memberIds[0] : undefined,
      };
    }
    case T.sharingBasisRecorded: {
      const data = event.data as SharingBasisRecorded;
      return {
        summary: `Grondslag voor ${domainName(data.domain)} vastgelegd (${data.wettelijkeBepaling}) tot en met ${formatDutchDate(data.validUntil)}`,
        category: 'Grondslag',
        status: data.grondslag,
      };
    }
    case T.sharingBasisEnded: {
      const data = event.data as SharingBasisEnded;
      return {
        summary: `Grondslag beëindigd op ${formatDutchDate(data.endedOn)}: ${data.reason}`,
        category: 'Grondslag',
      };
    }
    case T.addressRecorded:
      // The address itself stays out of the line: summaries are kept as projected, the address may change.
      return { summary: 'Woonadres vastgelegd', category: 'Registratie' };
    case T.closed:
      return { summary: `Huishouden gesloten: ${(event.data as HouseholdClosed).reason}`, status: 'GESLOTEN' };
    case T.reopened:
      return { summary: `Huishouden heropend: ${(event.data as HouseholdReopened).reason}`, status: 'OPEN' };
    case T.entryCorrected: {
      const data = event.data as EntryCorrected;
      // The reason is the domain's free text: a note (own domain only), never in the summary others read.
      return { summary: CORRECTION_SUMMARY, status: 'GECORRIGEERD', note: data.reason };
    }
    case T.entryWithdrawn: {
      const data = event.data as EntryWithdrawn;
      return { summary: WITHDRAWAL_SUMMARY, status: 'INGETROKKEN', note: data.reason };
    }
    case T.personErased: {
      const data = event.data as PersonErased;
      return {
        summary: 'Persoonsgegevens van een lid verwijderd (AVG art. 17)',
        memberId: data.memberId,
        status: 'VERWIJDERD',
        note: data.reason,
      };
    }
    case T.retentionExpired: {
      const data = event.data as RetentionExpired;
      const labels = data.domains.map(({ domain }) => names.domainLabel?.(domain) ?? domain);
      const what = [...labels, ...(data.wholeHousehold ? ['het huishouden'] : [])].join(', ');
      return { summary: `Bewaartermijn verstreken: gegevens van ${what} verwijderd`, status: 'VERWIJDERD' };
    }
    case T.afwegingRecorded: {
      const data = event.data as AfwegingVastgelegd;
      const domain = domainName(data.domain);
      return {
        summary: `Afweging ${domain} voor ${member(data.memberId)}: ${OUTCOME_TEXT[data.outcome] ?? data.outcome}`,
        memberId: data.memberId,
        category: 'Afweging',
        status: data.outcome,
        ladder: ladderFactOf(data),
      };
    }
    case T.zrmScored: {
      const data = event.data as ZrmGescoord;
      const count = data.scores.length;
      return {
        summary: `ZRM gescoord voor ${member(data.memberId)}: ${count} ${count === 1 ? 'domein' : 'domeinen'}`,
        memberId: data.memberId,
        category: 'ZRM',
        note: data.note,
      };
    }
    case T.maatwerkbudgetSpent: {
      const data = event.data as MaatwerkbudgetBesteed;
      const aim = PREVENTION_TEXT[data.prevents];
      return {
        summary: `Maatwerkbudget: ${formatEuro(data.amountCents)} ${aim ? `om ${aim} te voorkomen` : 'besteed'}`,
        memberId: data.memberIds.length === 1 ? data.memberIds[0] : undefined,
        category: 'Maatwerkbudget',
        status: data.prevents,
        note: data.purpose,
      };
    }
    case T.maatwerkbudgetEvaluated: {
      const data = event.data as MaatwerkbudgetGeevalueerd;
      return {
        summary: `Maatwerkbudget geëvalueerd: ${SPEND_RESULT_TEXT[data.worked] ?? data.worked}`,
        category: 'Maatwerkbudget',
        status: data.worked,
        note: data.note,
      };
    }
    default:
      return { summary: 'Registratie in het huishouden' };
  }
}

const OUTCOME_TEXT: Record<string, string> = {
  EIGEN_KRACHT: 'eigen kracht',
  NETWERK: 'netwerk',
  ALGEMENE_VOORZIENING: 'algemene voorziening',
  MAATWERK: 'maatwerk',
};

const PREVENTION_TEXT: Record<PreventionAim, string | undefined> = {
  HUISUITZETTING: 'huisuitzetting',
  UITHUISPLAATSING: 'uithuisplaatsing',
  ESCALATIE_SCHULDEN: 'escalatie van schulden',
  AFSLUITING_ENERGIE: 'afsluiting van energie',
  SCHOOLUITVAL: 'schooluitval',
  OVERIG: undefined,
};

/** Domain names when the registry has no label (a domain module not loaded here). */
const DOMAIN_WORDS: Record<string, string> = {
  HOUSEHOLD: 'het huishouden',
  JEUGD: 'Jeugd',
  WMO: 'Wmo',
  WERK_EN_INKOMEN: 'Werk en Inkomen',
};

const GOAL_OUTCOME_TEXT: Record<string, string> = {
  BEREIKT: 'bereikt',
  DEELS_BEREIKT: 'deels bereikt',
  NIET_BEREIKT: 'niet bereikt',
};

const SPEND_RESULT_TEXT: Record<string, string> = {
  JA: 'het werkte',
  DEELS: 'het werkte deels',
  NEE: 'het werkte niet',
};

/** "€ 850", "€ 1.250,50": Dutch notation, cents only when there are any. */
export function formatEuro(cents: number): string {
  const euros = Math.trunc(Math.abs(cents) / 100);
  const rest = Math.abs(cents) % 100;
  const whole = euros.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${cents < 0 ? '-' : ''}${whole}${rest ? `,${rest.toString().padStart(2, '0')}` : ''}`;
}

/** The need-to-know part of a recorded afweging: which rungs were considered and sufficed, not why (free text). */
function ladderFactOf(data: AfwegingVastgelegd): LadderFact {
  const rungs = Object.fromEntries(
    LADDER_RUNGS.map((rung) => {
      const found = data.rungs[rung];
      return [rung, { considered: found?.considered === true, sufficient: found?.sufficient }];
    }),
  ) as LadderFact['rungs'];
  return {
    key: data.afwegingId,
    memberId: data.memberId,
    requestKey: data.requestKey,
    assessedOn: data.assessedOn,
    rungs,
    outcome: data.outcome,
    voorzieningId: data.voorzieningId,
  };
}
