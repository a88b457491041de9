// Agenda and discussion tables: one row per agenda item (date, time, topic, people, notes).
// The rows are remembered by <tr> so tasks inside a row take its topic and meeting date.
import { WEEKDAY_NAMES } from '../dates/calendar';
import type { Person } from '../model/page';
import { currentHeading, mustWait, notePerson, type DateRef, type ExtractContext } from './context';
import { readLines, uniquePeople } from './inline';
import { peopleInText } from './mentions';
import type { Reader } from './reader';
import { cellFor, cellText, dateInCell, tableInfo, TABLE_TAGS, type TableInfo } from './tables';
import { linesOf } from './text';

const WEEKDAYS = WEEKDAY_NAMES.map((name) => name.toLowerCase());

/** The date a table's heading gives its rows: a date, "Day 2", or a weekday matched later. */
function headingDateRef(ctx: ExtractContext): DateRef {
  const heading = [...ctx.headings]
    .reverse()
    .find((h) => h.date || /\bday\s*\d+\b/i.test(h.text) || WEEKDAYS.some((d) => h.text.toLowerCase().includes(d)));
  if (!heading) {
    const section = ctx.meetings[ctx.meetings.length - 1];
    return section ? { date: section.date, heading: section.heading } : {};
  }
  if (heading.date) return { date: heading.date, heading: heading.text };
  const ref: DateRef = { heading: heading.text };
  const day = /\bday\s*(\d+)\b/i.exec(heading.text);
  if (day) ref.day = Number(day[1]);
  const lower = heading.text.toLowerCase();
  const weekday = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}\\b`).test(lower));
  if (weekday >= 0) ref.weekday = weekday;
  return ref;
}

function isAgenda(info: TableInfo, ctx: ExtractContext): boolean {
  const { roles } = info;
  if (!roles.has('topic') || roles.has('action') || roles.has('location')) return false;
  if (currentHeading(ctx)?.proposals) return false;
  return roles.has('time') || roles.has('people') || roles.has('notes') || roles.has('duration');
}

function peopleOf(el: Element, ctx: ExtractContext): Person[] {
  const lines = readLines(el);
  const mentioned = uniquePeople(lines.flatMap((line) => line.people.map((p) => p.value)));
  mentioned.forEach((p) => notePerson(p, ctx));
  // Mentions name the people exactly; leftover text beside them is a wrapped name, not another person.
  if (mentioned.length) return mentioned;
  return lines.flatMap((line) => peopleInText(line.text, ctx.languages));
}

export const agendaTables: Reader = {
  name: 'agenda',
  tags: TABLE_TAGS,
  visit(el: Element, ctx: ExtractContext) {
    const info = tableInfo(el, ctx);
    // Its headers showed a language the page must be prepared for: read the table again then.
    if (mustWait(ctx)) return 'again';
    if (!info || !isAgenda(info, ctx)) return;
    const tableDate = headingDateRef(ctx);
    const topicIndex = info.roles.get('topic')!;
    const notesIndexes = info.headers.flatMap((_, i) =>
      info.roles.get('notes') === i || /notes?/i.test(info.headers[i] ?? '') ? [i] : [],
    );
    for (const record of info.records) {
      const topicCell = record.cells[topicIndex];
      const timeCell = cellFor(record, info, 'time') ?? cellFor(record, info, 'duration');
      // A cell spanning the topic column and its neighbours is a section row ("Moderator: …"), not an item.
      if (!topicCell || (timeCell && timeCell.el === topicCell.el)) continue;
      if (record.cells.filter((c) => c?.el === topicCell.el).length > 1) continue;
      // An empty topic cell: the first line of another cell that is not a time, people or date.
      const otherLine = (): string | undefined =>
        record.cells
          .filter(
            (c, i) =>
              c &&
              c.origin !== false &&
              i !== info.roles.get('time') &&
              i !== info.roles.get('people') &&
              i !== info.roles.get('date'),
          )
          .map((c) => linesOf(c!.el)[0])
          .find((line) => line);
      const topic = linesOf(topicCell.el)[0]?.replace(/:\s*$/, '') ?? otherLine() ?? '';
      if (!topic) continue;
      const dateCell = cellFor(record, info, 'date');
      const cellDate = dateCell ? dateInCell(dateCell.el, [...ctx.meetingDates].sort()[0], ctx.languages) : undefined;
      const dateRef: DateRef = cellDate ? { date: cellDate, row: topic } : tableDate;
      if (cellDate) ctx.meetingDates.add(cellDate);
      const row: ExtractContext['agenda'][number] = { topic, people: [], dateRef };
      const time = timeCell ? cellText(timeCell) : '';
      if (time) row.time = time;
      const peopleCell = cellFor(record, info, 'people');
      row.people = peopleCell ? peopleOf(peopleCell.el, ctx) : [];
      const notes = notesIndexes
        .map((i) => record.cells[i])
        .filter((c) => c && c.el !== topicCell.el)
        .map((c) => cellText(c))
        .filter(Boolean)
        .join('\n');
      if (notes) row.notes = notes;
      ctx.agenda.push(row);
      ctx.rows.set(record.row, { topic, date: dateRef });
    }
    return undefined;
  },
};

// Fixtures: confluence-server/dmlt-2022-10-18.html, confluence-cloud/sprint-review.html, generic/action-table.html, confluence-server/protokoll-teamrunde-2024-03-14.html
