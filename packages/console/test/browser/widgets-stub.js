// Stands in for the collector's widget files in the join and projector pages' component tests: the
// provider and the widgets (the TRIZ board too) as plain elements that say what they were given
// (their `display` and `group` attributes), and a count of loads (the real
// files are exercised end to end, against a real collector, in test/e2e). The provider answers the
// widgets' context protocol with a store whose session events a test sends
// (`window.netweaveStub.tell(sessionId, session)`), as the collector's live stream would.
window.netweaveWidgetLoads = (window.netweaveWidgetLoads ?? 0) + 1;
const stub = (window.netweaveStub ??= {
  listeners: new Set(),
  tell(sessionId, session) {
    for (const l of [...this.listeners])
      if (l.sessionId === sessionId) l.listener({ type: 'session', sessionId, session });
  },
});
const store = {
  subscribe(sessionId, listener) {
    const entry = { sessionId, listener };
    stub.listeners.add(entry);
    return () => stub.listeners.delete(entry);
  },
};
const widget = (name) =>
  class extends HTMLElement {
    connectedCallback() {
      const provider = this.closest('netweave-provider');
      const given = ['preset', 'display', 'group'].map((a) => this.getAttribute(a)).filter(Boolean);
      this.textContent = `${name}${given.length ? ` (${given.join(', ')})` : ''} for ${provider?.getAttribute('session')} in ${provider?.getAttribute('lang')}`;
      const box = document.createElement('input');
      box.setAttribute('aria-label', `${name} answer`);
      this.append(box);
    }
  };
const CONTEXT = Symbol.for('netweave.config.v1');
if (!customElements.get('netweave-provider'))
  customElements.define(
    'netweave-provider',
    class extends HTMLElement {
      connectedCallback() {
        this.addEventListener('context-request', (event) => {
          if (event.context !== CONTEXT) return;
          event.stopPropagation();
          event.callback({ session: this.getAttribute('session'), store }, () => {});
        });
      }
    },
  );
if (!customElements.get('netweave-commitments-wall'))
  customElements.define('netweave-commitments-wall', widget('wall'));
if (!customElements.get('netweave-self-assessment'))
  customElements.define('netweave-self-assessment', widget('self-assessment'));
if (!customElements.get('netweave-triz-board'))
  customElements.define('netweave-triz-board', widget('triz board'));
