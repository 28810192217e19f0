/**
 * Keeping the keyboard's place in the moderation lists while posts move between them: the same
 * post (and button) if it is still in its list, else the post that took its place, else the one
 * before it, else the list's heading; never the page itself.
 */

export interface FocusMark {
  readonly id: string;
  readonly status: string;
  readonly index: number;
  readonly action: string | undefined;
}

/** Where the keyboard is, if it is on a post or inside one (call before a render). */
export function markFocus(root: ShadowRoot): FocusMark | undefined {
  const active = root.activeElement as HTMLElement | null;
  const post = active?.closest<HTMLElement>('.post');
  const list = post?.parentElement;
  if (!post || !list) return undefined;
  return {
    id: post.dataset.id ?? '',
    status: list.dataset.status ?? '',
    index: [...list.querySelectorAll(':scope > .post')].indexOf(post),
    action: active?.dataset.action,
  };
}

/** Puts the keyboard back after a render that removed its element (call after the render). */
export function restoreFocus(root: ShadowRoot, mark: FocusMark | undefined): void {
  if (!mark || root.activeElement) return;
  const list = root.querySelector<HTMLElement>(`ul[data-status="${mark.status}"]`);
  if (!list) return;
  const posts = [...list.querySelectorAll<HTMLElement>(':scope > .post')];
  const same = posts.find((p) => p.dataset.id === mark.id);
  if (same) {
    const again = mark.action && same.querySelector<HTMLElement>(`[data-action="${mark.action}"]`);
    (again || same).focus();
    return;
  }
  const next = posts[Math.min(mark.index, posts.length - 1)];
  if (next) next.focus();
  else root.getElementById(`h-${mark.status}`)?.focus();
}

/** The post next to `post` in its list (arrow keys). */
export function siblingPost(post: Element, down: boolean): HTMLElement | null {
  let el = down ? post.nextElementSibling : post.previousElementSibling;
  while (el && !el.classList.contains('post')) el = down ? el.nextElementSibling : el.previousElementSibling;
  return el as HTMLElement | null;
}
