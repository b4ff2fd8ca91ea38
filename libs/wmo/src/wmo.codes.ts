// Wmo's own code lists (treden, toereikend, conclusie, uitkomst), taken from the Wmo 2015 itself. The iWmo code
// lists (WMO020, WMO588, WMO002, WJ756, WMO757) are kept once, in libs/berichten (release 3.2), and reach Wmo
// through its profile of the toewijzing life cycle (wmo.profile.ts).

/** A code list: code → Dutch label. */
export type CodeList = Readonly<Record<string, string>>;

/**
 * Regie's own list after Wmo 2015 art. 2.3.5 lid 3: the rungs a maatwerkvoorziening must climb past ("op eigen
 * kracht, met gebruikelijke hulp, met mantelzorg, met hulp van het sociale netwerk of met algemene voorzieningen").
 */
export const WMO_TREDEN = {
  eigenKracht: 'eigen kracht',
  gebruikelijkeHulp: 'gebruikelijke hulp',
  mantelzorg: 'mantelzorg',
  sociaalNetwerk: 'sociaal netwerk',
  algemeneVoorziening: 'algemene voorziening',
} as const satisfies CodeList;

/** Regie's own list: how far a rung of the ladder meets the hulpvraag. */
export const WMO_TOEREIKEND = {
  JA: 'toereikend',
  DEELS: 'deels toereikend',
  NEE: 'niet toereikend',
} as const satisfies CodeList;

/** Regie's own list: the conclusion of the onderzoek (Wmo 2015 art. 2.3.2). */
export const WMO_CONCLUSIE = {
  GEEN_ONDERSTEUNING_NODIG: 'geen ondersteuning nodig',
  ALGEMENE_VOORZIENING: 'algemene voorziening volstaat',
  MAATWERKVOORZIENING_NODIG: 'maatwerkvoorziening nodig',
} as const satisfies CodeList;

/** Regie's own list: the outcome of the besluit (beschikking) on an aanvraag. */
export const WMO_BESLUIT_UITKOMST = {
  TOEGEKEND: 'toegekend',
  AFGEWEZEN: 'afgewezen',
  VERWEZEN_NAAR_ALGEMENE_VOORZIENING: 'verwezen naar algemene voorziening',
} as const satisfies CodeList;

export type WmoTredeNaam = keyof typeof WMO_TREDEN;
export type WmoToereikend = keyof typeof WMO_TOEREIKEND;
export type WmoConclusie = keyof typeof WMO_CONCLUSIE;
export type WmoBesluitUitkomst = keyof typeof WMO_BESLUIT_UITKOMST;

/** The rungs in the order of the law. */
export const WMO_TREDE_NAMEN = Object.keys(WMO_TREDEN) as WmoTredeNaam[];

/** Whether `code` is in `list` (own keys only, so `toString` or `__proto__` are not codes). */
export const isWmoCodeIn = <List extends CodeList>(list: List, code: unknown): code is keyof List & string =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(list, code);

/** The Dutch label of a code, or the code itself when it is not in the list. */
export const wmoLabelOf = (list: CodeList, code: string): string => (isWmoCodeIn(list, code) ? list[code]! : code);

/** The Dutch message for a code that is not in its list, naming the field and the list; undefined when it is. */
export function wmoCodeProblem(list: CodeList, listId: string, value: unknown, field: string): string | undefined {
  if (isWmoCodeIn(list, value)) return undefined;
  return `${field}: ${JSON.stringify(value)} is geen code uit ${listId} (toegestaan: ${Object.keys(list).join(', ')})`;
}
