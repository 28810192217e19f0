/**
 * Which language a widget speaks, in one place: the widget's own `lang`, else the closest `lang`
 * around it (a `<netweave-provider lang>` included, whose changes also arrive through context),
 * else the page's `<html lang>`; changes to any of them re-render the widget (core watches `lang`
 * attributes page-wide, see `ConfigController`). Welsh wording can be loaded on demand: the
 * widget passes a loader for its Welsh table, and Welsh dates and list joiners (netweave's own
 * tables, as browsers may lack Welsh locale data) are registered the first time Welsh is shown.
 */
import { Localizer, normaliseLocale, type Locale, type MessageTable } from '@netweave/model';
import type { ReactiveControllerHost } from 'lit';
import type { ConfigController } from '../context.js';

/** A widget's message tables: English up front; Welsh up front too, or filled in once loaded. */
export interface LanguageTables<T extends MessageTable> {
  en: T;
  cy?: T | undefined;
}

/** Welsh dates and lists are registered (once per page). */
let formatsReady = false;

/**
 * Gives a widget its wording (`t`, read afresh wherever it is used: in `willUpdate`, `render` or
 * a callback). While Welsh is on its way (`loading`) `t` is English; if it cannot be loaded (the
 * page went offline) the widget speaks English and tries again once the page is back online.
 */
export class LanguageController<T extends MessageTable> {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _config: ConfigController;
  private readonly _tables: LanguageTables<T>;
  private readonly _welsh?: (() => Promise<{ cy: T }>) | undefined;
  /** What Welsh needs, on its way; whether it could not be loaded (tried again once back online). */
  private _load?: Promise<unknown> | undefined;
  private _failed = false;

  /**
   * @param config the widget's configuration (the provider's, through context)
   * @param tables the widget's tables, one object shared by its instances (a Welsh table loaded
   *   on demand is added to it)
   * @param welsh loads the Welsh table on demand, e.g. `() => import('./strings-cy.js')`
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    config: ConfigController,
    tables: LanguageTables<T>,
    welsh?: () => Promise<{ cy: T }>,
  ) {
    this._host = host;
    this._config = config;
    this._tables = tables;
    this._welsh = welsh;
  }

  /** The wording to use now: English while Welsh is on its way or could not be loaded. */
  get t(): Localizer<T> {
    const tables = this._tables;
    const locale = this.locale;
    return new Localizer(
      tables as Record<Locale, T>,
      locale === 'cy' && !tables.cy ? 'en' : locale,
      this._config.strings,
    );
  }

  /**
   * Welsh is wanted and on its way (its table, dates and lists): settles, never rejecting, once
   * it has arrived or could not. A widget whose Welsh table loads on demand renders nothing
   * meanwhile (never English first); one with its tables up front may render at once.
   */
  get loading(): Promise<unknown> | undefined {
    return this.locale === 'cy' ? this._need() : undefined;
  }

  /**
   * The language asked for: the widget's `lang`, the closest `lang`, the page's. Asking for Welsh
   * starts loading what it needs (the host renders again when it has arrived).
   */
  get locale(): Locale {
    const own = this._host.lang;
    const locale = own ? normaliseLocale(own) : this._config.locale;
    if (locale === 'cy') void this._need();
    return locale;
  }

  /** Loads what Welsh still needs: the widget's table, and the dates and lists (once per page). */
  private _need(): Promise<unknown> | undefined {
    const tables = this._tables;
    const welsh = this._welsh;
    if (this._failed || (formatsReady && (tables.cy || !welsh))) return undefined;
    return (this._load ??= Promise.all([import('./welsh.js'), !tables.cy && welsh?.()])
      .then(
        ([, m]) => {
          formatsReady = true;
          if (m) tables.cy = m.cy;
        },
        () => {
          // Offline, say: English for now (and the browser's own dates), Welsh once back online.
          this._failed = true;
          addEventListener(
            'online',
            () => {
              this._failed = false;
              this._host.requestUpdate();
            },
            { once: true },
          );
        },
      )
      .finally(() => {
        this._load = undefined;
        this._host.requestUpdate();
      }));
  }
}
