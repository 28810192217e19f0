// Helpers of the end-to-end tests (wordpress.test.mjs on Debian's WordPress 6.1,
// script-modules.test.mjs on WordPress 6.5).

const WAIT = { timeout: 20_000 };

/** A page whose errors (console and uncaught) are collected. */
export async function open(context, url) {
  const page = await context.newPage();
  const errors = [];
  const streams = [];
  page.on(
    'console',
    (m) => m.type() === 'error' && errors.push(`console: ${m.text()} (${m.location().url})`),
  );
  page.on('pageerror', (e) => errors.push(`uncaught: ${e}`));
  // (A reload aborts the live stream: ERR_ABORTED is the page leaving, not a failure.)
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      errors.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('request', (r) => /\/v1\/sessions\/[^/]+\/events/.test(r.url()) && streams.push(r.url()));
  if (url) await page.goto(url);
  return { page, errors, streams };
}

/** Publishes a post through the REST API as the signed-in user; returns { id, link, raw }. */
export async function publish(page, title, content) {
  return page.evaluate(
    async ({ title, content }) => {
      const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const headers = { 'content-type': 'application/json', 'x-wp-nonce': nonce };
      const made = await fetch('/?rest_route=/wp/v2/posts', {
        method: 'POST',
        headers,
        body: JSON.stringify({ title, content, status: 'publish' }),
      });
      const post = await made.json();
      if (!made.ok) throw new Error(`${made.status} ${JSON.stringify(post)}`);
      const read = await (
        await fetch(`/?rest_route=/wp/v2/posts/${post.id}&context=edit`, { headers })
      ).json();
      return { id: post.id, link: post.link, raw: read.content.raw };
    },
    { title, content },
  );
}

/** Signs `user` ({ login, password }) in on `site` in `context`; returns the page (in wp-admin). */
export async function signIn(context, site, user) {
  const { page } = await open(context, `${site}/wp-login.php`);
  await page.fill('#user_login', user.login);
  await page.fill('#user_pass', user.password);
  await Promise.all([page.waitForURL(/\/wp-admin\//, WAIT), page.click('#wp-submit')]);
  return page;
}
