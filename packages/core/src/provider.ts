import { provide } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { netweaveContext, type NetweaveConfig } from './context.js';
import type { StringOverrides } from '@netweave/model';
import type { Catalogue } from '@netweave/model';
import { getStore } from './store/registry.js';
import type { ResponseStore } from '@netweave/model';

/**
 * Configures every netweave widget inside it, once per page.
 *
 * @summary Page-wide configuration for netweave widgets.
 * @slot - The widgets (and any other content).
 *
 * @example
 * <netweave-provider session="leeds-2026-03" endpoint="https://collector.example.org" lang="en">
 *   <netweave-self-assessment></netweave-self-assessment>
 *   <netweave-commitments-wall></netweave-commitments-wall>
 * </netweave-provider>
 */
export class NetweaveProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Session id for every widget inside. */
  @property({ reflect: true }) session?: string;

  /** Base URL of a netweave collector; without one, data stays on this device. */
  @property({ reflect: true }) endpoint?: string;

  /** A store object to use instead of the one built from `endpoint`. */
  @property({ attribute: false }) store?: ResponseStore;

  /** Partner wording or translations: `{ en: { key: '…' }, cy: { key: '…' } }`. */
  @property({ attribute: false }) strings?: StringOverrides;

  /** A partner's challenge catalogue for every widget inside. */
  @property({ attribute: false }) catalogue?: Catalogue;

  @provide({ context: netweaveContext })
  @state()
  protected config: NetweaveConfig = {};

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(_changed: PropertyValues): void {
    this.config = {
      session: this.session,
      endpoint: this.endpoint,
      lang: this.getAttribute('lang') || undefined,
      store: this.store ?? getStore({ endpoint: this.endpoint }),
      strings: this.strings,
      catalogue: this.catalogue,
    };
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
