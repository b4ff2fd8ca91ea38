/** The kinds of `SignalFact` the read side knows; a signal without a kind is a Wgs vroegsignaal. */
export const SIGNAL_KINDS = {
  wgsVroegsignaal: 'WGS_VROEGSIGNAAL',
  wmoOnderzoek: 'WMO_ONDERZOEK',
} as const;
