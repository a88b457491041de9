// Header words → column roles, whatever the wording, case or order ("Time (Project)", "Who", "Due date"…).
// Pure: strings in, roles out. The first matching rule wins, so specific phrases come before general words.

export type ColumnRole =
  | 'location'
  | 'due'
  | 'duration'
  | 'requester'
  | 'action'
  | 'owner'
  | 'status'
  | 'date'
  | 'time'
  | 'topic'
  | 'people'
  | 'notes'
  | 'description';

const RULES: Array<[ColumnRole, RegExp]> = [
  ['location', /\b(task appears on|appears on|location|source page)\b/],
  ['due', /\b(due|deadline|target date|by when|due date|when due)\b/],
  ['duration', /\b(duration|length|time required|estimate|mins?|minutes)\b/],
  ['requester', /\b(requested by|requester|proposed by|raised by|submitted by)\b/],
  ['action', /\b(action items?|actions?|tasks?|to ?dos?|follow[- ]?ups?)\b/],
  ['owner', /\b(owners?|assignees?|assigned to|responsible|actionee)\b/],
  ['status', /\b(status|state|done|complete[d]?|resolution)\b/],
  ['date', /\b(date|day)\b/],
  ['time', /\b(time|when|slot|start|hour)\b/],
  ['topic', /\b(topics?|items?|agenda( items?)?|subjects?|titles?|sessions?|discussion( items?)?)\b/],
  ['people', /\b(who|presenters?|coordinators?|speakers?|leads?|moderators?|facilitators?|people|attendees|by)\b/],
  ['notes', /\b(notes?|comments?|details?|minutes|outcomes?|decisions?|summary)\b/],
  ['description', /\b(description|what)\b/],
];

/** The role a header text names, or null. */
export function columnRole(header: string): ColumnRole | null {
  const words = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 -]+/g, ' ');
  for (const [role, pattern] of RULES) if (pattern.test(words)) return role;
  return null;
}

/** Roles of a header row; the first column that takes a role keeps it. */
export function columnRoles(headers: string[]): Map<ColumnRole, number> {
  const roles = new Map<ColumnRole, number>();
  headers.forEach((header, index) => {
    const role = columnRole(header);
    if (role && !roles.has(role)) roles.set(role, index);
  });
  return roles;
}
