// Free-text markers: a line or sentence starting "ACTION:", "ACTION ITEM:", "Action point:", "AI:", "TODO:" or
// "Action —", also mid-paragraph (MediaWiki and plain pages merge lines), with the owner in "ACTION(Name):",
// "ACTION, Name:", "ACTION on Name:", "Action for Name:" or the words after it ("ACTION: Name to …", "AI: Tom check …"). A status in brackets may
// lead it ("[NEW] ACTION: …", "[DONE] ACTION: …", W3C style). "(DONE)"/"[DONE …]"/"- done" set the status;
// "CARRIED FORWARD:" marks a repeat of an earlier task. Unmarked "WOM: should…" lines become suggestions.
// Other languages' markers ("AKTION:", "ACCIÓN:", "宿題：") count on a page that reads as minutes.
import {
  meetingOf,
  mustWait,
  noteLanguage,
  notePerson,
  ownLinesOf,
  readsAsMinutes,
  referenceDate,
  topicOf,
  type ExtractContext,
} from '../context';
import { passOver } from '../explain';
import { composeTask, sliceLine, type InlineLine } from '../inline';
import { isStruckThrough, stripDoneMarker } from '../markers';
import { namesIn, stripStatusPrefix, withPlainOwner, type Owned } from '../owners';
import type { Reader } from '../reader';
import { LINE_BLOCK_TAGS } from '../text';
import { anyOf, ENGLISH, flagsFor, perLanguages, phrasePattern, type Words } from '../words';

const ENGLISH_ONLY = [ENGLISH];
const markerWords = (languages: readonly Words[], edges: 'both' | 'none'): string =>
  `${anyOf((w) => w.carryOverMarkers, edges, languages)}|${anyOf((w) => w.actionMarkers, edges, languages)}`;
// The marker word, then an owner in parentheses, after a comma, or after "on"/"for" ("Action for Jun:"; a bare
// "Action Plan:" names no one), then a colon or a dash. English's as always; the
// page's other languages' apart, looked for only in lines that hold one of their words: word edges that are not
// ASCII's cost a regular expression dozens of times more, and most lines have a colon or a dash.
const marker = (languages: readonly Words[]): RegExp => {
  const source = `(${markerWords(languages, 'both')})\\s*(?:[(（]([^)）]{1,60})[)）]|,\\s*([^:,.;()]{1,60}?)\\s*(?=[:：])|\\s+(?:on|for)\\s+([^:,.;()]{1,60}?)\\s*(?=[:：]))?\\s*(?:[:：]|[-–—](?=\\s))`;
  return new RegExp(source, flagsFor(source, 'gi'));
};
const ENGLISH_MARKER = marker(ENGLISH_ONLY);
/** The other languages' markers ("AKTION:", "ACCIÓN:") and a cheap test for their words, for the page's languages. */
const otherMarkers = perLanguages((languages) => {
  const others = languages.filter((words) => words !== ENGLISH);
  const words = markerWords(others, 'none');
  return others.some((w) => w.actionMarkers)
    ? { word: new RegExp(words, flagsFor(words, 'i')), marker: marker(others) }
    : undefined;
});
const MARKER_LANGUAGE = phrasePattern(
  (w) => w.actionMarkers,
  (words) => `^${words}$`,
);
const CARRY_OVER = anyOf((w) => w.carryOverMarkers, 'both');
// A marker starts a line, a sentence, a bullet, or follows a label's colon; a bracketed status may lead it.
const MARKER_MAY_FOLLOW = /(?:^|[.!?;:。！？：]\s*|\s[-–—•*]\s*|^\s*[-–—•*]\s*)(\[[^\]\n]{1,20}\]\s*)?$/u;
const CARRIED = new RegExp(`^${CARRY_OVER}$`, 'i');
// A sentence ends at . ! ? before a capital, unless the word before is an initial or abbreviation; or at 。！？.
const SENTENCE_END = /(?<!\b(?:[A-Z]|e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|approx|incl))[.!?](?=\s+[A-Z])|[。！？]/gu;
// "WOM: should …", "Lena: will …", "KT: to <verb> …" ("K-T: to the extent …" is not one).
const SUGGESTION = new RegExp(
  `^(?:[A-Z]{2,4}|[A-Z][\\p{L}'’-]+)\\s*:\\s*(?:(?!to\\b)${anyOf((w) => w.ownerLinks, 'none', ENGLISH_ONLY)}|to\\s+(?!${anyOf((w) => w.determiners, 'none', ENGLISH_ONLY)}\\b))\\b`,
  'u',
);

interface Marker {
  start: number;
  end: number;
  carried: boolean;
  owner?: string;
  /** "[DONE]" before the marker. */
  done?: boolean;
  /** The language of the marker word. */
  language: Words;
}

// Cheap tests the markers' matches all pass (a marker word, then a colon or a dash): most lines fail one.
const MARKER_END = /[:\-–—：]/;
const ENGLISH_WORD = new RegExp(markerWords(ENGLISH_ONLY, 'both'), 'i');
const NONE: readonly Marker[] = [];

/**
 * The markers in a line. `languages`: the page's languages so far, whose markers count and whose names the owner
 * beside a marker may be written in; `minutes`: the page reads as minutes, where other languages' marker words count
 * (English's count anywhere on an English page: "Todo:" is a Spanish sentence's first word).
 */
export function findMarkers(
  text: string,
  languages: readonly Words[] = ENGLISH_ONLY,
  minutes = false,
): readonly Marker[] {
  if (!MARKER_END.test(text)) return NONE;
  const other = minutes ? otherMarkers(languages) : undefined;
  const english = (minutes || languages.length === 1) && ENGLISH_WORD.test(text);
  if (!english && !other?.word.test(text)) return NONE;
  const markers: Marker[] = [];
  // English's count anywhere on an English page, and on any page that reads as minutes; the others' only there.
  const found = english ? [...text.matchAll(ENGLISH_MARKER)] : [];
  const others = other?.word.test(text) ? [...text.matchAll(other.marker)] : [];
  const matches = others.length ? [...found, ...others].sort((a, b) => a.index - b.index) : found;
  let seen = 0;
  for (const match of matches) {
    const word = match[1]!;
    if (match.index < seen) continue;
    seen = match.index + match[0].length;
    // "AI" is a marker only in capitals: "the ai: model" is a word.
    if (/^ai$/i.test(word) && word !== 'AI') continue;
    const language = MARKER_LANGUAGE.language(word) ?? ENGLISH;
    const owner = match[2] ?? match[3] ?? match[4];
    // "Action, not words: …" and "Action for review: …" are sentences; "ACTION, Lena: …", "Action for Lena: …" name
    // an owner (after "on"/"for", only a name that starts with a capital).
    if (match[3] && !namesIn(match[3], languages)) continue;
    if (match[4] && (/^\p{Ll}/u.test(match[4]) || !namesIn(match[4], languages))) continue;
    const start = match.index;
    const previous = markers[markers.length - 1];
    // "CARRIED FORWARD: ACTION: …" is one carried marker.
    if (previous?.carried && !text.slice(previous.end, start).trim()) {
      previous.end = start + match[0].length;
      if (owner) previous.owner = owner;
      continue;
    }
    const before = MARKER_MAY_FOLLOW.exec(text.slice(0, start));
    if (!before) continue;
    const marker: Marker = { start, end: start + match[0].length, carried: CARRIED.test(word), language };
    if (owner) marker.owner = owner;
    if (before[1] && stripDoneMarker(before[1]).done) marker.done = true;
    markers.push(marker);
  }
  return markers;
}

function sentenceEnd(text: string, from: number, to: number): number {
  SENTENCE_END.lastIndex = from;
  const match = SENTENCE_END.exec(text);
  return match && match.index < to ? match.index + 1 : to;
}

function readLine(
  el: Element,
  line: InlineLine,
  markers: readonly Marker[],
  ctx: ExtractContext,
  struckThrough: () => boolean,
): void {
  if (!markers.length) {
    if (line.text.includes(':') && SUGGESTION.test(line.text))
      ctx.suggestions.push({ text: line.text, topic: topicOf(el, ctx), dateRef: meetingOf(el, ctx) });
    else if (ctx.passedOver && ENGLISH_WORD.test(line.text) && MARKER_END.test(line.text)) {
      passOver(ctx, el, 'text-marker', line.text, 'mid-sentence');
    }
    return;
  }
  const meeting = meetingOf(el, ctx);
  const struck = struckThrough();
  markers.forEach((marker, i) => {
    const next = markers[i + 1]?.start ?? line.text.length;
    const end = sentenceEnd(line.text, marker.end, next);
    // The sentence's own full stop is not part of the action.
    const stop = end - (/[.。]\s*$/u.exec(line.text.slice(marker.end, end))?.[0].length ?? 0);
    const sentence = sliceLine(line, marker.end, stop);
    const parts = composeTask(sentence, referenceDate(meeting, ctx), ctx.languages);
    const marked = stripDoneMarker(stripStatusPrefix(parts.text, ctx.languages));
    const markerOwners = !parts.assignees.length && marker.owner ? namesIn(marker.owner, ctx.languages) : null;
    const owned: Owned = markerOwners
      ? { text: marked.text, assignees: markerOwners, ownerFrom: 'marker' }
      : withPlainOwner(
          { text: marked.text, assignees: parts.assignees, ownerFrom: parts.ownerFrom },
          true,
          ctx.languages,
        );
    if (!owned.text) {
      passOver(ctx, el, 'text-marker', line.text.slice(marker.start, end), 'empty-marker');
      return;
    }
    owned.assignees.forEach((p) => notePerson(p, ctx));
    const done = marked.done || !!marker.done || struck;
    ctx.tasks.push({
      el,
      origin: 'text-marker',
      text: owned.text,
      assignees: owned.assignees,
      due: parts.due,
      status: done ? 'done' : 'open',
      topic: topicOf(el, ctx),
      meeting,
      carried: marker.carried,
      ownerFrom: owned.ownerFrom,
      dueFrom: parts.dueFrom,
      statusFrom: marked.done || marker.done ? 'marker' : struck ? 'struck' : undefined,
      language: marker.language.code,
      ownerLanguage: owned.ownerLanguage,
      dueLanguage: parts.dueLanguage,
    });
  });
}

export const textMarker: Reader = {
  name: 'text-marker',
  tags: LINE_BLOCK_TAGS,
  visit(el: Element, ctx: ExtractContext) {
    const lines = ownLinesOf(el, ctx);
    const minutes = readsAsMinutes(ctx);
    const markers = lines.map((line) => findMarkers(line.text, ctx.languages, minutes));
    // A marker in a language the page must be prepared for first: read the element again then.
    for (const found of markers) for (const marker of found) noteLanguage(ctx, marker.language);
    if (mustWait(ctx)) return 'again';
    // Asked once per element, not once per line: a paragraph of 200,000 lines made it a query per line (quadratic).
    let struck: boolean | undefined;
    const struckThrough = (): boolean => (struck ??= isStruckThrough(el));
    lines.forEach((line, i) => readLine(el, line, markers[i]!, ctx, struckThrough));
    return undefined;
  },
};

// Fixtures: mediawiki/weekly-minutes.html, mediawiki/irc-meeting-log.html, generic/plain-minutes.html, confluence-server/dmlt-2022-10-18.html, confluence-server/protokoll-teamrunde-2024-03-14.html, mediawiki/compte-rendu-2023-03-09.html, confluence-cloud/acta-reunion-2023-03-09.html, markdown/gitlab-wiki-gijiroku-2023-03-09.html
