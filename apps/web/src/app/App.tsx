import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { Layout } from '../layout/Layout';
import { Loading } from '../components/Loading';
import { MyHouseholdsPage } from '../pages/MyHouseholdsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SignInPage } from '../pages/SignInPage';
import { createRegieClient } from './client';
import { isSignedIn } from './session';

// Only the first screen is in the main bundle; the rest loads when it is opened.
const SearchPage = lazy(() => import('../pages/SearchPage'));
const WorklistPage = lazy(() => import('../pages/WorklistPage'));
const HouseholdPage = lazy(() => import('../household/HouseholdPage'));
const BerichtenQueuePage = lazy(() => import('../berichten/BerichtenQueuePage'));

const page = (element: JSX.Element) => <Suspense fallback={<Loading />}>{element}</Suspense>;

const router = createBrowserRouter([
  { path: '/inloggen', element: <SignInPage /> },
  {
    element: isSignedIn() ? <Layout /> : <Navigate to="/inloggen" replace />,
    children: [
      { path: '/', element: <MyHouseholdsPage /> },
      { path: '/zoeken', element: page(<SearchPage />) },
      { path: '/werklijst', element: page(<WorklistPage />) },
      { path: '/huishoudens/:id', element: page(<HouseholdPage />) },
      { path: '/berichten', element: page(<BerichtenQueuePage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <Provider value={createRegieClient()}>
      <RouterProvider router={router} />
    </Provider>
  );
}
