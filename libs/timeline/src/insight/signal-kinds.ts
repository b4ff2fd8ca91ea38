/**
 * The two signal kinds the read side still names itself: a stored signal without a kind is a Wgs vroegsignaal, and
 * the `myHouseholds` counters (openSignals, overdueSignals, overdueOnderzoeken) count these two. Everything else
 * about signal kinds (the worklist, its texts) comes from the registered domains' `signalKinds`.
 */
export const SIGNAL_KINDS = {
  wgsVroegsignaal: 'WGS_VROEGSIGNAAL',
  wmoOnderzoek: 'WMO_ONDERZOEK',
} as const;
