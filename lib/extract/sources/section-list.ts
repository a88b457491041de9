// Items of a list under an "Action items" / "Actions" / "Next steps" heading or caption (the Confluence
// meeting-notes blueprint and its many imitations): each top-level item is a task; sub-bullets are its details.
import {
  actionContext,
  currentHeading,
  meetingOf,
  mustWait,
  noteLanguage,
  notePerson,
  readsAsMinutes,
  referenceDate,
  topicOf,
  type ExtractContext,
} from '../context';
import { passOver } from '../explain';
import { composeTask, joinLines, readLines } from '../inline';
import { isPlaceholder, isStruckThrough, leadingCheck, stripDoneMarker } from '../markers';
import { namesIn, stripStatusPrefix, withPlainOwner, type Owned } from '../owners';
import type { Reader } from '../reader';
import { isTaskList } from '../task-body';
import { tagOf } from '../text';
import { findMarkers } from './text-marker';

function isList(el: Element | null): boolean {
  const tag = el ? tagOf(el) : '';
  return tag === 'UL' || tag === 'OL';
}

const detail = (child: Element): boolean => isList(child) || isTaskList(child);

export const sectionList: Reader = {
  name: 'section-list',
  tags: new Set(['LI']),
  visit(el: Element, ctx: ExtractContext) {
    if (!isList(el.parentElement) || el.parentElement?.parentElement?.closest('li')) return;
    if (currentHeading(ctx)?.people) return;
    const section = actionContext(el, ctx);
    if (!section) return;
    if (mustWait(ctx)) return 'again';
    const { languages } = ctx;
    const meeting = meetingOf(el, ctx);
    const line = joinLines(readLines(el, { skip: detail }));
    // A leading "ACTION:" or checkbox glyph in the item is only decoration here.
    const markers = findMarkers(line.text, languages, readsAsMinutes(ctx));
    markers.forEach((marker) => noteLanguage(ctx, marker.language));
    if (mustWait(ctx)) return 'again';
    const first = markers[0];
    // Only a marker leading the item ("ACTION: …", "[NEW] ACTION: …") is decoration; one inside it is text.
    const marker = first && !stripStatusPrefix(line.text.slice(0, first.start), languages).trim() ? first : undefined;
    const check = leadingCheck(line.text);
    const offset = marker ? marker.end : check ? line.text.length - check.rest.length : 0;
    const parts = composeTask(
      offset ? { ...line, text: ' '.repeat(offset) + line.text.slice(offset) } : line,
      referenceDate(meeting, ctx),
      languages,
    );
    const marked = stripDoneMarker(stripStatusPrefix(parts.text, languages));
    if (!marked.text || isPlaceholder(marked.text)) {
      passOver(ctx, el, 'section-list', line.text, marked.text ? 'placeholder' : 'name-only');
      return 'claim';
    }
    const markerOwners = !parts.assignees.length && marker?.owner ? namesIn(marker.owner, languages) : null;
    const owned: Owned = markerOwners
      ? { text: marked.text, assignees: markerOwners, ownerFrom: 'marker' }
      : withPlainOwner(
          { text: marked.text, assignees: parts.assignees, ownerFrom: parts.ownerFrom },
          !!marker,
          languages,
        );
    owned.assignees.forEach((p) => notePerson(p, ctx));
    const markedDone = marked.done || !!marker?.done;
    const struck = !markedDone && !check?.checked && isStruckThrough(el, detail);
    ctx.tasks.push({
      el,
      origin: 'section-list',
      text: owned.text,
      assignees: owned.assignees,
      due: parts.due,
      status: markedDone || check?.checked || struck ? 'done' : 'open',
      topic: topicOf(el, ctx),
      meeting,
      carried: marker?.carried,
      ownerFrom: owned.ownerFrom,
      dueFrom: parts.dueFrom,
      statusFrom: markedDone ? 'marker' : check?.checked ? 'glyph' : struck ? 'struck' : undefined,
      language: section.code,
      ownerLanguage: owned.ownerLanguage,
      dueLanguage: parts.dueLanguage,
    });
    return 'claim';
  },
};

// Fixtures: confluence-cloud/sprint-review.html, mediawiki/weekly-minutes.html, generic/plain-minutes.html, markdown/github-wiki-team-sync.html, confluence-server/protokoll-teamrunde-2024-03-14.html, mediawiki/compte-rendu-2023-03-09.html, confluence-cloud/acta-reunion-2023-03-09.html
