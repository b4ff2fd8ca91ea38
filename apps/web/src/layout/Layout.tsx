import { SkipLink } from '@nl-design-system-candidate/skip-link-react';
import { NavLink, Outlet } from 'react-router';
import { useQuery } from 'urql';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import { problemOf } from '../app/errors';
import { domainName, roleName } from '../app/labels';
import { csrfToken } from '../app/session';
import { ViewerContext } from './viewer';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      userId
      name
      role
      gemeente
      domain
    }
  }
`);

interface NavigationItem {
  readonly to: string;
  readonly label: string;
  readonly end: boolean;
  /** Shown only to these roles (once the viewer is known). */
  readonly roles?: readonly string[];
  /** Hidden from these roles (once the viewer is known). */
  readonly hideFor?: readonly string[];
}

const NAVIGATION: readonly NavigationItem[] = [
  { to: '/', label: 'Mijn huishoudens', end: true },
  // The auditor may not search households; the worklist is the regisseur's own.
  { to: '/zoeken', label: 'Zoeken', end: false, hideFor: ['auditor'] },
  {
    to: '/werklijst',
    label: 'Werklijst',
    end: false,
    hideFor: ['auditor', 'domeinmedewerker', 'functioneel_beheerder'],
  },
  // The other roles' own screens, shown only to that role.
  { to: '/beheer', label: 'Beheer', end: false, roles: ['functioneel_beheerder'] },
  { to: '/audit', label: 'Verwerkingenlog', end: true, roles: ['auditor'] },
  { to: '/audit/noodprocedure', label: 'Noodprocedure', end: false, roles: ['auditor'] },
  { to: '/audit/inzage', label: 'Inzageverzoek', end: false, roles: ['auditor'] },
  { to: '/audit/export', label: 'Exporteren', end: false, roles: ['auditor'] },
  { to: '/domein', label: 'Mijn domein', end: false, roles: ['domeinmedewerker'] },
  { to: '/berichten', label: 'Berichten', end: false, roles: ['functioneel_beheerder'] },
];

const shownTo = (item: NavigationItem, role: string | undefined) =>
  role === undefined ? !item.roles : (!item.roles || item.roles.includes(role)) && !item.hideFor?.includes(role);

/** Every signed-in page: skip link, header with the navigation and the user, one main landmark, footer. */
export function Layout() {
  const [{ data, error }] = useQuery({ query: ViewerQuery });
  const viewer = data?.viewer;
  const problem = problemOf(error);
  return (
    <div className="utrecht-page regie-page">
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <header className="utrecht-page-header regie-header">
        <div className="regie-header__content">
          <a className="regie-brand" href="/">
            Regie
          </a>
          <nav aria-label="Hoofdmenu" className="regie-nav">
            <ul>
              {NAVIGATION.filter((item) => shownTo(item, viewer?.role)).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="regie-nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {viewer ? (
            <div className="regie-user">
              <span>
                {viewer.name ?? 'Onbekende gebruiker'}
                <span className="regie-user__role">
                  {roleName(viewer.role)}
                  {viewer.domain ? ` ${domainName(viewer.domain)}` : ''}
                </span>
              </span>
              <form method="post" action="/auth/logout">
                <input type="hidden" name="csrf" value={csrfToken() ?? ''} />
                <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                  Uitloggen
                </button>
              </form>
            </div>
          ) : null}
        </div>
      </header>
      <main id="inhoud" className="utrecht-page-body regie-main" tabIndex={-1}>
        {problem === 'signed-out' || problem === 'csrf' ? (
          <ProblemMessage problem={problem} asPage />
        ) : (
          <ViewerContext.Provider value={viewer ?? null}>
            <Outlet />
          </ViewerContext.Provider>
        )}
      </main>
      <footer className="utrecht-page-footer regie-footer">
        <p>Regie – één huishouden, één plan, één regisseur.</p>
      </footer>
    </div>
  );
}
