// Action tables in any wiki: rows of a table whose headers name an action/task column and an owner,
// due date or status column ("Action | Owner | Due", MediaWiki "Task | Current Status | Date Due"; under an
// action heading also "What | Who | When").
import type { Person } from '../../model/page';
import {
  currentHeading,
  inActionSection,
  meetingOf,
  mustWait,
  notePerson,
  referenceDate,
  type ExtractContext,
} from '../context';
import { composeTask, joinLines, readLines } from '../inline';
import { isGroup } from '../owners';
import { isChecked, isDoneStatus, isStruckThrough, stripDoneMarker } from '../markers';
import { peopleInText } from '../mentions';
import type { Reader } from '../reader';
import { cellFor, dateInCell, tableInfo, TABLE_TAGS } from '../tables';
import { squash } from '../text';

/** The people an owner cell names: its mentions, else its names ("Bob (lead), Ana"), a group ("all") being no one. */
function ownersOf(cell: Element, ctx: ExtractContext): Person[] {
  const lines = readLines(cell);
  const mentioned = lines.flatMap((line) => line.people.map((p) => p.value));
  if (mentioned.length) return mentioned;
  return lines
    .flatMap((line) => peopleInText(line.text.replace(/\s*[(（][^)）]*[)）]/g, ''), ctx.languages))
    .filter((person) => !isGroup(person.name, ctx.languages));
}

export const actionTable: Reader = {
  name: 'table-row',
  tags: TABLE_TAGS,
  visit(el: Element, ctx: ExtractContext) {
    const info = tableInfo(el, ctx);
    // Its headers showed a language the page must be prepared for: read the table again then.
    if (mustWait(ctx)) return 'again';
    if (!info) return;
    const { roles } = info;
    const textRole = roles.has('action') ? 'action' : roles.has('description') ? 'description' : null;
    // Under an action heading, "What | Who | When" names the owner and the due date as an agenda's columns would.
    const actions = !!inActionSection(ctx);
    const ownerRole = roles.has('owner') ? 'owner' : actions && roles.has('people') ? 'people' : undefined;
    const dueRole = roles.has('due') ? 'due' : actions && roles.has('time') ? 'time' : undefined;
    if (!textRole || roles.has('location') || !(ownerRole || dueRole || roles.has('status'))) return;
    for (const record of info.records) {
      const textCell = cellFor(record, info, textRole);
      if (!textCell?.origin) continue;
      const meeting = meetingOf(record.row, ctx);
      const reference = referenceDate(meeting, ctx);
      const parts = composeTask(joinLines(readLines(textCell.el)), reference, ctx.languages);
      const marked = stripDoneMarker(parts.text);
      if (!marked.text) continue;
      const ownerCell = ownerRole && cellFor(record, info, ownerRole)?.el;
      const owners = ownerCell ? ownersOf(ownerCell, ctx) : [];
      const assignees = owners.length ? owners : parts.assignees;
      assignees.forEach((p) => notePerson(p, ctx));
      const dueCell = dueRole && cellFor(record, info, dueRole)?.el;
      const dueInCell = dueCell ? dateInCell(dueCell, reference, ctx.languages) : undefined;
      const statusText = squash(cellFor(record, info, 'status')?.el.textContent ?? '');
      const checkbox = record.row.querySelector('input[type="checkbox"]');
      const statusFrom = marked.done
        ? 'marker'
        : isDoneStatus(statusText)
          ? 'column'
          : checkbox && isChecked(checkbox)
            ? 'ticked'
            : isStruckThrough(textCell.el)
              ? 'struck'
              : undefined;
      ctx.tasks.push({
        el: record.row,
        origin: 'table-row',
        text: marked.text,
        assignees,
        due: dueInCell ?? parts.due,
        status: statusFrom ? 'done' : 'open',
        topic: currentHeading(ctx)?.text,
        meeting,
        ownerFrom: owners.length ? 'column' : parts.ownerFrom,
        dueFrom: dueInCell ? 'column' : parts.dueFrom,
        statusFrom,
        language: info.language?.code,
        dueLanguage: dueInCell ? undefined : parts.dueLanguage,
      });
    }
    return 'claim';
  },
};

// Fixtures: generic/action-table.html, mediawiki/weekly-minutes.html, mediawiki/irc-meeting-log.html, mediawiki/compte-rendu-2023-03-09.html
