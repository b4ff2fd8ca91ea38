/**
 * Norm for the wait from toewijzing (TOEGEWEZEN) to start of care (GESTART) in Jeugd: the Treeknorm of six weeks.
 * The read side flags a wait strictly longer than this.
 */
export const JEUGD_WACHTTIJD_NORM_DAYS = 42;
