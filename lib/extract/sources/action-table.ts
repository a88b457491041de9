// Action tables in any wiki: rows of a table whose headers name an action/task column and an owner,
// due date or status column ("Action | Owner | Due", MediaWiki "Task | Current Status | Date Due").
import { dateFromDatetimeAttribute, findDate } from '../../dates/parse-date';
import type { Person } from '../../model/page';
import { currentHeading, meetingOf, notePerson, referenceDate, type ExtractContext } from '../context';
import { composeTask, joinLines, readLines } from '../inline';
import { stripDoneMarker } from '../markers';
import { peopleInText } from '../mentions';
import type { Reader } from '../reader';
import { cellFor, tableInfo, TABLE_TAGS } from '../tables';
import { squash } from '../text';

const DONE_STATUS = /\b(?:done|complete[d]?|closed|resolved|finished|yes)\b|[✓✔☑✅]/i;

function ownersOf(cell: Element): Person[] {
  const lines = readLines(cell);
  const mentioned = lines.flatMap((line) => line.people.map((p) => p.value));
  if (mentioned.length) return mentioned;
  return lines.flatMap((line) => peopleInText(line.text));
}

export const actionTable: Reader = {
  name: 'table-row',
  tags: TABLE_TAGS,
  visit(el: Element, ctx: ExtractContext) {
    const info = tableInfo(el, ctx);
    if (!info) return;
    const { roles } = info;
    const textRole = roles.has('action') ? 'action' : roles.has('description') ? 'description' : null;
    if (!textRole || roles.has('location') || !(roles.has('owner') || roles.has('due') || roles.has('status'))) return;
    for (const record of info.records) {
      const textCell = cellFor(record, info, textRole);
      if (!textCell?.origin) continue;
      const meeting = meetingOf(record.row, ctx);
      const reference = referenceDate(meeting, ctx);
      const parts = composeTask(joinLines(readLines(textCell.el)), reference);
      const marked = stripDoneMarker(parts.text);
      if (!marked.text) continue;
      const ownerCell = cellFor(record, info, 'owner')?.el;
      const owners = ownerCell ? ownersOf(ownerCell) : [];
      const assignees = owners.length ? owners : parts.assignees;
      assignees.forEach((p) => notePerson(p, ctx));
      const dueCell = cellFor(record, info, 'due')?.el;
      const time = dueCell?.querySelector('time[datetime]');
      const due =
        (time && dateFromDatetimeAttribute(time.getAttribute('datetime') ?? '')) ||
        (dueCell && findDate(squash(dueCell.textContent ?? ''), reference)?.date) ||
        parts.due;
      const statusCell = cellFor(record, info, 'status')?.el;
      const checkbox = record.row.querySelector('input[type="checkbox"]');
      const done =
        marked.done ||
        DONE_STATUS.test(squash(statusCell?.textContent ?? '')) ||
        !!(checkbox && (checkbox as HTMLInputElement).checked);
      ctx.tasks.push({
        el: record.row,
        origin: 'table-row',
        text: marked.text,
        assignees,
        due: due ?? null,
        status: done ? 'done' : 'open',
        topic: currentHeading(ctx)?.text,
        meeting,
      });
    }
    return 'claim';
  },
};

// Fixtures: generic/action-table.html, mediawiki/weekly-minutes.html
