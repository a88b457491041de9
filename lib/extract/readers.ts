// The one list of readers, in the order they get each element. Adding a source kind means adding a file
// under sources/ and a line here. Earlier readers win an element: a Task Report table is not an action
// table, an action table is not an agenda, a checkbox item under "Action items" is a checklist item.
import { agendaTables } from './agenda';
import { attendees } from './attendees';
import { headings } from './headings';
import { meetingDates } from './meeting-dates';
import type { Reader } from './reader';
import { actionTable } from './sources/action-table';
import { checklist } from './sources/checklist';
import { inlineTasks } from './sources/inline-tasks';
import { sectionList } from './sources/section-list';
import { taskReport } from './sources/task-report';
import { textMarker } from './sources/text-marker';

export const READERS: readonly Reader[] = [
  headings,
  meetingDates,
  taskReport,
  actionTable,
  agendaTables,
  inlineTasks,
  checklist,
  sectionList,
  textMarker,
  attendees,
];
