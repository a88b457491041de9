// Free-text markers: a line or sentence starting "ACTION:", "ACTION ITEM:", "AI:", "TODO:" or "Action —",
// also mid-paragraph (MediaWiki and plain pages merge lines). "(DONE)"/"[DONE]"/"done" set the status;
// "CARRIED FORWARD:" marks a repeat of an earlier task. Unmarked "WOM: should…" lines become suggestions.
import type { Person } from '../../model/page';
import { meetingOf, notePerson, ownLinesOf, referenceDate, topicOf, type ExtractContext } from '../context';
import { composeTask, sliceLine, type InlineLine } from '../inline';
import { plainOwner, stripDoneMarker } from '../markers';
import { peopleInText } from '../mentions';
import type { Reader } from '../reader';
import { LINE_BLOCK_TAGS } from '../text';

const MARKER =
  /\b(carried\s+(?:forward|over)|last\s+week(?:['’]s)?\s+actions?|action\s+items?|action|ai|to\s?do)\b\s*(?:\(([^)]{1,60})\))?\s*(?::|[-–—](?=\s))/giu;
// A marker starts a line, a sentence, a bullet, or follows a label's colon.
const MARKER_MAY_FOLLOW = /(?:^|[.!?;:]\s*|\s[-–—•*]\s*|^\s*[-–—•*]\s*)$/u;
const CARRIED = /^(?:carried|last)/i;
// A sentence ends at . ! ? before a capital, unless the word before is an initial or abbreviation.
const SENTENCE_END = /(?<!\b(?:[A-Z]|e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|approx|incl))[.!?](?=\s+[A-Z])/gu;
const SUGGESTION = /^(?:[A-Z]{2,4}|[A-Z][\p{L}'’-]+)\s*:\s*(?:should|will|needs?\s+to|must|has\s+to|to)\b/u;

interface Marker {
  start: number;
  end: number;
  carried: boolean;
  owner?: string;
}

// Cheap tests MARKER's matches all pass (a marker word, then a colon or a dash): most lines fail one.
const MARKER_END = /[:\-–—]/;
const MARKER_WORD = /action|\bai\b|to\s?do|carried|last\s+week/i;

export function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  if (!MARKER_END.test(text) || !MARKER_WORD.test(text)) return markers;
  for (const match of text.matchAll(MARKER)) {
    const word = match[1]!;
    if (/^ai$/i.test(word) && word !== 'AI') continue;
    const start = match.index;
    const previous = markers[markers.length - 1];
    // "CARRIED FORWARD: ACTION: …" is one carried marker.
    if (previous?.carried && !text.slice(previous.end, start).trim()) {
      previous.end = start + match[0].length;
      if (match[2]) previous.owner = match[2];
      continue;
    }
    if (!MARKER_MAY_FOLLOW.test(text.slice(0, start))) continue;
    const marker: Marker = { start, end: start + match[0].length, carried: CARRIED.test(word) };
    if (match[2]) marker.owner = match[2];
    markers.push(marker);
  }
  return markers;
}

function sentenceEnd(text: string, from: number, to: number): number {
  SENTENCE_END.lastIndex = from;
  const match = SENTENCE_END.exec(text);
  return match && match.index < to ? match.index + 1 : to;
}

function ownersFrom(marker: Marker, parts: { text: string; assignees: Person[] }): { text: string; assignees: Person[] } {
  if (parts.assignees.length) return parts;
  if (marker.owner) return { text: parts.text, assignees: peopleInText(marker.owner) };
  const plain = plainOwner(parts.text);
  return plain ? { text: plain.text, assignees: [plain.owner] } : parts;
}

function readLine(el: Element, line: InlineLine, ctx: ExtractContext): void {
  const markers = findMarkers(line.text);
  if (!markers.length) {
    if (line.text.includes(':') && SUGGESTION.test(line.text)) ctx.suggestions.push({ text: line.text, topic: topicOf(el, ctx), dateRef: meetingOf(el, ctx) });
    return;
  }
  const meeting = meetingOf(el, ctx);
  markers.forEach((marker, i) => {
    const next = markers[i + 1]?.start ?? line.text.length;
    const end = sentenceEnd(line.text, marker.end, next);
    const parts = composeTask(sliceLine(line, marker.end, end), referenceDate(meeting, ctx));
    const marked = stripDoneMarker(parts.text);
    const owned = ownersFrom(marker, { text: marked.text, assignees: parts.assignees });
    if (!owned.text) return;
    owned.assignees.forEach((p) => notePerson(p, ctx));
    ctx.tasks.push({
      el,
      origin: 'text-marker',
      text: owned.text,
      assignees: owned.assignees,
      due: parts.due,
      status: marked.done ? 'done' : 'open',
      topic: topicOf(el, ctx),
      meeting,
      carried: marker.carried,
    });
  });
}

export const textMarker: Reader = {
  name: 'text-marker',
  tags: LINE_BLOCK_TAGS,
  visit(el: Element, ctx: ExtractContext) {
    for (const line of ownLinesOf(el, ctx)) readLine(el, line, ctx);
  },
};

// Fixtures: mediawiki/weekly-minutes.html, generic/plain-minutes.html, confluence-server/dmlt-2022-10-18.html
