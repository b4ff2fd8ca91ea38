import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../gql/graphql';

export type Viewer = ViewerQuery['viewer'];

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user (null while the Layout still loads them). */
export const useViewer = (): Viewer | null => useContext(ViewerContext);

/** Where the viewer's role opens a household: the domain's view, the beheer screen, or the regisseur's file. */
export function householdPath(viewer: Viewer | null, householdId: string): string {
  if (viewer?.role === 'domeinmedewerker') return `/domein/huishoudens/${householdId}`;
  if (viewer?.role === 'functioneel_beheerder') return `/beheer/huishoudens/${householdId}`;
  return `/huishoudens/${householdId}`;
}
