/**
 * Every user-visible string of the facilitator console, in English. The Welsh table is in
 * strings-cy.ts, loaded on demand. Partners and operators override any key through the `strings`
 * property (`{ en: { key: '…' }, cy: { key: '…' } }`). Welsh plural forms follow
 * `Intl.PluralRules('cy')`: zero, one, two, few, many, other.
 */
import type { PluralMessage } from '@netweave/model';

const en = {
  service: 'netweave',
  console: 'Facilitator console',
  /** The other language's own name, on the language switch. */
  otherLanguage: 'Cymraeg',
  signOut: 'Sign out',
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',
  'summary.title': 'There is a problem',
  'error.prefix': 'Error:',

  // signing in
  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in to prepare your sessions, share their join codes and moderate what people post.',
  'token.label': 'Admin token',
  'token.hint':
    'The token the collector was started with (--admin-token). You stay signed in on this device for 12 hours, or until you sign out.',
  'signIn.button': 'Sign in',
  'error.token.missing': 'Enter the admin token',
  signedOut: 'You have signed out.',

  // the list of sessions
  'sessions.title': 'Your sessions',
  'sessions.empty': 'You have no sessions yet. Create one to get a join code for your participants.',
  'sessions.create': 'Create a session',
  'session.open': 'Open',
  'session.closed': 'Closed',
  'session.code': 'Code {code}',
  'count.responses': { one: '{count} response', other: '{count} responses' } as PluralMessage,
  'count.commitments': { one: '{count} commitment', other: '{count} commitments' } as PluralMessage,
  'count.pending': {
    one: '{count} waiting for review',
    other: '{count} waiting for review',
  } as PluralMessage,

  // templates
  'template.commitments': 'Commitments only',
  'template.commitments.hint': 'Everyone completes “One thing I will do from today…” on a live wall.',
  'template.triz-commitments': 'TRIZ, then commitments',
  'template.triz-commitments.hint':
    'Everyone rates the network’s challenges; groups then list the worst possible results, spot which they already do and the first steps to stop; then everyone posts a commitment.',
  'template.self-assessment': 'Self-assessment only',
  'template.self-assessment.hint':
    'Each participant rates their network’s challenges and gets their top areas for action.',

  // the session form
  'create.title': 'Create a session',
  'edit.title': 'Edit the session',
  'field.template': 'What will participants do?',
  'field.title': 'Title',
  'field.title.hint': 'Participants see it when they join.',
  'field.date': 'Date',
  'field.prompt': 'Prompt (optional)',
  'field.prompt.hint': 'Shown above the commitment box instead of “One thing I will do from today…”.',
  'field.moderation': 'Moderation',
  'moderation.pre': 'Check every post before it appears',
  'moderation.pre.hint': 'Recommended for large rooms.',
  'moderation.none': 'Posts appear straight away',
  'moderation.none.hint': 'Posts that seem to hold contact details or strong language still wait for you.',
  'moderation.post': 'Posts appear straight away, and you hide any that should not be there',
  'field.lang': 'Language of the participant page',
  'field.lang.hint': 'Participants can still switch language on the page.',
  'lang.en': 'English',
  'lang.cy': 'Welsh (Cymraeg)',
  'field.partnerUrl': 'Partner page (optional)',
  'field.partnerUrl.hint':
    'If the session runs on a partner’s web page, people who use the join code are sent there. The address must start with https://',
  'create.button': 'Create session',
  'save.button': 'Save changes',
  created: 'Session created. Its join code is {code}.',
  saved: 'Changes saved.',
  'error.template': 'Choose what participants will do',
  'error.title.missing': 'Enter a title for the session',
  'error.title.long': 'The title must be {count} characters or fewer',
  'error.date.missing': 'Enter the date of the session',
  'error.date.invalid': 'Enter a real date',
  'error.prompt.long': 'The prompt must be {count} characters or fewer',
  'error.partnerUrl.invalid':
    'Enter the partner page’s full address, like https://www.example.org/our-session',
  'error.partnerUrl.https': 'The partner page’s address must start with https://',
  'error.partnerUrl.long': 'The partner page’s address must be {count} characters or fewer',
  'error.moderation': 'Choose how posts are moderated',
  'error.lang': 'Choose the language of the participant page',
  'field.triz': 'Groups and rounds',
  'field.triz.hint': 'For the TRIZ boards. You can change them later.',
  'field.groups': 'Number of groups',
  'field.groups.hint': 'Each group has its own board of sticky notes.',
  'field.votes': 'Votes per person',
  'field.votes.hint':
    'Votes each participant can give to the notes their group recognises. 0 turns voting off.',
  'field.agenda': 'Minutes for each round',
  'field.agenda.hint': 'Each round’s countdown starts from this.',
  'error.groups': 'Enter a number of groups from 1 to {count}',
  'error.groups.notEmpty':
    'Group {n} has notes on its board: move them to another group before you remove the group',
  'error.groups.notEmptyAny':
    'A group you would remove has notes on its board: move them to another group first',
  'error.votes': 'Enter a number of votes from 0 to {count}',
  'error.minutes': 'Enter the minutes for “{round}” as a whole number from 1 to {count}',

  // one session
  back: 'All sessions',
  'session.actions': 'Session actions',
  edit: 'Edit',
  duplicate: 'Duplicate',
  close: 'Close session',
  reopen: 'Reopen session',
  delete: 'Delete',
  'session.closedNote':
    'This session is closed. It takes no posts or responses, and its join code shows a “session closed” page.',
  'session.template': 'Template: {template}',
  duplicated:
    'Duplicated. This is the copy, with its own join code, {code}. Change its title or date with Edit.',
  closedDone: 'Session closed.',
  reopened: 'Session reopened.',
  'stage.title': 'What participants see now',
  'stage.hint':
    'Choose the part of the session that participants’ phones show. Phones that have joined follow at once, unless someone has typed something on the part they are on: they are told, and go with one tap.',
  'stage.assess': 'Self-assessment',
  'stage.triz': 'TRIZ board',
  'stage.commit': 'Commitments wall',
  'stage.now': 'Now: {stage}',
  'stage.done': 'Participants now see: {stage}.',
  // TRIZ: the rounds (named as the boards name the notes' states)
  'round.worst': 'Worst results',
  'round.already': 'We do this already',
  'round.stop': 'First steps to stop',
  'round.commit': 'Commitments',
  'round.title': 'Round',
  'round.hint':
    'Starting a round shows it on every phone and on the projector page, with its countdown. The countdown runs on the collector’s clock, so every screen shows the same time.',
  'round.agenda': 'Agenda',
  'round.minutes': { one: '{count} minute', other: '{count} minutes' } as PluralMessage,
  'round.current': 'Now',
  'round.none': 'No round has started yet.',
  'round.left': 'Time left',
  'round.ready': 'Not started',
  'round.running': 'Running',
  'round.paused': 'Paused',
  'round.up': 'Time is up',
  'round.ended': 'Ended',
  'round.locked': 'Writing locked: participants cannot add or change notes.',
  'round.controls': 'Round controls',
  'round.startNext': 'Start: {round}',
  'round.startNext.none': 'Start the next round',
  'round.last': 'This is the last round.',
  'round.pick': 'Or choose a round to start',
  'round.start': 'Start',
  'round.pause': 'Pause',
  'round.resume': 'Resume',
  'round.add': 'Add 1 minute',
  'round.end': 'End round',
  'round.lock': 'Lock writing',
  'round.unlock': 'Unlock writing',
  'round.done.start': 'Round started: {round}.',
  'round.done.pause': 'Round paused.',
  'round.done.resume': 'Round resumed.',
  'round.done.add': '1 minute added.',
  'round.done.end': 'Round ended: {round}.',
  'round.done.lock': 'Writing locked: participants cannot add or change notes.',
  'round.done.unlock': 'Writing unlocked.',
  'round.stale': 'Another console changed the round: this is where it stands now.',
  'round.timeUp': 'Time is up: {round}.',

  // TRIZ: the groups and their boards
  'groups.title': 'Groups',
  'groups.hint':
    'Each group’s board, live. You can move a note between groups, and show or hide a note held for you to check.',
  'group.n': 'Group {n}',
  'group.rename': 'Rename',
  'group.rename.label': 'New name for {group}',
  'group.rename.hint': 'Up to {count} characters. Leave it empty to use its number.',
  'group.rename.save': 'Save the name',
  'group.renamed': 'Renamed: {group}.',
  'error.groupName.long': 'The name must be {count} characters or fewer',
  'colour.worst': 'yellow notes',
  'colour.already': 'pink notes',
  'colour.stop': 'green notes',
  'notes.count': { one: '{count} note', other: '{count} notes' } as PluralMessage,
  'notes.held': {
    one: '{count} held for you to check',
    other: '{count} held for you to check',
  } as PluralMessage,
  'note.step': 'First step: {step}',
  'note.votes': { one: '{count} vote', other: '{count} votes' } as PluralMessage,
  'note.held': 'Held for you to check: it may contain contact details. Participants do not see it.',
  'note.hidden': 'Hidden: participants do not see it.',
  'note.move': 'Move to group',
  'note.move.button': 'Move',
  'note.show': 'Show',
  'note.moved': 'Moved “{text}” to another group: {group}.',
  'note.shown': 'On the board: {text}',

  'export.responses': 'Download responses (CSV)',
  'export.commitments': 'Download commitments (CSV)',
  'export.followUps': 'Download follow-ups: “Did you do it?” (CSV)',
  'export.writeup.docx': 'Download the write-up (Word)',
  'export.writeup.html': 'Download the write-up (web page)',
  'export.writeup.md': 'Download the write-up (Markdown)',
  'export.everything': 'Download everything (JSON)',

  // joining
  'join.title': 'How participants join',
  'join.code': 'Join code',
  'join.url': 'Join link',
  'join.qr': 'QR code',
  'join.qr.alt': 'QR code for {url}',
  'join.qr.hint': 'Show it on the shared screen: phones open the join link.',
  'join.partner': 'People who use the code are sent to the partner page: {url}',
  'join.display': 'Projector page',
  'join.display.open': 'Open the projector page (in a new tab)',
  'join.display.hint':
    'Open it on the room’s shared screen: it shows the join code, the QR code and, for TRIZ, the countdown and the boards, live.',
  'join.noCode':
    'This session has no join code. Reload the page; if it still has none, the collector may need updating.',
  'copy.code': 'Copy code',
  'copy.url': 'Copy link',
  'copy.snippet': 'Copy snippet',
  copied: 'Copied',
  'copy.failed': 'Could not copy. Select the text and copy it yourself.',
  'embed.title': 'Embed on a partner’s page',
  'embed.hint': 'Paste this HTML into the partner’s page. It loads the widgets from this collector.',
  'embed.label': 'HTML to paste',

  // moderation
  'moderation.title': 'Moderation',
  keys: 'Keyboard: move between posts with the up and down arrow keys, then press A to approve, H to hide or E to edit a post that is waiting.',
  pending: 'Waiting for review',
  visible: 'On the wall',
  hidden: 'Hidden',
  none: 'None.',
  approve: 'Approve',
  hide: 'Hide',
  restore: 'Restore to the wall',
  editPost: 'Edit',
  'editPost.label': 'Edit the post before you approve it',
  'editPost.hint':
    'Take out names, phone numbers, e-mail addresses and anything else personal. Only your edited words are kept.',
  'editPost.save': 'Save and approve',
  'editPost.stillHeld': 'It still seems to contain {reasons}.',
  'editPost.left': {
    one: 'You have {count} character remaining',
    other: 'You have {count} characters remaining',
  } as PluralMessage,
  'editPost.over': {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  } as PluralMessage,
  'error.post.empty': 'The post cannot be empty',
  'error.post.long': 'The post must be {count} characters or fewer',
  heldFor: 'Held because it may contain {reasons}',
  'reason.email': 'an e-mail address',
  'reason.phone': 'a phone number',
  'reason.postcode': 'a postcode',
  'reason.nhs-number': 'an NHS number',
  'reason.profanity': 'strong language',
  reactions: {
    one: '{count} person will do this too',
    other: '{count} people will do this too',
  } as PluralMessage,
  postedAt: 'Posted {date} at {time}',
  approved: 'Approved: {text}',
  hiddenDone: 'Hidden: {text}',
  restored: 'Back on the wall: {text}',
  edited: 'Edited and approved: {text}',
  newPending: {
    one: '{count} new post is waiting for review.',
    other: '{count} new posts are waiting for review.',
  } as PluralMessage,
  live: 'Live updates on',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  polling: 'Checking for new posts every few seconds',
  offline: 'Cannot reach the collector. Trying again…',
  pause: 'Pause updates',
  resume: 'Resume updates',
  paused: {
    one: 'Updates paused: {count} change waiting',
    other: 'Updates paused: {count} changes waiting',
  } as PluralMessage,

  // deleting
  'delete.title': 'Delete “{title}”?',
  'delete.body':
    'This deletes the session with its responses and commitments, for good. Its join code will stop working.',
  'delete.counts': 'It holds {responses} and {commitments}.',
  'delete.confirm': 'Yes, delete the session',
  deleted: 'Deleted “{title}”.',

  // what went wrong, by the collector's error code
  // "Did you do it?": follow-ups to commitments, weeks after the session.
  'count.followUps': { one: '{count} follow-up answer', other: '{count} follow-up answers' } as PluralMessage,
  'count.pendingFollowUps': {
    one: '{count} follow-up answer waiting for review',
    other: '{count} follow-up answers waiting for review',
  } as PluralMessage,
  'followUps.title': 'Follow-ups: “Did you do it?”',
  'followUps.intro':
    'Weeks after the session, people who posted a commitment say on their own device how it has gone, with a note if they like. A note waiting for review is not shown anywhere, the write-up included, until you approve it.',
  'followUps.keys':
    'Keyboard: move between answers with the up and down arrow keys, then press A to approve, H to hide or E to edit the note of an answer that is waiting.',
  'followUps.visible': 'Approved',
  'followUps.empty': 'No one has answered yet.',
  'followUps.answer': 'How it has gone: {answer}',
  'followUps.commitment': 'Their commitment: {text}',
  'followUps.note': 'Note: {note}',
  'followUps.noNote': 'No note.',
  'followUps.answeredAt': 'Answered {date} at {time}',
  'followUps.edit.label': 'Edit the note before you approve it',
  'followUps.edit.hint':
    'Take out names, phone numbers, e-mail addresses and anything else personal. Leave it empty to approve the answer without its note. Only your edited words are kept.',
  'error.followUpNote.long': 'The note must be {count} characters or fewer',
  'answer.done': 'Done',
  'answer.started': 'Started',
  'answer.not-yet': 'Not yet',
  'problem.follow-up-not-found': 'That answer is no longer on the collector.',

  'problem.network': 'Could not reach the collector. Check your connection and try again.',
  'problem.unauthorised': 'You have been signed out. Sign in again to carry on.',
  'problem.bad-token': 'That token is not right. Check it and try again.',
  'problem.admin-off':
    'The console is switched off: the collector was started without an admin token (--admin-token).',
  'problem.not-found': 'The collector does not offer this. It may need updating.',
  'problem.session-not-found': 'This session is no longer on the collector: someone may have deleted it.',
  'problem.session-closed': 'The session is closed.',
  'problem.commitment-not-found': 'That post is no longer on the collector.',
  'problem.id-conflict': 'That already exists on the collector. Try again.',
  'problem.code-conflict': 'The collector could not give the session a join code. Try again.',
  'problem.invalid': 'The collector did not accept this. Check what you entered.',
  'problem.unknown-field': 'The collector does not know one of these settings. It may need updating.',
  'problem.invalid-status': 'The collector did not accept that change to the post.',
  'problem.too-large': 'That is too long for the collector.',
  'problem.rate-limited': 'Too many requests. Wait a minute, then try again.',
  'problem.too-many-streams':
    'Too many live connections from this network. Updates come every few seconds instead.',
  'problem.session-busy': 'The session is very busy right now. Wait a moment, then try again.',
  'problem.collector-busy': 'The collector is very busy right now. Wait a moment, then try again.',
  'problem.invalid-action': 'The collector did not accept that change to the post.',
  'problem.storage-unavailable': 'The collector cannot store anything right now. Try again in a minute.',
  'problem.origin-not-allowed':
    'The collector does not take changes from this address. Open the console at the collector’s own address.',
  'problem.internal': 'Something went wrong on the collector. Try again.',
  'problem.server-error': 'Something went wrong on the collector. Try again.',
  'problem.not-a-collector': 'The answer did not come from a netweave collector.',
  'problem.stale-round': 'Another console changed the round: this is where it stands now.',
  'problem.not-running': 'The round is not running, so it cannot be paused.',
  'problem.not-paused': 'The round is not paused.',
  'problem.no-round': 'No round has started yet: start the first round.',
  'problem.not-in-agenda': 'That round is not in this session’s agenda. Edit the session to add it.',
  'problem.groups-not-empty':
    'A group you would remove has notes on its board: move them to another group first.',
  'problem.group-not-found': 'That group is no longer in the session. Reload the page to see its groups.',
  'problem.note-not-found': 'That note is no longer on the board.',
  'problem.no-boards': 'This session has no TRIZ boards.',
  'problem.busy': 'The session changed several times meanwhile. Try again.',
  'problem.other': 'The collector refused this ({code}). Try again, or reload the page.',
};

export type ConsoleStrings = typeof en;
export type ConsoleKey = keyof ConsoleStrings & string;

/** The message tables; `cy` is there once the Welsh table has been loaded. */
export const consoleStrings: { en: ConsoleStrings; cy?: ConsoleStrings } = { en };

/** Loads the Welsh table (a separate chunk, fetched only when Welsh is shown). */
export function loadWelsh(): Promise<{ cy: ConsoleStrings }> {
  return import('./strings-cy.js');
}
