// The words minutes are written in, as data: every phrase the readers look for, per language, in one place.
// A language is added by adding one more `Words` to LANGUAGES; readers build their patterns from all of them.
// Each list is one alternation of regular-expression fragments, matched without case unless its comment says otherwise.

export interface Words {
  /** Page titles of meeting notes ("Team sync", "Minutes"). */
  meetingTitles: string;
  /** Headings and captions over a section of actions. */
  actionHeadings: string;
  /** Headings over the meeting's date. */
  dateHeadings: string;
  /** Headings over proposals, not the agenda. */
  proposalHeadings: string;
  /** Headings over lists of people, not actions ("Attendees"). */
  peopleHeadings: string;
  /** Words that mark an action in running text; followed by ":" or a dash. */
  actionMarkers: string;
  /** Words that mark a repeat of an earlier meeting's action. */
  carryOverMarkers: string;
  /** Status words leading an item ("[NEW]", "DONE:", "PENDING"): never a name. */
  statusPrefixes: string;
  /** Words that say an item is done, in "(DONE)", "[DONE …]", "DONE:", "- done". */
  doneWords: string;
  /** A status cell that says done ("Closed", "Yes"). */
  doneStatuses: string;
  /** Everyone at once ("Everyone", "All"): a group, not a person's name. */
  groups: string;
  /** Words that may stand where an owner's name would, but are not names ("We", "Please"). */
  notNames: string;
  /** What follows an owner's name in "Bob to …", "Bob will …". */
  ownerLinks: string;
  /** Words that cannot follow "to" when "to" starts an action ("to the extent…"). */
  determiners: string;
  /** Verbs an action starts with after its owner ("AI: Tom check the list"). */
  actionVerbs: string;
  /** A template's placeholders, left in place of a task ("Type your task here"). */
  placeholders: string;
  /** Owner cells that name nobody ("TBD", "n/a"). */
  nobody: string;
  /** Words before a trailing name that make it part of the sentence ("…pages from Raj"). */
  namePrepositions: string;
  /** Words left dangling when a due date is cut from the end ("…by"). */
  duePrepositions: string;
  /** Header words naming a table column's role; the first role that matches wins. */
  columns: Array<[ColumnRole, string]>;
}

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

export const ENGLISH: Words = {
  meetingTitles: 'meeting|minutes|stand-?up|sync|retro(?:spective)?|agenda|1:1|one-on-one|call|check-?in|review|workshop|f2f|face-to-face',
  actionHeadings:
    '(?:open\\s+|new\\s+)?action\\s*items?|(?:open\\s+|new\\s+)?actions?|action\\s*points?|summary\\s+of\\s+action\\s+items|' +
    'next\\s*steps|follow[\\s-]*ups?|to[\\s-]*dos?|tasks?',
  dateHeadings: '(?:meeting\\s+)?(?:date|dates|when|date\\s*(?:&|and)\\s*time)',
  peopleHeadings: 'attendees|attendance|participants|present|invitees|apologies|regrets|absent|people',
  proposalHeadings: 'proposed|parking\\s*lot|backlog|future\\s+topics?|suggested\\s+topics?',
  actionMarkers: 'action\\s+items?|action|ai|to\\s?do',
  carryOverMarkers: 'carried\\s+(?:forward|over)|carry\\s+(?:forward|over)|last\\s+week(?:[\'’]s)?\\s+actions?',
  statusPrefixes: 'new|done|todo|pending|open|ongoing|in\\s+progress|continues|continued|dropped|closed|completed?',
  doneWords: 'done|completed?|closed|finished',
  doneStatuses: 'done|complete[d]?|closed|resolved|finished|yes',
  groups: 'everyone|everybody|all|all\\s+attendees|team|the\\s+team|everyone\\s+else',
  notNames:
    'we|i|you|he|she|they|it|this|that|these|those|the|someone|somebody|nobody|need|please|follow|check|send|ask|note|update|' +
    'who|which|what|there|here|then|also|decision|agreed',
  ownerLinks: 'to|will|should|must|needs?\\s+to|shall|has\\s+to|is\\s+to|agreed\\s+to|volunteered\\s+to',
  determiners: 'the|a|an|this|that|these|those|my|our|your|their|his|her|its|some|what|which',
  actionVerbs:
    'add|arrange|ask|book|call|change|check|circulate|clean|close|collect|confirm|contact|coordinate|create|define|deploy|' +
    'document|draft|email|file|find|finish|fix|follow|get|investigate|invite|look|make|merge|move|open|order|organi[sz]e|ping|' +
    'plan|post|prepare|present|publish|reach|remind|remove|reply|report|review|run|schedule|send|set|share|sort|start|talk|' +
    'test|track|try|update|upload|verify|write',
  placeholders:
    'type\\s+your\\s+task\\s+here|your\\s+name\\s+here|name\\s+here|add\\s+(?:an?\\s+)?(?:action\\s+item|action|task|' +
    'item)(?:\\s+here)?|task\\s+description|description\\s+of\\s+(?:the\\s+)?(?:action|task)|action\\s+item|item|todo|xxx+|' +
    '\\.\\.\\.|…',
  nobody: 'tbd|tbc|n\\/?a|none|nobody|unassigned|-+|\\?+',
  namePrepositions: 'from|with|to|for|by|and|of|cc|via|about|on|at|per|ask|tell',
  duePrepositions: 'by|on|before|until|till|due(?:\\s+(?:on|by))?',
  columns: [
    ['location', 'task appears on|appears on|location|source page'],
    ['due', 'due|deadline|target date|by when|due date|when due'],
    ['duration', 'duration|length|time required|estimate|mins?|minutes'],
    ['requester', 'requested by|requester|proposed by|raised by|submitted by'],
    ['action', 'action items?|actions?|tasks?|to ?dos?|follow[- ]?ups?'],
    ['owner', 'owners?|assignees?|assigned to|responsible|actionee'],
    ['status', 'status|state|done|complete[d]?|resolution'],
    ['date', 'date|day'],
    ['time', 'time|when|slot|start|hour'],
    ['topic', 'topics?|items?|agenda( items?)?|subjects?|titles?|sessions?|discussion( items?)?'],
    ['people', 'who|presenters?|coordinators?|speakers?|leads?|moderators?|facilitators?|people|attendees|by'],
    ['notes', 'notes?|comments?|details?|minutes|outcomes?|decisions?|summary'],
    ['description', 'description|what'],
  ],
};

/** Every language the readers know. */
export const LANGUAGES: readonly Words[] = [ENGLISH];

/** One alternation of a list's phrases across every language, as a non-capturing group. */
export function anyOf(list: (words: Words) => string): string {
  return `(?:${LANGUAGES.map(list).join('|')})`;
}
