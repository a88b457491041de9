// `agendum extract --explain`: the extraction told as a person reads it. For each action, which reader took it,
// from where, and where its owner, due date, status and meeting came from; then each checkbox or candidate line
// that was passed over, and why. Plain text, so a user whose page misreads can paste it into a report.
// The extractor records short codes (lib/extract/explain.ts); the sentences are here, out of the content script.
import type { FoundTask } from '../extract/context';
import type { DueSource, Explanation, OwnerSource, PassReason, StatusSource } from '../extract/explain';
import type { PageExtraction } from '../model/extraction';
import type { Task } from '../model/task';

const OWNER: Record<OwnerSource, string> = {
  'mention-leading': 'a mention leading the item',
  'mention-ending': 'a mention ending the item',
  'handle-leading': 'an @handle leading the item',
  'handle-ending': 'an @handle ending the item',
  'first-mention': 'the first mention in the item',
  bracket: '"[Name] …"',
  linked: '"Name to/will …"',
  'handle-to': 'a handle before "to …"',
  label: '"Name: …"',
  verb: '"Name <verb> …" after the marker',
  marker: 'the name beside the marker ("ACTION(Name):", "ACTION, Name:")',
  column: 'the owner column',
  'owner-label': 'an owner label ("verantwortlich: Name", "担当：Name")',
  trailing: 'names ending the item ("… (Name y Name)", "…: Name")',
};

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** " (German words)": the language whose words read it; nothing where no language's words did (a wiki's own task). */
function inWords(code: string | undefined): string {
  return code ? ` (${LANGUAGE_NAMES.of(code) ?? code} words)` : '';
}

const STATUS: Record<StatusSource, string> = {
  ticked: 'a ticked box',
  empty: 'an empty box',
  glyph: 'the checkbox glyph leading the line',
  marker: 'a done marker ("(DONE)", "[DONE …]", "DONE:", "- done", ✅)',
  struck: 'struck-through text',
  column: 'the status column',
  'task-state': "the wiki's own task state",
};

const PASSED: Record<PassReason, string> = {
  placeholder: "a template's placeholder",
  'name-only': 'no words besides a name or a date',
  people: 'a list of people, not actions',
  'no-context': 'a checklist outside an action section, naming no owner or due date',
  'empty-marker': 'a marker with nothing after it',
  'mid-sentence': 'a marker word, but not starting a line or a sentence',
  skipped: "the wiki's own navigation or controls, or another macro's output",
  'empty-task': 'an empty task',
};

const quote = (text: string): string => `"${text.length > 100 ? `${text.slice(0, 99)}…` : text}"`;

function where(tag: string, heading: string | undefined): string {
  return `<${tag}>${heading ? ` under "${heading}"` : ''}`;
}

const placeOf = (found: FoundTask): string => where(found.el.tagName.toLowerCase(), found.topic);

function dueFrom(source: DueSource | undefined, language: string | undefined): string {
  if (source === 'element') return 'a date element';
  if (source === 'column') return 'the due column';
  return source ? `"${source}" in the text${inWords(language)}` : 'the item';
}

function ownerFrom(read: FoundTask): string {
  if (!read.ownerFrom) return 'a statement merged into it';
  const how = read.ownerFrom === 'linked' && read.ownerLanguage ? '"Name <verb> …"' : OWNER[read.ownerFrom];
  return `${how}${inWords(read.ownerLanguage)}`;
}

function meetingFrom(read: FoundTask): string {
  if (read.meeting?.heading) return `heading "${read.meeting.heading}"`;
  return read.meeting?.row ? `agenda row "${read.meeting.row}"` : "the page's meeting date";
}

function statusFrom(task: Task, read: FoundTask): string {
  if (read.statusFrom) return `, from ${STATUS[read.statusFrom]}`;
  return task.status === 'done' ? ', from a statement merged into it' : ', no done marker';
}

export function formatExplanation(label: string, extraction: PageExtraction, explanation: Explanation): string {
  const { page } = extraction;
  const others = explanation.languages.filter((code) => code !== 'en').map((code) => LANGUAGE_NAMES.of(code) ?? code);
  const lines = [
    label,
    `  read as ${page.wiki}: ${quote(page.title)}, ${page.isMeeting ? 'meeting notes' : 'not meeting notes'}` +
      (page.meetingDates.length ? ` (${page.meetingDates.join(', ')})` : '') +
      (others.length ? `, in English and ${others.join(' and ')} words` : ''),
    `  ${explanation.actions.length} action${explanation.actions.length === 1 ? '' : 's'}`,
  ];
  explanation.actions.forEach(({ task, read, alsoAt }, i) => {
    const owners = task.assignees.map((p) => p.name).join(', ');
    lines.push(
      `  ${i + 1}. ${quote(task.text)}`,
      `     taken by ${read.origin} from ${placeOf(read)}${inWords(read.language)}`,
      `     owner:   ${owners ? `${owners}, from ${ownerFrom(read)}` : 'nobody named'}`,
      `     due:     ${task.due ? `${task.due}, from ${dueFrom(read.dueFrom, read.dueLanguage)}` : 'none'}`,
      `     status:  ${task.status}${statusFrom(task, read)}`,
      `     meeting: ${task.meetingDate ? `${task.meetingDate}, from ${meetingFrom(read)}` : 'none'}`,
    );
    for (const other of alsoAt) lines.push(`     also at: ${placeOf(other)} (${other.origin}), merged into this one`);
  });
  const passed = explanation.passedOver;
  lines.push(passed.length ? `  passed over (${passed.length}):` : '  nothing passed over');
  for (const item of passed)
    lines.push(`  - ${item.reader}: ${quote(item.text)} in ${where(item.tag, item.heading)}: ${PASSED[item.why]}`);
  return `${lines.join('\n')}\n`;
}
