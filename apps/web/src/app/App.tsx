import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { Layout } from '../layout/Layout';
import { Loading } from '../components/Loading';
import { MyHouseholdsPage } from '../pages/MyHouseholdsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SignInPage } from '../pages/SignInPage';
import { createRegieClient } from './client';
import { navigationHappened } from './focus-after-navigation';
import { isSignedIn } from './session';

// Only the first screen is in the main bundle; the rest loads when it is opened.
const SearchPage = lazy(() => import('../pages/SearchPage'));
const WorklistPage = lazy(() => import('../pages/WorklistPage'));
const HouseholdPage = lazy(() => import('../household/HouseholdPage'));
const BeheerPage = lazy(() => import('../beheer/BeheerPage'));
const RegisterHouseholdPage = lazy(() => import('../beheer/RegisterHouseholdPage'));
const AssignRegisseurPage = lazy(() => import('../beheer/AssignRegisseurPage'));
const RegisseursPage = lazy(() => import('../beheer/RegisseursPage'));
const HandOverPage = lazy(() => import('../beheer/HandOverPage'));
const ManageHouseholdPage = lazy(() => import('../beheer/ManageHouseholdPage'));
const ProvidersPage = lazy(() => import('../beheer/ProvidersPage'));
const CataloguePage = lazy(() => import('../beheer/CataloguePage'));
const BudgetPage = lazy(() => import('../beheer/BudgetPage'));
const ProcessingLogPage = lazy(() => import('../audit/ProcessingLogPage'));
const EmergencyAccessesPage = lazy(() => import('../audit/EmergencyAccessesPage'));
const HouseholdAccessPage = lazy(() => import('../audit/HouseholdAccessPage'));
const ExportPage = lazy(() => import('../audit/ExportPage'));
const PersonAccessPage = lazy(() => import('../audit/PersonAccessPage'));
const DomeinPage = lazy(() => import('../domein/DomeinPage'));
const DomainHouseholdPage = lazy(() => import('../domein/DomainHouseholdPage'));
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
      { path: '/beheer', element: page(<BeheerPage />) },
      { path: '/beheer/huishouden-registreren', element: page(<RegisterHouseholdPage />) },
      { path: '/beheer/huishoudens/:id', element: page(<ManageHouseholdPage />) },
      { path: '/beheer/huishoudens/:id/regisseur', element: page(<AssignRegisseurPage />) },
      { path: '/beheer/regisseurs', element: page(<RegisseursPage />) },
      { path: '/beheer/regisseurs/:userId', element: page(<HandOverPage />) },
      { path: '/beheer/aanbieders', element: page(<ProvidersPage />) },
      { path: '/beheer/voorliggend-veld', element: page(<CataloguePage />) },
      { path: '/beheer/budget-en-kosten', element: page(<BudgetPage />) },
      { path: '/audit', element: page(<ProcessingLogPage />) },
      { path: '/audit/noodprocedure', element: page(<EmergencyAccessesPage />) },
      { path: '/audit/huishoudens/:id', element: page(<HouseholdAccessPage />) },
      { path: '/audit/export', element: page(<ExportPage />) },
      { path: '/audit/inzage', element: page(<PersonAccessPage />) },
      { path: '/domein', element: page(<DomeinPage />) },
      { path: '/domein/huishoudens/:id', element: page(<DomainHouseholdPage />) },
      { path: '/berichten', element: page(<BerichtenQueuePage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

// Before the new page renders: a different path is a navigation whose page heading takes the focus.
let shownPath = router.state.location.pathname;
router.subscribe((state) => {
  if (state.location.pathname === shownPath) return;
  shownPath = state.location.pathname;
  navigationHappened();
});

export function App() {
  return (
    <Provider value={createRegieClient()}>
      <RouterProvider router={router} />
    </Provider>
  );
}
