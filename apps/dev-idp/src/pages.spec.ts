import { errorPage, escapeHtml, loginPage, logoutPage } from './pages';

describe('issuer pages', () => {
  it('escapes markup in every value it renders', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    const hostile = '"><script>alert(1)</script>';
    const page = loginPage({
      action: `/login?${hostile}`,
      clientName: hostile,
      username: hostile,
      failed: true,
    });
    expect(page.body).not.toContain('<script>');
    expect(page.body).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(errorPage(hostile, hostile).body).not.toContain('<script>');
  });

  it('shows a form with username and password fields, labelled in English and Traditional Chinese', () => {
    const { body, contentSecurityPolicy } = loginPage({
      action: '/realms/lattice/login-actions/authenticate/abc',
      clientName: 'Lattice portal',
    });
    expect(body).toContain('<form method="post" action="/realms/lattice/login-actions/authenticate/abc"');
    expect(body).toMatch(/<input id="username" name="username" type="text"/);
    expect(body).toMatch(/<input id="password" name="password" type="password"/);
    expect(body).toContain('<button type="submit">Sign in');
    expect(body).toContain('使用者名稱');
    expect(body).toContain('密碼');
    expect(body).not.toContain('role="alert"');
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy).not.toContain('script-src');
  });

  it('says the same thing for any failed sign-in', () => {
    const body = loginPage({ action: '/x', clientName: 'c', username: 'admin', failed: true }).body;
    expect(body).toContain('Invalid username or password.');
    expect(body).toContain('使用者名稱或密碼錯誤。');
  });

  it('submits the sign-out form by itself only with a script allowed by nonce', () => {
    const automatic = logoutPage({
      form: '<form id="op.logoutForm"></form>',
      autoSubmit: true,
      nonce: 'n0nce',
    });
    expect(automatic.body).toContain('<script nonce="n0nce">');
    expect(automatic.contentSecurityPolicy).toContain("script-src 'nonce-n0nce'");
    const manual = logoutPage({
      form: '<form id="op.logoutForm"></form>',
      autoSubmit: false,
      nonce: 'n0nce',
    });
    expect(manual.body).not.toContain('<script');
  });
});
