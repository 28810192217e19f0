/**
 * The TRIZ groups' behaviour on the session's page: their notes followed live, renaming a group
 * (the session's group list sent back with the new name), moving a note to another group, and
 * showing or hiding a note. Each outcome is said once; the keyboard goes back to the control that
 * opened a form, stays on a button that stays, and follows a moved note to its new group.
 */
import { TRIZ_LIMITS, type Localizer, type SessionGroup, type TrizNote } from '@netweave/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type AdminSession, type CollectorApi, type NotePatch } from './api.js';
import { gist } from './lib/errors.js';
import { NotesController, type NoteEvent } from './notes-controller.js';
import type { SessionsController } from './sessions-controller.js';
import type { ConsoleStrings } from './strings.js';
import { renderGroups } from './views/groups.js';

export interface GroupsPanelOptions {
  t(): Localizer<ConsoleStrings>;
  api(): CollectorApi;
  readonly sessions: SessionsController;
  explain(error: unknown): string;
  say(text: string): void;
  /** Whether updates are paused (the moderation panel's Pause updates). */
  paused(): boolean;
  signedOut(): void;
}

/** A session's groups (one board, `g1`, when it has none). */
export function groupsOf(s: AdminSession): SessionGroup[] {
  return s.groups?.length ? [...s.groups] : [{ id: 'g1' }];
}

export class GroupsPanel implements ReactiveController {
  readonly data: NotesController;
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _o: GroupsPanelOptions;
  private _renaming: string | undefined;
  private _name = '';
  private _nameError = '';
  private _problem = '';
  private readonly _busy = new Set<string>();
  private readonly _targets = new Map<string, string>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: GroupsPanelOptions) {
    this._host = host;
    this._o = options;
    this.data = new NotesController(host, {
      api: options.api,
      paused: options.paused,
      refused: () => options.signedOut(),
    });
    host.addController(this);
  }

  hostConnected(): void {}

  /** The moderation stream's hooks for notes. */
  get hooks() {
    return {
      note: (e: NoteEvent) => this.data.take(e),
      opened: () => void this.data.load(),
      resumed: () => this.data.resume(),
      waiting: () => this.data.waiting.size,
    };
  }

  follow(s: AdminSession): void {
    if (this.data.session !== s.id) {
      this._renaming = undefined;
      this._problem = '';
      this._targets.clear();
    }
    this.data.follow(s.id);
  }

  close(): void {
    if (this.data.session) this.data.close();
    this._renaming = undefined;
  }

  private _groupName(t: Localizer<ConsoleStrings>, g: SessionGroup): string {
    return g.name ?? t.t('group.n', { n: g.id.slice(1) });
  }

  private _focus(selector: string): void {
    void this._host.updateComplete.then(() =>
      this._host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  private _rename(g: SessionGroup | undefined): void {
    const was = this._renaming;
    this._renaming = g?.id;
    this._name = g?.name ?? '';
    this._nameError = '';
    this._host.requestUpdate();
    if (g) this._focus(`#group-name-${g.id}`);
    else if (was) this._focus(`#rename-${was}`);
  }

  private async _saveName(event: Event, s: AdminSession, g: SessionGroup): Promise<void> {
    event.preventDefault();
    if (this._busy.has('rename')) return;
    const t = this._o.t();
    const name = this._name.trim();
    this._nameError =
      name.length > TRIZ_LIMITS.groupName
        ? t.t('error.groupName.long', { count: TRIZ_LIMITS.groupName })
        : '';
    if (this._nameError) {
      this._host.requestUpdate();
      this._focus(`#group-name-${g.id}`);
      return;
    }
    const groups = groupsOf(s).map((x) => (x.id === g.id ? (name ? { id: x.id, name } : { id: x.id }) : x));
    this._busy.add('rename');
    this._host.requestUpdate();
    try {
      const now = await this._o.sessions.update(s.id, { groups });
      const renamed = groupsOf(now).find((x) => x.id === g.id) ?? { id: g.id };
      this._renaming = undefined;
      this._o.say(t.t('group.renamed', { group: this._groupName(t, renamed) }));
      this._focus(`#rename-${g.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return;
      this._nameError = this._o.explain(error);
      this._o.say(this._nameError);
      this._focus(`#group-name-${g.id}`);
    } finally {
      this._busy.delete('rename');
      this._host.requestUpdate();
    }
  }

  private async _change(n: TrizNote, patch: NotePatch, said: (note: TrizNote) => string, focus: string) {
    if (this._busy.has(n.id)) return;
    this._busy.add(n.id);
    this._problem = '';
    this._host.requestUpdate();
    try {
      const note = await this.data.change(n.id, patch);
      this._o.say(said(note));
      this._focus(focus);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return;
      this._problem = this._o.explain(error);
      this._o.say(this._problem);
    } finally {
      this._busy.delete(n.id);
      this._host.requestUpdate();
    }
  }

  private _target(s: AdminSession, n: TrizNote): string {
    const others = groupsOf(s).filter((g) => g.id !== n.group);
    const chosen = this._targets.get(n.id);
    return others.some((g) => g.id === chosen) ? chosen! : (others[0]?.id ?? n.group);
  }

  render(s: AdminSession) {
    const t = this._o.t();
    const data = this.data;
    const groups = groupsOf(s);
    const byGroup = new Map<string, TrizNote[]>();
    for (const n of [...data.notes.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      if (!groups.some((g) => g.id === n.group)) groups.push({ id: n.group });
      byGroup.set(n.group, [...(byGroup.get(n.group) ?? []), n]);
    }
    const name = (g: SessionGroup) => this._groupName(t, g);
    return renderGroups({
      t,
      groups,
      notes: byGroup,
      loading: data.state === 'loading',
      problem: this._problem || (data.state === 'error' ? this._o.explain(data.error) : ''),
      voting: (s.votes ?? 0) > 0,
      renaming: this._renaming,
      name: this._name,
      nameError: this._nameError,
      busy: this._busy,
      moveTarget: (n) => this._target(s, n),
      groupName: name,
      rename: (g) => this._rename(g),
      nameInput: (text) => {
        this._name = text;
        if (this._nameError && text.trim().length <= TRIZ_LIMITS.groupName) this._nameError = '';
        this._host.requestUpdate();
      },
      saveName: (e, g) => void this._saveName(e, s, g),
      pickTarget: (n, group) => this._targets.set(n.id, group),
      move: (n) => {
        const to = this._target(s, n);
        const group = name(groups.find((g) => g.id === to) ?? { id: to });
        void this._change(
          n,
          { group: to },
          (note) => t.t('note.moved', { text: gist(note.text), group }),
          `#note-${CSS.escape(n.id)}`,
        );
      },
      status: (n, status) =>
        void this._change(
          n,
          { status },
          (note) => t.t(status === 'hidden' ? 'hiddenDone' : 'note.shown', { text: gist(note.text) }),
          // Hide stays where it was (Show goes once the note is shown): the keyboard goes there.
          `#note-${CSS.escape(n.id)} [data-action=hide]`,
        ),
      retry: () => {
        this._problem = '';
        void data.load();
      },
    });
  }
}
