import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../components/PageHeading';

const PROBLEMS: Record<string, string> = {
  verlopen: 'Het inloggen duurde te lang of is al afgerond. Probeer het opnieuw.',
  geweigerd: 'Inloggen is niet gelukt. Probeer het opnieuw.',
  'geen-rol':
    'U kunt met dit account niet in Regie werken: het heeft geen rol voor Regie. Vraag uw functioneel beheerder om toegang.',
  storing: 'Inloggen kan nu niet: het inlogsysteem van de gemeente is niet bereikbaar. Probeer het later opnieuw.',
};

/** The front door: one button to the gemeente's identity provider. */
export function SignInPage() {
  const [params] = useSearchParams();
  const problem = params.get('fout');
  const signedOut = params.has('uitgelogd');
  const returnTo = params.get('terug') ?? '/';
  return (
    <div className="regie-sign-in">
      <header className="regie-sign-in__brand">
        <span className="regie-brand">Regie</span>
      </header>
      <main id="inhoud" className="regie-sign-in__main">
        <PageHeading>Inloggen bij Regie</PageHeading>
        {signedOut ? (
          <div className="utrecht-alert utrecht-alert--ok" role="status">
            <Paragraph>U bent uitgelogd.</Paragraph>
          </div>
        ) : null}
        {problem ? (
          <div className="utrecht-alert utrecht-alert--error" role="alert">
            <Paragraph>{PROBLEMS[problem] ?? PROBLEMS.geweigerd}</Paragraph>
          </div>
        ) : null}
        <Paragraph>
          Regie laat u als regisseur zien hoe het gaat met de huishoudens die u begeleidt: wat er gebeurt, wie er helpt
          en wat er nodig is.
        </Paragraph>
        <Paragraph>U logt in met het account van uw gemeente.</Paragraph>
        <a
          className="utrecht-button utrecht-button--primary-action regie-button-link"
          href={`/auth/login?terug=${encodeURIComponent(returnTo)}`}
        >
          Inloggen met uw gemeente-account
        </a>
      </main>
    </div>
  );
}
