import type { DemoAccount } from './demo-accounts';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #f3f3f3; line-height: 1.5; }
  main { max-width: 36rem; margin: 2rem auto; background: #fff; padding: 1.5rem 2rem; border: 1px solid #767676; }
  h1 { font-size: 1.6rem; margin-top: 0; }
  .waarschuwing { border-left: 6px solid #8a4b00; background: #fff4e5; padding: .5rem 1rem; }
  ul { list-style: none; padding: 0; }
  li { margin: .5rem 0; }
  button { width: 100%; text-align: left; font: inherit; padding: .75rem 1rem; background: #fff; color: #1a1a1a;
    border: 2px solid #24578f; border-radius: 4px; cursor: pointer; }
  button:hover { background: #e8eef6; }
  button:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
  .naam { display: block; font-weight: 700; color: #24578f; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${escape(title)} – ontwikkel-inlog Regie</title>
  <style>${STYLE}</style>
</head>
<body>
  <main>
${body}
  </main>
</body>
</html>`;
}

/** The one-click account chooser (a form per account: keyboard and screen readers get real buttons). */
export function accountChooserPage(uid: string, accounts: readonly DemoAccount[]): string {
  const items = accounts
    .map(
      (account) => `      <li>
        <form method="post" action="/dev-idp/interaction/${encodeURIComponent(uid)}/login">
          <input type="hidden" name="account" value="${escape(account.sub)}" />
          <button type="submit"><span class="naam">${escape(account.name)}</span>${escape(account.description)}</button>
        </form>
      </li>`,
    )
    .join('\n');
  return page(
    'Kies een demo-account',
    `    <h1>Kies een demo-account</h1>
    <p class="waarschuwing">Dit is het inlogsysteem voor ontwikkelen en testen. Het draait nooit in productie:
      daar logt u in met het account van uw gemeente.</p>
    <ul>
${items}
    </ul>`,
  );
}

/** oidc-provider's logout confirmation, sent on at once (its form carries the provider's own CSRF token). */
export function logoutPage(form: string): string {
  return page(
    'Uitloggen',
    `    <h1>Uitloggen</h1>
    ${form}
    <p>U wordt uitgelogd bij het ontwikkel-inlogsysteem.</p>
    <button type="submit" form="op.logoutForm" name="logout" value="yes">Uitloggen</button>
    <script>document.getElementById('op.logoutForm').insertAdjacentHTML('beforeend',
      '<input type="hidden" name="logout" value="yes">');document.getElementById('op.logoutForm').submit();</script>`,
  );
}

export function idpErrorPage(): string {
  return page(
    'Inloggen lukt niet',
    `    <h1>Inloggen lukt niet</h1>
    <p>Er ging iets mis bij het inloggen. <a href="/">Probeer het opnieuw</a>.</p>`,
  );
}
