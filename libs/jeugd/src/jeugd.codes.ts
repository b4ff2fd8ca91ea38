// Jeugd's own code list. The iJw code lists (JZ020, JZ588, JZ002, WJ756, WMO757, COD327) are kept once, in
// libs/berichten (release 3.2), and reach Jeugd through its profile of the toewijzing life cycle (jeugd.profile.ts).

/** Regie's own list (no iStandaard): the kinds of contact a Jeugd worker records. */
export const JEUGD_CONTACTMOMENT_SOORT = {
  HUISBEZOEK: 'huisbezoek',
  GESPREK: 'gesprek',
  TELEFONISCH: 'telefonisch contact',
  OVERLEG: 'overleg',
} as const;

export type JeugdContactmomentSoort = keyof typeof JEUGD_CONTACTMOMENT_SOORT;
