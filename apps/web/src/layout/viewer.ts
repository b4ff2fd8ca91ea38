import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../gql/graphql';

export type Viewer = ViewerQuery['viewer'];

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user (null while the Layout still loads them). */
export const useViewer = (): Viewer | null => useContext(ViewerContext);
