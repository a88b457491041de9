// Items of a list under an "Action items" / "Actions" / "Next steps" heading (the Confluence meeting-notes
// blueprint and its many imitations): each top-level item is a task; sub-bullets are its details.
import { NAVIGATION_LISTS } from '../families';
import { meetingOf, notePerson, referenceDate, topicOf, type ExtractContext } from '../context';
import { composeTask, joinLines, readLines } from '../inline';
import { leadingCheck, plainOwner, stripDoneMarker } from '../markers';
import { peopleInText } from '../mentions';
import type { Reader } from '../reader';
import { isTaskList } from '../task-body';
import { tagOf } from '../text';
import { findMarkers } from './text-marker';

function isList(el: Element | null): boolean {
  const tag = el ? tagOf(el) : '';
  return tag === 'UL' || tag === 'OL';
}

export const sectionList: Reader = {
  name: 'section-list',
  tags: new Set(['LI']),
  visit(el: Element, ctx: ExtractContext) {
    if (!isList(el.parentElement) || el.parentElement?.parentElement?.closest('li')) return;
    if (!ctx.headings.some((h) => h.actionSection) || el.closest(NAVIGATION_LISTS)) return;
    const meeting = meetingOf(el, ctx);
    const line = joinLines(readLines(el, { skip: (child) => isList(child) || isTaskList(child) }));
    // A leading "ACTION:" or checkbox glyph in the item is only decoration here.
    const marker = findMarkers(line.text)[0];
    const check = leadingCheck(line.text);
    const offset = marker?.start === 0 ? marker.end : check ? line.text.length - check.rest.length : 0;
    const parts = composeTask(offset ? { ...line, text: ' '.repeat(offset) + line.text.slice(offset) } : line, referenceDate(meeting, ctx));
    const marked = stripDoneMarker(parts.text);
    if (!marked.text) return;
    let { text } = marked;
    let assignees = parts.assignees;
    if (!assignees.length && marker?.owner) assignees = peopleInText(marker.owner);
    if (!assignees.length) {
      const plain = plainOwner(text);
      if (plain) ({ text, assignees } = { text: plain.text, assignees: [plain.owner] });
    }
    assignees.forEach((p) => notePerson(p, ctx));
    ctx.tasks.push({
      el,
      origin: 'section-list',
      text,
      assignees,
      due: parts.due,
      status: marked.done || check?.checked ? 'done' : 'open',
      topic: topicOf(el, ctx),
      meeting,
      carried: marker?.carried,
    });
    return 'claim';
  },
};

// Fixtures: confluence-cloud/sprint-review.html, mediawiki/weekly-minutes.html, generic/plain-minutes.html
