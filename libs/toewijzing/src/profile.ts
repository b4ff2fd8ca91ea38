import {
  EENHEID,
  FREQUENTIE,
  IJW_PRODUCTCATEGORIE,
  IJW_REDEN_BEEINDIGING,
  IJW_REDEN_WIJZIGING,
  IWMO_PRODUCTCATEGORIE,
  IWMO_REDEN_BEEINDIGING,
  IWMO_REDEN_WIJZIGING,
  REDEN_VERZOEK,
  VERWIJZER,
  type NamedCodeList,
} from '@regie/berichten';

/** The code lists one iStandaard uses in the toewijzing life cycle (release 3.2, kept in libs/berichten). */
export interface StandardCodeLists {
  readonly productcategorie: NamedCodeList;
  readonly redenBeeindiging: NamedCodeList;
  readonly redenWijziging: NamedCodeList;
  readonly eenheid: NamedCodeList;
  readonly frequentie: NamedCodeList;
  /** WJ758 Reden verzoek (317). */
  readonly redenVerzoek: NamedCodeList;
  /** COD327: a 315 of this standard names its verwijzer (iJw); absent = the standard has none (iWmo). */
  readonly verwijzer?: NamedCodeList;
}

/** What differs between iJw and iWmo in the life cycle: the name, the code lists. */
export interface Standard {
  readonly name: 'iJw' | 'iWmo';
  /** The prefix of its message codes: JW301, WMO301. */
  readonly messagePrefix: 'JW' | 'WMO';
  readonly codes: StandardCodeLists;
}

export const IJW: Standard = {
  name: 'iJw',
  messagePrefix: 'JW',
  codes: {
    productcategorie: IJW_PRODUCTCATEGORIE,
    redenBeeindiging: IJW_REDEN_BEEINDIGING,
    redenWijziging: IJW_REDEN_WIJZIGING,
    eenheid: EENHEID,
    frequentie: FREQUENTIE,
    redenVerzoek: REDEN_VERZOEK,
    verwijzer: VERWIJZER,
  },
};

export const IWMO: Standard = {
  name: 'iWmo',
  messagePrefix: 'WMO',
  codes: {
    productcategorie: IWMO_PRODUCTCATEGORIE,
    redenBeeindiging: IWMO_REDEN_BEEINDIGING,
    redenWijziging: IWMO_REDEN_WIJZIGING,
    eenheid: EENHEID,
    frequentie: FREQUENTIE,
    redenVerzoek: REDEN_VERZOEK,
  },
};

/** The stored event type names of the life cycle in one domain; never rename one that has been stored. */
export interface LifecycleEventTypes {
  readonly verzoekOmToewijzingOntvangen: string;
  readonly toewijzingVastgelegd: string;
  readonly zorgGestart: string;
  readonly zorgGestopt: string;
  readonly declaratieOntvangen: string;
  readonly verzoekOmWijzigingOntvangen: string;
}

/** The life cycle as one domain runs it: its domain code and event names, and the standard it follows. */
export interface ToewijzingProfile {
  /** Domain code, e.g. JEUGD: `metadata.domain` of the events and the domain a provider registers for. */
  readonly domain: string;
  /** Event type prefix, e.g. `jeugd.`. */
  readonly prefix: string;
  readonly standard: Standard;
  readonly eventType: LifecycleEventTypes;
  /** How the domain calls what is delivered in a summary: "zorg" or "ondersteuning". */
  readonly care: string;
  /** The domain's label in its mutations' names and descriptions: recordJeugdToewijzing, "Jeugd: …". */
  readonly label: string;
  /** "care" or "support": what is delivered, as the (English) GraphQL descriptions say it. */
  readonly careInEnglish: string;
  /** Labels of reden-beëindiging codes that stored stops carry but the standard's 3.2 list no longer has. */
  readonly storedRedenBeeindiging?: Readonly<Record<string, string>>;
}

/** The event names are the prefix plus the iStandaard term, e.g. `jeugd.ToewijzingVastgelegd`. */
export function lifecycleEventTypes<Prefix extends string>(prefix: Prefix) {
  return {
    verzoekOmToewijzingOntvangen: `${prefix}VerzoekOmToewijzingOntvangen`,
    toewijzingVastgelegd: `${prefix}ToewijzingVastgelegd`,
    zorgGestart: `${prefix}ZorgGestart`,
    zorgGestopt: `${prefix}ZorgGestopt`,
    declaratieOntvangen: `${prefix}DeclaratieOntvangen`,
    verzoekOmWijzigingOntvangen: `${prefix}VerzoekOmWijzigingOntvangen`,
  } as const;
}

export function toewijzingProfile(options: {
  readonly domain: string;
  readonly prefix: string;
  readonly standard: Standard;
  readonly care: string;
  readonly label: string;
  readonly careInEnglish: string;
  readonly storedRedenBeeindiging?: Readonly<Record<string, string>>;
}): ToewijzingProfile {
  return { ...options, eventType: lifecycleEventTypes(options.prefix) };
}
