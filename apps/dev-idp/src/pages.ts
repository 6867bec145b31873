// The issuer's HTML pages: sign-in form, sign-out, signed-out and error pages, in English and
// Traditional Chinese. Every value placed in markup goes through escapeHtml.

/** An HTML document with the Content-Security-Policy it needs. */
export interface HtmlPage {
  body: string;
  contentSecurityPolicy: string;
}

const baseCsp = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

const styles = `
  body { font-family: system-ui, "Noto Sans TC", "Microsoft JhengHei", sans-serif; background: #f3f5f8; color: #1b2430; margin: 0; }
  main { max-width: 22rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
  h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
  p.lead { margin: 0 0 1.5rem; color: #4a5563; }
  label { display: block; font-weight: 600; margin: 1rem 0 .35rem; }
  input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: .55rem; font-size: 1rem; border: 1px solid #b8c0cc; border-radius: 4px; }
  button { margin-top: 1.5rem; width: 100%; padding: .65rem; font-size: 1rem; font-weight: 600; color: #fff; background: #1d5fa7; border: 0; border-radius: 4px; cursor: pointer; }
  .error { background: #fdecec; color: #8a1c1c; padding: .6rem .75rem; border-radius: 4px; }
  .note { margin-top: 1.5rem; font-size: .8rem; color: #6b7480; }
  [lang="zh-Hant-TW"] { display: block; font-weight: normal; }
`;

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function document(title: string, content: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
}

function zh(text: string): string {
  return `<span lang="zh-Hant-TW">${escapeHtml(text)}</span>`;
}

/** What the sign-in form shows. */
export interface LoginPageInput {
  /** Where the form posts, relative to the issuer's origin. */
  action: string;
  clientName: string;
  /** The username typed before a failed attempt, shown again. */
  username?: string;
  failed?: boolean;
}

/** The sign-in form; a failed attempt shows one generic message whatever went wrong. */
export function loginPage({ action, clientName, username = '', failed = false }: LoginPageInput): HtmlPage {
  const error = failed
    ? `<p class="error" role="alert">Invalid username or password. ${zh('使用者名稱或密碼錯誤。')}</p>`
    : '';
  const content = `<h1>Lattice</h1>
<p class="lead">Sign in to continue to ${escapeHtml(clientName)}. ${zh(`登入以繼續使用 ${clientName}。`)}</p>
${error}
<form method="post" action="${escapeHtml(action)}" autocomplete="on">
<label for="username">Username ${zh('使用者名稱')}</label>
<input id="username" name="username" type="text" value="${escapeHtml(username)}" autocomplete="username" autocapitalize="none" spellcheck="false" required${username ? '' : ' autofocus'}>
<label for="password">Password ${zh('密碼')}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${username ? ' autofocus' : ''}>
<button type="submit">Sign in ${zh('登入')}</button>
</form>
<p class="note">Development issuer with demo accounts only. ${zh('開發用身分提供者，僅供示範帳號使用。')}</p>`;
  return { body: document('Sign in · 登入 – Lattice', content), contentSecurityPolicy: baseCsp };
}

/** What the sign-out page needs. */
export interface LogoutPageInput {
  /** oidc-provider's hidden confirmation form (id "op.logoutForm"), already escaped by it. */
  form: string;
  /** Submit on load: the client proved which session it ends with an ID token hint. */
  autoSubmit: boolean;
  nonce: string;
}

/** Sign-out confirmation; submits itself when the request came from a client with a hint. */
export function logoutPage({ form, autoSubmit, nonce }: LogoutPageInput): HtmlPage {
  const script = autoSubmit
    ? `<script nonce="${escapeHtml(nonce)}">
const form = document.getElementById('op.logoutForm');
const input = document.createElement('input');
input.type = 'hidden'; input.name = 'logout'; input.value = 'yes';
form.appendChild(input);
form.submit();
</script>`
    : '';
  const content = `<h1>Sign out ${zh('登出')}</h1>
<p class="lead">Do you want to sign out of Lattice? ${zh('要登出 Lattice 嗎？')}</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out ${zh('登出')}</button>
${script}`;
  return {
    body: document('Sign out · 登出 – Lattice', content),
    contentSecurityPolicy: `${baseCsp}; script-src 'nonce-${nonce}'`,
  };
}

/** Shown after signing out when the client gave no address to return to. */
export function signedOutPage(): HtmlPage {
  const content = `<h1>Signed out ${zh('已登出')}</h1>
<p class="lead">You have signed out of Lattice. ${zh('您已登出 Lattice。')}</p>`;
  return { body: document('Signed out · 已登出 – Lattice', content), contentSecurityPolicy: baseCsp };
}

/** A generic error page; `error` is an OAuth error code, `description` the issuer's safe text. */
export function errorPage(error: string, description: string | undefined): HtmlPage {
  const content = `<h1>Sign-in could not continue ${zh('無法繼續登入')}</h1>
<p class="error" role="alert">${escapeHtml(error)}${description ? `: ${escapeHtml(description)}` : ''}</p>
<p class="lead">Return to the application and start again. ${zh('請回到應用程式重新開始。')}</p>`;
  return { body: document('Error · 錯誤 – Lattice', content), contentSecurityPolicy: baseCsp };
}
