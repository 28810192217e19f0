import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { fakeCollector, TOKEN } from './fake-collector.js';
import { $, $$, focused, heard, makeConsole, scrollsSideways, text, view } from './helpers.js';

describe('<netweave-console> signing in and out', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the sign-in form when the collector does not take the cookie (accessible)', async () => {
    const collector = fakeCollector();
    const el = await makeConsole(collector.api());
    expect(text($(el, 'h1'))).to.equal('Sign in');
    const input = $<HTMLInputElement>(el, '#token')!;
    expect(input.type).to.equal('password');
    expect(input.getAttribute('autocomplete')).to.equal('current-password');
    expect(text($(el, 'label[for=token]'))).to.equal('Admin token');
    expect($(el, '#sign-out')).to.equal(null);
    expect(text($(el, 'header'))).to.contain('Facilitator console');
    await expect(el).to.be.accessible();
  });

  it('says what is wrong with a missing or wrong token, as NHS services do (accessible)', async () => {
    const collector = fakeCollector();
    const el = await makeConsole(collector.api());
    $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
    await waitUntil(() => focused(el)?.id === 'error-summary', 'the error summary did not take the keyboard');
    expect(text($(el, '#error-summary'))).to.equal('There is a problem Enter the admin token');
    expect(text($(el, '#token-error'))).to.equal('Error: Enter the admin token');
    expect($(el, '#token')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#token')!.getAttribute('aria-describedby')).to.equal('token-hint token-error');
    await expect(el).to.be.accessible();
    // The summary's link puts the keyboard in the field.
    $<HTMLAnchorElement>(el, '#error-summary a')!.click();
    expect(focused(el)?.id).to.equal('token');

    await sendKeys({ type: 'not-the-token' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '#token-error')).includes('That token is not right'));
    expect(collector.state.signedIn).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('signs in from the keyboard, then signs out for real (the collector revokes the cookie)', async () => {
    const collector = fakeCollector();
    collector.addSession({ title: 'Gwent network weaving' });
    const el = await makeConsole(collector.api());
    $<HTMLInputElement>(el, '#token')!.focus();
    await sendKeys({ type: TOKEN });
    await sendKeys({ press: 'Enter' });
    await view(el, 'Your sessions');
    await waitUntil(() => focused(el)?.tagName === 'H1', 'the keyboard did not go to the heading');
    const login = collector.state.requests.find((r) => r.path === '/admin/login')!;
    expect(login.body).to.deep.equal({ token: TOKEN, lang: 'en' });
    expect(text($(el, '.sessions'))).to.contain('Gwent network weaving');

    $<HTMLButtonElement>(el, '#sign-out')!.click();
    await view(el, 'Sign in');
    expect(collector.calls()).to.include('POST /admin/logout');
    expect(collector.state.signedIn).to.equal(false);
    expect(text($(el, '.nw-notice'))).to.equal('You have signed out.');
    await heard('console', 'You have signed out.');
    expect(focused(el)?.tagName).to.equal('H1');
  });

  it('goes back to the sign-in form when the cookie stops working mid-way', async () => {
    const collector = fakeCollector();
    collector.state.signedIn = true;
    const s = collector.addSession({ title: 'Powys' });
    const el = await makeConsole(collector.api());
    $<HTMLAnchorElement>(el, `a[data-id="${s.id}"]`)!.click();
    await view(el, 'Powys');
    collector.state.signedIn = false; // signed out in another tab, or the cookie expired
    $<HTMLButtonElement>(el, '#toggle')!.click();
    await view(el, 'Sign in');
    expect(text($(el, '#error-summary'))).to.contain('You have been signed out. Sign in again to carry on.');
  });

  it('says the console is off when the collector has no admin token', async () => {
    const collector = fakeCollector();
    collector.state.refuse.set('GET /v1/admin/sessions', { status: 404, code: 'not-found' });
    const el = await makeConsole(collector.api());
    expect(text($(el, 'main'))).to.contain('The console is switched off');
    await expect(el).to.be.accessible();
  });

  it('is in Welsh when asked, in an English browser, language switch included', async () => {
    expect(navigator.language).to.match(/^en/);
    const collector = fakeCollector();
    const el = await makeConsole(collector.api(), 'cy');
    expect(text($(el, 'h1'))).to.equal('Mewngofnodi');
    expect(text($(el, 'label[for=token]'))).to.equal('Tocyn gweinyddu');
    const other = $<HTMLAnchorElement>(el, 'header a[hreflang]')!;
    expect(other.getAttribute('lang')).to.equal('en');
    expect(text(other)).to.equal('English');
    await expect(el).to.be.accessible();
    other.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.lang).to.equal('en');
    expect(text($(el, 'h1'))).to.equal('Sign in');
    expect(focused(el) === other, 'the keyboard stays on the switch').to.equal(true);
  });

  it('fits a 320 px screen without sideways scrolling, with targets of at least 24 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const collector = fakeCollector();
    const el = await makeConsole(collector.api());
    expect(scrollsSideways()).to.equal(false);
    for (const target of $$(el, 'button, input:not([hidden]), header a')) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.outerHTML).to.be.at.least(24);
      expect(box.width, target.outerHTML).to.be.at.least(24);
    }
  });
});
