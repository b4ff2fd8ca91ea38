import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import type { CombinedError } from '@urql/core';
import { PROBLEM_TEXT, problemOf, type Problem } from '../app/errors';
import { signInUrl } from '../app/session';
import { PageHeading } from './PageHeading';

/**
 * A refusal or failure in plain Dutch (never the api's English or JSON). As a page it is the page's h1; inside a
 * section it is a smaller heading.
 */
export function ProblemMessage({
  error,
  problem,
  asPage = false,
}: {
  error?: CombinedError;
  problem?: Problem;
  asPage?: boolean;
}) {
  const kind = problem ?? problemOf(error) ?? 'unknown';
  const { title, text } = PROBLEM_TEXT[kind];
  return (
    <div className="utrecht-alert utrecht-alert--warning" role={asPage ? undefined : 'alert'}>
      <div className="utrecht-alert__content">
        {asPage ? <PageHeading>{title}</PageHeading> : <Heading level={3}>{title}</Heading>}
        <Paragraph>{text}</Paragraph>
        {kind === 'signed-out' || kind === 'csrf' ? (
          <Paragraph>
            <a className="utrecht-link" href={signInUrl()}>
              Opnieuw inloggen
            </a>
          </Paragraph>
        ) : null}
      </div>
    </div>
  );
}
