import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Commitment } from '@netweave/model';
import { FakeEventSource, fakeCollector } from './fake-collector.js';
import { $, $$, focused, heard, makeConsole, text, view } from './helpers.js';

const postsIn = (el: Element, status: string) =>
  $$(el, `ul[data-status="${status}"] .post-text`).map((p) => p.textContent);

/** A console signed in and open at one session, following its live stream. */
async function moderating(options: { EventSource?: null } = {}) {
  const collector = fakeCollector();
  collector.state.signedIn = true;
  const s = collector.addSession({ title: 'Live session', moderation: 'pre' });
  collector.addPost(s.id, 'Meet the housing team monthly');
  collector.addPost(s.id, 'Call me on 07700 900123 about this', { heldFor: ['phone'] });
  collector.addPost(s.id, 'Share our referral map', { status: 'visible', reactions: 3 });
  const el = await makeConsole(collector.api(options));
  $<HTMLAnchorElement>(el, `a[data-id="${s.id}"]`)!.click();
  await view(el, 'Live session');
  await waitUntil(() => $$(el, '.post').length === 3, 'the posts were not shown');
  return { collector, el, s };
}

/** Sends a post down the open stream as the collector does. */
function arrive(collector: ReturnType<typeof fakeCollector>, sid: string, text: string): Commitment {
  const c = collector.addPost(sid, text);
  FakeEventSource.latest()!.send(
    'commitment',
    { type: 'commitment', sessionId: sid, commitment: c },
    collector.state.lastEventId,
  );
  return c;
}

describe('<netweave-console> moderation', () => {
  it('shows the whole session on one screen: waiting (oldest first), on the wall and hidden (accessible)', async () => {
    const { el, s } = await moderating();
    expect(postsIn(el, 'pending')).to.deep.equal([
      'Meet the housing team monthly',
      'Call me on 07700 900123 about this',
    ]);
    expect(postsIn(el, 'visible')).to.deep.equal(['Share our referral map']);
    expect(text($(el, '#h-hidden'))).to.equal('Hidden (0)');
    expect(text($(el, 'ul[data-status=pending] .post:nth-child(2) .held'))).to.equal(
      'Held because it may contain a phone number',
    );
    expect(text($(el, 'ul[data-status=visible] .post-meta'))).to.contain('3 people will do this too');
    // The stream resumes from where the list was read: nothing that arrived meanwhile is missed.
    expect(FakeEventSource.latest()!.url).to.equal(
      `https://collector.example/v1/admin/sessions/${s.id}/events?lastEventId=3`,
    );
    await waitUntil(() => text($(el, '#connection')) === 'Live updates on');
    await expect(el).to.be.accessible();
  });

  it('shows posts as they arrive and says a burst of them once', async () => {
    const { collector, el, s } = await moderating();
    arrive(collector, s.id, 'Invite the council to our huddle');
    arrive(collector, s.id, 'Ask the VCSE forum what they need');
    await waitUntil(() => postsIn(el, 'pending').length === 4);
    await heard('console', '2 new posts are waiting for review.');
  });

  it('approves with A and hides with H; the keyboard moves on to the next waiting post', async () => {
    const { collector, el } = await moderating();
    $<HTMLElement>(el, 'ul[data-status=pending] .post')!.focus();
    await sendKeys({ press: 'a' });
    await waitUntil(() => postsIn(el, 'visible').length === 2);
    expect(postsIn(el, 'visible')).to.include('Meet the housing team monthly');
    await heard('console', 'Approved: Meet the housing team monthly');
    expect(focused(el)?.dataset.id).to.equal(collector.state.posts.values().next().value![1]!.id);
    await sendKeys({ press: 'h' });
    await waitUntil(() => postsIn(el, 'hidden').length === 1);
    await heard('console', 'Hidden: Call me on 07700 900123 about this');
    // Nothing left waiting: the keyboard goes to the list's heading, never to the page.
    expect(focused(el)?.id).to.equal('h-pending');
    const sent = collector.state.requests.filter((r) => r.path.endsWith('/moderation')).map((r) => r.body);
    expect(sent).to.deep.equal([{ status: 'visible' }, { status: 'hidden' }]);
    await expect(el).to.be.accessible();
  });

  it('moves between posts with the arrow keys, and restores a hidden post to the wall', async () => {
    const { el } = await moderating();
    const first = $<HTMLElement>(el, 'ul[data-status=pending] .post')!;
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.querySelector('.post-text')?.textContent).to.equal(
      'Call me on 07700 900123 about this',
    );
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)?.querySelector('.post-text')?.textContent).to.equal('Meet the housing team monthly');
    await sendKeys({ press: 'h' });
    await waitUntil(() => postsIn(el, 'hidden').length === 1);
    const restore = $<HTMLButtonElement>(el, 'ul[data-status=hidden] [data-action=restore]')!;
    expect(text(restore)).to.equal('Restore to the wall');
    restore.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => postsIn(el, 'visible').includes('Meet the housing team monthly'));
    await heard('console', 'Back on the wall: Meet the housing team monthly');
  });

  it('edits a held post before approving it: length limit, screening hint, then only the new words', async () => {
    const { collector, el } = await moderating();
    const held = $$<HTMLElement>(el, 'ul[data-status=pending] .post')[1]!;
    held.focus();
    await sendKeys({ press: 'e' });
    const box = $<HTMLTextAreaElement>(el, 'textarea[id^=edit-]')!;
    await waitUntil(() => focused(el) === box, 'the box did not take the keyboard');
    expect(box.value).to.equal('Call me on 07700 900123 about this');
    expect(text($(el, '.screening'))).to.equal('It still seems to contain a phone number.');
    expect(text($(el, `label[for="${box.id}"]`))).to.equal('Edit the post before you approve it');
    expect(box.getAttribute('aria-describedby')).to.contain(`${box.id}-held`);
    await expect(el).to.be.accessible();

    // Emptied: a clear message, and the box keeps the keyboard.
    box.select();
    await sendKeys({ press: 'Backspace' });
    $<HTMLButtonElement>(el, '.edit button[type=submit]')!.click();
    await waitUntil(() => text($(el, `#${box.id}-error`)) === 'Error: The post cannot be empty');
    expect(focused(el) === box).to.equal(true);
    expect($(el, '.screening')).to.equal(null);

    await sendKeys({ type: 'Call me about this' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => postsIn(el, 'visible').includes('Call me about this'));
    await heard('console', 'Edited and approved: Call me about this');
    const sent = collector.state.requests.filter((r) => r.path.endsWith('/moderation')).map((r) => r.body);
    expect(sent).to.deep.equal([{ status: 'visible', text: 'Call me about this' }]);
    expect(JSON.stringify([...collector.state.posts.values()])).not.to.contain('07700');
    expect(focused(el)?.tagName, 'the keyboard stays among the posts').to.equal('LI');
  });

  it('cancels an edit: the words stay as they were and the keyboard goes back to Edit', async () => {
    const { el } = await moderating();
    $<HTMLButtonElement>(el, 'ul[data-status=pending] .post [data-action=edit]')!.click();
    await waitUntil(() => $(el, 'textarea[id^=edit-]'));
    await sendKeys({ type: ' and more' });
    $<HTMLButtonElement>(el, '[data-action=cancel-edit]')!.click();
    await waitUntil(() => focused(el)?.dataset.action === 'edit');
    expect(postsIn(el, 'pending')[0]).to.equal('Meet the housing team monthly');
  });

  it('pauses updates (WCAG 2.2.2): what arrives waits, and is shown on resume', async () => {
    const { collector, el, s } = await moderating();
    const pause = $<HTMLButtonElement>(el, '#pause')!;
    pause.click();
    await el.updateComplete;
    expect(pause.getAttribute('aria-pressed')).to.equal('true');
    expect(text(pause)).to.equal('Resume updates');
    arrive(collector, s.id, 'Posted while paused');
    await waitUntil(() => text($(el, '#connection')) === 'Updates paused: 1 change waiting');
    expect(postsIn(el, 'pending')).not.to.include('Posted while paused');
    pause.click();
    await waitUntil(() => postsIn(el, 'pending').includes('Posted while paused'));
    await heard('console', '1 new post is waiting for review.');
  });

  it('after the collector restarts, says it cannot be reached, then is live again within seconds', async () => {
    const { collector, el, s } = await moderating();
    const before = FakeEventSource.all.length;
    // The collector goes away: the stream fails, and so does the first check on it.
    collector.state.refuse.set(`GET /v1/admin/sessions/${s.id}/events`, {
      status: 0,
      network: true,
    });
    const stream = FakeEventSource.latest()!;
    stream.readyState = 2;
    stream.dispatchEvent(new Event('error'));
    await waitUntil(() => text($(el, '#connection')) === 'Cannot reach the collector. Trying again…');
    // It answers again: the console streams again at once, not after a minute of polling.
    await waitUntil(() => FakeEventSource.all.length > before, 'the stream was not opened again');
    await waitUntil(() => text($(el, '#connection')) === 'Live updates on');
    arrive(collector, s.id, 'Posted after the restart');
    await waitUntil(() => postsIn(el, 'pending').includes('Posted after the restart'));
  });

  it('follows the session by polling when there is no live stream', async () => {
    const collector = fakeCollector();
    collector.state.signedIn = true;
    const s = collector.addSession({ title: 'Polled' });
    const api = collector.api({ EventSource: null });
    const el = await makeConsole(api);
    $<HTMLAnchorElement>(el, `a[data-id="${s.id}"]`)!.click();
    await view(el, 'Polled');
    await waitUntil(() => text($(el, '#connection')) === 'Checking for new posts every few seconds');
    expect(collector.calls()).to.include(`GET /v1/admin/sessions/${s.id}/events?after=0`);
  });

  it('says a refused moderation in plain words and keeps the post where it was', async () => {
    const { collector, el, s } = await moderating();
    const first = [...collector.state.posts.get(s.id)!][0]!;
    collector.state.refuse.set(`POST /v1/admin/sessions/${s.id}/commitments/${first.id}/moderation`, {
      status: 503,
      code: 'storage-unavailable',
    });
    $<HTMLElement>(el, 'ul[data-status=pending] .post')!.focus();
    await sendKeys({ press: 'a' });
    await heard('console', 'The collector cannot store anything right now. Try again in a minute.');
    expect(postsIn(el, 'pending')[0]).to.equal('Meet the housing team monthly');
    expect(text($(el, '.moderation .nw-notice--error'))).to.contain('cannot store anything right now');
    expect(focused(el)?.dataset.id).to.equal(first.id);
    await expect(el).to.be.accessible();
  });

  it('moderates in Welsh in an English browser', async () => {
    const collector = fakeCollector();
    collector.state.signedIn = true;
    const s = collector.addSession({ title: 'Byw' });
    collector.addPost(s.id, 'Fy ymrwymiad', { heldFor: ['email', 'phone'] });
    const el = await makeConsole(collector.api(), 'cy');
    $<HTMLAnchorElement>(el, `a[data-id="${s.id}"]`)!.click();
    await view(el, 'Byw');
    await waitUntil(() => $$(el, '.post').length === 1);
    expect(text($(el, '#h-pending'))).to.equal('Yn aros i gael eu hadolygu (1)');
    expect(text($(el, '.held'))).to.equal(
      'Wedi’i ddal yn ôl am y gallai gynnwys cyfeiriad e-bost a rhif ffôn',
    );
    expect(text($(el, '[data-action=approve]'))).to.equal('Cymeradwyo');
    $<HTMLElement>(el, '.post')!.focus();
    await sendKeys({ press: 'a' });
    await heard('console', 'Cymeradwywyd: Fy ymrwymiad');
    await expect(el).to.be.accessible();
  });
});
