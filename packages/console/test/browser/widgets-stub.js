// Stands in for the collector's /cdn/widgets/widgets.js in the join page's component tests: the
// provider and the two widgets as plain elements that say what they were given, and a count of
// loads (the real file is exercised end to end, against a real collector, in test/e2e).
window.netweaveWidgetLoads = (window.netweaveWidgetLoads ?? 0) + 1;
const widget = (name) =>
  class extends HTMLElement {
    connectedCallback() {
      const provider = this.closest('netweave-provider');
      this.textContent = `${name} for ${provider?.getAttribute('session')} in ${provider?.getAttribute('lang')}`;
    }
  };
if (!customElements.get('netweave-provider'))
  customElements.define('netweave-provider', class extends HTMLElement {});
if (!customElements.get('netweave-commitments-wall'))
  customElements.define('netweave-commitments-wall', widget('wall'));
if (!customElements.get('netweave-self-assessment'))
  customElements.define('netweave-self-assessment', widget('self-assessment'));
