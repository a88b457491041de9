// The words minutes are written in, as data: every phrase the readers look for, per language, in one place.
// A language is added by adding one more `Words` to LANGUAGES; readers build their patterns from all of them.
// Each list is one alternation of regular-expression fragments, matched without case (and with Unicode) unless its
// comment says otherwise. English has every list; another language gives those it needs.
//
// Two kinds of words. Those that say what a page or a block is (meeting titles, headings, markers, column
// headers, done words) are looked for in every language on every page: they are distinctive, and finding one
// tells the page's language (`noteLanguages`). Those that read inside an action (owners' links and joins, date
// words, group words) apply only in the languages the page has shown so far, so a word common in one language
// ("a", "et", "alle") never reads a page in another; and the platform is asked for a language's month and
// weekday names only once a page is written in it.
import type { DateLanguage } from '../dates/locale-dates';

export interface Words {
  /** BCP 47 language code; --explain names the language from it. */
  code: string;
  /**
   * Where a phrase may start and end: at an ASCII word boundary (English, as always), where letters stop
   * ("À faire", "Maßnahmen"), or anywhere (Japanese runs words together).
   */
  edges: 'ascii' | 'letters' | 'none';
  /** Page titles of meeting notes ("Team sync", "Minutes"). */
  meetingTitles: string;
  /** Headings and captions over a section of actions. */
  actionHeadings: string;
  /** Headings over actions only on a page already read as minutes: generic words ("Aufgaben") that head other lists elsewhere. */
  minutesActionHeadings?: string;
  /** Headings over the meeting's date; as a label, "Fecha: …" gives the meeting's date too. */
  dateHeadings: string;
  /** Headings over proposals, not the agenda. */
  proposalHeadings?: string;
  /** Headings over lists of people, not actions ("Attendees"). */
  peopleHeadings: string;
  /** Words that mark an action in running text; followed by ":" or a dash. Another language's count only on a page read as minutes. */
  actionMarkers: string;
  /** Words that mark a repeat of an earlier meeting's action. */
  carryOverMarkers?: string;
  /** Status words leading an item ("[NEW]", "DONE:", "PENDING"): never a name. */
  statusPrefixes: string;
  /** Words that say an item is done, in "(DONE)", "[DONE …]", "DONE:", "- done". */
  doneWords: string;
  /** A status cell that says done ("Closed", "Yes"). */
  doneStatuses: string;
  /** Everyone at once ("Everyone", "All"): a group, not a person's name. Matched against names folded (no accents). */
  groups: string;
  /** Words that may stand where an owner's name would, but are not names ("We", "Please"). Matched folded. */
  notNames?: string;
  /** What follows an owner's name in "Bob to …", "Bob will …". */
  ownerLinks: string;
  /** Verbs whose subject, leading an item, is its owner ("Anna prüft …", "Marie envoie …"). */
  ownerVerbs?: string;
  /** Words before an owner's name anywhere in an item ("verantwortlich: Anna", "担当：田中"). */
  ownerLabels?: string;
  /** Words joining two owners ("und", "et", "y", "と"); case as written. */
  joins?: string;
  /** Shapes of names besides capitalised words, anywhere a name may stand ("田中さん"). */
  names?: string;
  /** Shapes of names only after an owner label or in an item's closing brackets ("担当：田中", "（田中）"). */
  labelledNames?: string;
  /** Titles after a name, not part of it ("さん"). */
  honorifics?: string;
  /** Owners may end an item: "Revisar el presupuesto (Marta y Jorge)", "…: Lucía y Pablo". */
  trailingOwners?: boolean;
  /** Words that cannot follow "to" when "to" starts an action ("to the extent…"). */
  determiners?: string;
  /** Verbs an action starts with after its owner ("AI: Tom check the list"). */
  actionVerbs?: string;
  /** A template's placeholders, left in place of a task ("Type your task here"). */
  placeholders?: string;
  /** Owner cells that name nobody ("TBD", "n/a"). */
  nobody: string;
  /** Words before a trailing name that make it part of the sentence ("…pages from Raj"). */
  namePrepositions: string;
  /** Words left dangling when a due date is cut from the end ("…by"). */
  duePrepositions: string;
  /** How the language writes dates; English's are built into the date parser. */
  dates?: DateLanguage;
  /** MediaWiki's user namespace in this language's wikis, as a link's address writes it ("User:", "Benutzer:"). */
  userPages?: string;
  /** Header words naming a table column's role; the first role that matches wins. Matched folded (no accents). */
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
  code: 'en',
  edges: 'ascii',
  userPages: 'User',
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

// A heading of another language: perhaps numbered ("3. Aufgaben", "TOP 4"), and the whole heading, so that
// "Acciones disponibles" in a manual is no action section ("Acciones (responsables)" and "Aufgaben:" are).
const numbered = (phrases: string): string => `(?:(?:\\d+(?:\\.\\d+)*\\.?|top\\s*\\d+:?)\\s+)?(?:${phrases})`;
const whole = (phrases: string): string => `${numbered(phrases)}(?=\\s*(?:[:：(（]|$))`;

const DE_BEFORE = 'bis(?:\\s+(?:zum|zur|sp(?:ä|ae)testens(?:\\s+(?:am|zum))?))?|sp(?:ä|ae)testens(?:\\s+(?:am|bis))?|am|f(?:ä|ae)llig(?:\\s+am)?|frist:?';

export const GERMAN: Words = {
  code: 'de',
  edges: 'letters',
  userPages: 'Benutzer(?:in)?',
  // German joins words: "Sitzungsprotokoll", "Teambesprechung" end with the meeting word ("Besprechungsraum" does not).
  meetingTitles: '\\p{L}*(?:protokoll(?:e)?|besprechung(?:en)?|sitzung(?:en)?)|jour\\s+fixe|tagesordnung|retrospektive',
  actionHeadings: whole('aktionspunkte|offene\\s+punkte|n(?:ä|ae)chste\\s+schritte|aufgaben\\s+(?:aus\\s+der|bis\\s+zur)\\s+\\p{L}+(?:\\s+\\p{L}+)?|to-?dos?'),
  minutesActionHeadings: whole('aufgaben(?:liste)?|ma(?:ß|ss)nahmen|aktionen'),
  dateHeadings: numbered('datum|termin|wann|datum\\s*(?:&|und)\\s*(?:uhr)?zeit|(?:sitzungs|besprechungs)datum'),
  proposalHeadings: 'themenspeicher|offene\\s+themen|vorschl(?:ä|ae)ge',
  peopleHeadings: numbered('teilnehm(?:er|ende)(?:[*:_]?innen)?|anwesend(?:e)?|abwesend(?:e)?|entschuldigt|g(?:ä|ae)ste|verteiler'),
  actionMarkers: 'aktion|aktionspunkt',
  statusPrefixes: 'neu|erledigt|offen|in\\s+arbeit|laufend',
  doneWords: 'erledigt|abgeschlossen',
  doneStatuses: 'erledigt|abgeschlossen|fertig',
  groups: 'alle|alle\\s+teilnehm\\p{L}*|jede[rs]?|das\\s+team|team',
  // German writes every noun with a capital: those that lead a line as a label are not names.
  notNames:
    'wir|ich|du|er|sie|es|man|ihr|bitte|der|die|das|ein|eine|hinweis|info|beschluss|entscheidung|ergebnis|thema|status|frage|ziel|' +
    'termin|ort|anmerkung|notiz|budget|protokoll|aufgabe|verantwortlich|zust(?:ä|ae)ndig',
  ownerLinks: 'soll|sollte|muss|k(?:ü|ue)mmert\\s+sich|(?:ü|ue)bernimmt',
  ownerVerbs:
    'pr(?:ü|ue)ft|erstellt|schickt|sendet|verschickt|bereitet|organisiert|informiert|kontaktiert|aktualisiert|plant|schreibt|bucht|' +
    'l(?:ä|ae)dt|fragt|meldet|kl(?:ä|ae)rt|(?:ü|ue)berarbeitet|holt|stellt|verteilt',
  ownerLabels: 'verantwortlich|zust(?:ä|ae)ndig|wer',
  joins: 'und|sowie',
  trailingOwners: true,
  nobody: 'offen|n\\.\\s?n\\.|niemand|k\\.\\s?a\\.',
  namePrepositions: 'von|mit|an|f(?:ü|ue)r|bei|zu|(?:ü|ue)ber|per',
  duePrepositions: DE_BEFORE,
  dates: {
    locale: 'de',
    written: ['(?:{W},?\\s+)?(?:den\\s+)?{D}\\.\\s*{N}(?:\\s+{Y})?', '(?:{W},?\\s+)?(?:den\\s+)?{D}\\.\\s?{M}\\.\\s?{Y}'],
    before: DE_BEFORE,
    nextBefore: 'den|n(?:ä|ae)chsten|kommenden',
    today: 'heute',
    tomorrow: 'morgen',
    nextWeek: 'n(?:ä|ae)chste(?:r|n)?\\s+woche',
    endOfWeek: '(?:zum\\s+)?ende\\s+der\\s+woche',
  },
  columns: [
    ['due', 'f(?:ä|ae)llig(?:keit)?|frist|termin|bis\\s+wann|erledigen\\s+bis|zieldatum'],
    ['action', 'aufgaben?|ma(?:ß|ss)nahmen?|aktion(?:en)?|aktionspunkte?'],
    ['owner', 'verantwortlich\\p{L}*|zust(?:ä|ae)ndig\\p{L}*|bearbeiter\\p{L}*'],
    ['status', 'status|stand|erledigt|zustand'],
    ['date', 'datum'],
    ['duration', 'dauer|minuten'],
    ['time', 'uhrzeit|zeit|wann'],
    ['topic', 'thema|themen|tagesordnungspunkte?'],
    ['people', 'wer|moderation|vortragende?|referent\\p{L}*'],
    ['notes', 'notizen|anmerkungen?|bemerkungen?|ergebnis(?:se)?|protokoll|beschl(?:u|ü|ue)ss?e?|kommentare?'],
    ['description', 'beschreibung'],
  ],
};

const FR_BEFORE =
  "d['’]ici(?:\\s+(?:le|au|(?:à|a)))?|avant(?:\\s+le)?|pour(?:\\s+le)?|au\\s+plus\\s+tard(?:\\s+le)?|jusqu['’](?:au|(?:à|a))|le|(?:é|e)ch(?:é|e)ance\\s*:?";

export const FRENCH: Words = {
  code: 'fr',
  edges: 'letters',
  userPages: 'Utilisat(?:eur|rice)',
  meetingTitles:
    "compte[\\s-]+rendu|proc(?:è|e)s[\\s-]+verbal|r(?:é|e)unions?|ordre\\s+du\\s+jour|comit(?:é|e)\\s+de\\s+(?:pilotage|direction)|copil|codir|" +
    'point\\s+(?:hebdo(?:madaire)?|mensuel|d[\'’](?:é|e)quipe)|s(?:é|e)ance',
  actionHeadings: whole(
    "actions?\\s+(?:(?:à|a)\\s+(?:mener|suivre|prendre|r(?:é|e)aliser)|d(?:é|e)cid(?:é|e)es)|plan\\s+d['’]actions?|relev(?:é|e)\\s+des\\s+actions|" +
      'suivi\\s+des\\s+actions|prochaines\\s+(?:(?:é|e)tapes|actions)|(?:à|a)\\s+faire',
  ),
  minutesActionHeadings: whole('t(?:â|a)ches|actions'),
  dateHeadings: numbered('date|quand|date\\s+et\\s+heure|date\\s+de\\s+(?:la\\s+)?r(?:é|e)union'),
  proposalHeadings: 'sujets?\\s+propos(?:é|e)s',
  peopleHeadings: numbered('participants?|pr(?:é|e)sents?|absents?|excus(?:é|e)s?|invit(?:é|e)s?|diffusion|destinataires'),
  actionMarkers: 'action|(?:à|a)\\s+faire',
  statusPrefixes: 'nouveau|nouvelle|fait|termin(?:é|e)e?|en\\s+cours|ouvert',
  doneWords: 'fait|termin(?:é|e)e?|clos|r(?:é|e)alis(?:é|e)e?',
  doneStatuses: 'fait|termin(?:é|e)e?|clos|cl(?:ô|o)tur(?:é|e)e?|r(?:é|e)solue?|r(?:é|e)alis(?:é|e)e?',
  groups: "tous|toutes|tout\\s+le\\s+monde|l['’]?(?:é|e)quipe|(?:é|e)quipe|chacun",
  notNames:
    'nous|je|tu|il|elle|on|ils|elles|vous|le|la|les|un|une|merci|note|remarque|d(?:é|e)cision|sujet|r(?:é|e)sultat|statut|question|' +
    'objectif|date|lieu|budget|info|responsable',
  ownerLinks: "doit|devra|doivent|va|vont|s['’]occupe(?:nt)?\\s+de|se\\s+charge(?:nt)?\\s+de",
  ownerVerbs:
    'pr(?:é|e)pare(?:nt)?|envoie(?:nt)?|v(?:é|e)rifie(?:nt)?|contacte(?:nt)?|organise(?:nt)?|r(?:é|e)dige(?:nt)?|relance(?:nt)?|planifie(?:nt)?|' +
    'r(?:é|e)serve(?:nt)?|pr(?:é|e)sente(?:nt)?|transmet(?:tent)?|valide(?:nt)?|partage(?:nt)?|met(?:tent)?\\s+(?:à|a)\\s+jour',
  ownerLabels: 'responsables?|porteur|porteuse|pilote|qui|en\\s+charge',
  joins: 'et',
  trailingOwners: true,
  nobody: '(?:à|a)\\s+d(?:é|e)finir|personne|non\\s+attribu(?:é|e)',
  namePrepositions: "de|d['’]|avec|(?:à|a)|pour|par|chez|aupr(?:è|e)s\\s+de",
  duePrepositions: FR_BEFORE,
  dates: {
    locale: 'fr',
    written: ['(?:{W}\\s+)?{D}(?:er)?\\s+{N}(?:\\s+{Y})?', '(?:{W}\\s+)?{D}/{M}/{Y}', '{D}\\.{M}\\.{Y}'],
    before: FR_BEFORE,
    nextAfter: 'prochain',
    today: "aujourd['’]hui",
    tomorrow: 'demain',
    nextWeek: 'la\\s+semaine\\s+prochaine',
    endOfWeek: 'la\\s+fin\\s+de\\s+(?:la\\s+)?semaine',
  },
  columns: [
    ['due', '(?:é|e)ch(?:é|e)ance|date\\s+(?:limite|pr(?:é|e)vue|cible)|d(?:é|e)lai|pour\\s+quand'],
    ['action', 'actions?|t(?:â|a)ches?|(?:à|a)\\s+faire|quoi'],
    ['owner', 'responsables?|porteurs?|qui|pilotes?'],
    ['status', 'statut|(?:é|e)tat|avancement'],
    ['duration', 'dur(?:é|e)e'],
    ['time', 'heure|horaire'],
    ['topic', 'sujets?|th(?:è|e)mes?|ordre\\s+du\\s+jour'],
    ['people', 'intervenants?|animateurs?|animation'],
    ['notes', 'remarques?|commentaires?|d(?:é|e)cisions?|compte\\s+rendu|r(?:é|e)sum(?:é|e)'],
  ],
};

const ES_BEFORE =
  'para(?:\\s+el)?|antes\\s+del?(?:\\s+d(?:í|i)a)?|hasta(?:\\s+el)?|a\\s+m(?:á|a)s\\s+tardar(?:\\s+el)?|el|fecha\\s+l(?:í|i)mite\\s*:?';

export const SPANISH: Words = {
  code: 'es',
  edges: 'letters',
  userPages: 'Usuari[oa]',
  meetingTitles: 'acta|actas|reuni(?:ó|o)n(?:es)?|minuta|junta|orden\\s+del\\s+d(?:í|i)a|comit(?:é|e)',
  actionHeadings: whole(
    'acciones\\s+(?:pendientes|a\\s+(?:realizar|tomar|seguir)|acordadas)|acuerdos\\s+y\\s+(?:acciones|compromisos)|pr(?:ó|o)ximos\\s+pasos|' +
      'plan\\s+de\\s+acci(?:ó|o)n|compromisos|puntos\\s+de\\s+acci(?:ó|o)n',
  ),
  minutesActionHeadings: whole('acciones|tareas(?:\\s+pendientes)?|pendientes'),
  dateHeadings: numbered('fecha|cu(?:á|a)ndo|fecha\\s+y\\s+hora'),
  proposalHeadings: 'temas\\s+propuestos|propuestas',
  peopleHeadings: numbered('asistentes|participantes|presentes|ausentes|invitados|convocados|excusados|asistencia'),
  actionMarkers: 'acci(?:ó|o)n',
  statusPrefixes: 'nuev[oa]|hecho|pendiente|abierto|en\\s+curso|completad[oa]|cerrad[oa]',
  doneWords: 'hech[oa]|completad[oa]|terminad[oa]|cerrad[oa]|finalizad[oa]',
  doneStatuses: 'hech[oa]|completad[oa]|terminad[oa]|cerrad[oa]|finalizad[oa]|resuelt[oa]',
  groups: 'todos|todas|todo\\s+el\\s+equipo|el\\s+equipo|equipo|cada\\s+uno',
  notNames:
    'nosotros|yo|tu|el|ella|ellos|ellas|usted(?:es)?|la|los|las|un|una|se|nota|acuerdo|decision|tema|resultado|estado|pregunta|objetivo|' +
    'fecha|lugar|presupuesto|responsable',
  ownerLinks: 'va\\s+a|van\\s+a|debe|deben|deber(?:á|a)n?|se\\s+encarga(?:n|r(?:á|a)n?)?\\s+de|queda\\s+a\\s+cargo\\s+de',
  ownerVerbs:
    '(?:revisa|env(?:í|i)a|prepara|contacta|organiza|redacta|actualiza|coordina|reserva|presenta|confirma|comparte|llama|escribe|solicita|habla)' +
    '(?:n|r(?:á|a)n?)?',
  ownerLabels: 'responsables?|encargad[oa]s?|a\\s+cargo(?:\\s+de)?|qui(?:é|e)n',
  joins: 'y|e',
  trailingOwners: true,
  nobody: 'por\\s+definir|nadie|sin\\s+asignar',
  namePrepositions: 'de|del|con|a|al|para|por',
  duePrepositions: ES_BEFORE,
  dates: {
    locale: 'es',
    written: ['(?:{W},?\\s+)?{D}(?:º|°)?\\s+(?:de\\s+)?{N}(?:\\.?,?\\s+(?:del?\\s+)?{Y})?', '(?:{W},?\\s+)?{D}/{M}/{Y}', '(?:{W},?\\s+)?{D}-{M}-{Y}'],
    before: ES_BEFORE,
    nextBefore: '(?:el\\s+)?pr(?:ó|o)ximo',
    nextAfter: 'pr(?:ó|o)ximo|que\\s+viene',
    today: 'hoy',
    tomorrow: 'ma(?:ñ|n)ana',
    nextWeek: 'la\\s+(?:pr(?:ó|o)xima\\s+semana|semana\\s+(?:que\\s+viene|pr(?:ó|o)xima))',
    endOfWeek: '(?:el\\s+)?fin(?:al)?\\s+de\\s+(?:la\\s+)?semana',
  },
  columns: [
    ['due', 'fecha\\s+(?:l(?:í|i)mite|compromiso|prevista|objetivo)|plazo|vencimiento|para\\s+cu(?:á|a)ndo'],
    ['action', 'acci(?:ó|o)n(?:es)?|tareas?|pendientes?'],
    ['owner', 'responsables?|encargad[oa]s?|qui(?:é|e)n'],
    ['status', 'estado|situaci(?:ó|o)n'],
    ['date', 'fecha'],
    ['duration', 'duraci(?:ó|o)n|minutos'],
    ['time', 'hora|horario'],
    ['topic', 'temas?|asuntos?|orden\\s+del\\s+d(?:í|i)a'],
    ['people', 'ponentes?|presentador(?:es)?|moderador(?:es)?'],
    ['notes', 'notas?|comentarios?|observaciones|acuerdos?|decisiones|resumen|conclusiones'],
    ['description', 'descripci(?:ó|o)n'],
  ],
};

// A Japanese name in an item: a surname in kanji or katakana, with "さん" when nothing else says it is a name.
const JA_NAME = '[\\p{sc=Han}\\p{sc=Katakana}ー]{1,6}';
const JA_HONORIFICS = 'さん|様|氏|くん';
const JA_BEFORE = '(?:期限|締め?切り?|〆切)\\s*[:：]?';

export const JAPANESE: Words = {
  code: 'ja',
  edges: 'none',
  // 利用者, also as the address encodes it.
  userPages: '利用者|%E5%88%A9%E7%94%A8%E8%80%85',
  meetingTitles: '議事録|会議録|議事メモ|会議|ミーティング|打ち?合わ?せ|定例',
  actionHeadings: whole('アクション・?アイテム|アクション|宿題(?:事項)?|(?:次回まで|今後)の(?:宿題|アクション|タスク|対応)|対応事項|TODO|ToDo'),
  minutesActionHeadings: whole('タスク|課題'),
  dateHeadings: numbered('日時|日付|開催日(?:時)?|実施日(?:時)?'),
  peopleHeadings: numbered('参加者|出席者|欠席者|参加メンバー|メンバー'),
  actionMarkers: '宿題|アクション',
  statusPrefixes: '完了|済|済み|未完了|対応中|未着手|継続',
  doneWords: '完了|済み?|対応済み?',
  doneStatuses: '完了|済み?|対応済み?|クローズ',
  groups: '全員|皆(?:さん|様)?|みんな|各自|参加者全員',
  notNames: '予定|仮|案|継続|未定|済|完了|対応中|確認中|検討中|共有|要確認|参考|議題|期限|担当|内容|結果|備考|決定',
  ownerLinks: 'が',
  ownerLabels: '担当(?:者)?|責任者|対応者',
  joins: `(?<=[\\p{sc=Han}\\p{sc=Katakana}ー]|${JA_HONORIFICS})と(?=[\\p{sc=Han}\\p{sc=Katakana}])|、|・`,
  names: `${JA_NAME}(?:${JA_HONORIFICS})`,
  labelledNames: `${JA_NAME}(?:${JA_HONORIFICS})?`,
  honorifics: JA_HONORIFICS,
  trailingOwners: true,
  nobody: '未定|なし|-',
  namePrepositions: 'に|から|へ|と',
  duePrepositions: JA_BEFORE,
  dates: {
    locale: 'ja',
    unspaced: true,
    written: [
      '{Y}年\\s*{M}月\\s*{D}日(?:\\s*[(（]{w}(?:曜日?)?[)）])?',
      '{M}月\\s*{D}日(?:\\s*[(（]{w}(?:曜日?)?[)）])?',
      // Japanese writes numeric dates month first: "3/15", "3/15(金)".
      '{M}/{D}(?![/\\p{N}%])(?:\\s*[(（]{w}[)）])?',
    ],
    before: JA_BEFORE,
    after: 'まで(?:に)?|迄(?:に)?',
    weekday: '{w}曜(?:日)?',
    today: '今日|本日',
    tomorrow: '明日',
    nextWeek: '来週(?:中)?',
    endOfWeek: '今週(?:中|末)|週末',
  },
  columns: [
    ['due', '期限|期日|締め?切り?|〆切|いつまで'],
    ['action', 'アクション(?:アイテム)?|宿題|タスク|対応内容|やること|todo'],
    ['owner', '担当(?:者)?|責任者|対応者|誰が'],
    ['status', '状態|状況|ステータス|進捗|完了'],
    ['date', '日付|日時'],
    ['duration', '所要時間|時間'],
    ['topic', '議題|テーマ|項目'],
    ['people', '発表者|説明者'],
    ['notes', 'メモ|備考|議事|決定事項|内容'],
  ],
};

/** Every language the readers know; English first, as it reads every page. */
export const LANGUAGES: readonly Words[] = [ENGLISH, GERMAN, FRENCH, SPANISH, JAPANESE];

type List = (words: Words) => string | undefined;

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}_])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}_])';

/** A language's phrases of a list within its word edges: `start` and `end` say which edges the caller needs. */
export function edged(words: Words, phrases: string, start: boolean, end: boolean): string {
  if (words.edges === 'none' || (!start && !end)) return `(?:${phrases})`;
  if (words.edges === 'ascii') return `${start ? '\\b' : ''}(?:${phrases})${end ? '\\b' : ''}`;
  return `${start ? EDGE_BEFORE : ''}(?:${phrases})${end ? EDGE_AFTER : ''}`;
}

/**
 * One alternation of a list's phrases across `languages` (all by default), as a non-capturing group; with
 * `edges`, each language's phrases within its own word edges. Patterns built from it need the `u` flag.
 */
export function anyOf(list: List, edges: 'both' | 'start' | 'end' | 'none' = 'none', languages: readonly Words[] = LANGUAGES): string {
  const start = edges === 'both' || edges === 'start';
  const end = edges === 'both' || edges === 'end';
  const parts = languages.flatMap((words) => {
    const phrases = list(words);
    return phrases ? [edged(words, phrases, start, end)] : [];
  });
  return `(?:${parts.join('|') || '(?!)'})`;
}

/** A pattern over every language's phrases of a list, and which language a text matched it in. */
export interface PhrasePattern {
  /** Whether the text matches in any language. */
  test(text: string): boolean;
  /** The language whose phrase matches the text (the longest match; on a tie, another than English among `prefer`, else the first). */
  language(text: string, prefer?: readonly Words[]): Words | undefined;
}

/** `wrap` places the alternation in its pattern ("^…\\s*:?$"); `edges` as for `anyOf`. */
export function phrasePattern(list: List, wrap: (alternation: string) => string, edges: 'both' | 'start' | 'end' | 'none' = 'none'): PhrasePattern {
  const any = new RegExp(wrap(anyOf(list, edges)), 'iu');
  let each: Array<[Words, RegExp]> | undefined;
  return {
    test: (text) => any.test(text),
    language(text, prefer = []) {
      if (!any.test(text)) return undefined;
      // Built on the first match only: most pages never match most lists.
      each ??= LANGUAGES.flatMap((words): Array<[Words, RegExp]> => (list(words) ? [[words, new RegExp(wrap(anyOf(list, edges, [words])), 'iu')]] : []));
      let best: Words | undefined;
      let length = -1;
      for (const [words, pattern] of each) {
        const found = pattern.exec(text)?.[0].length ?? -1;
        const preferred = found === length && found >= 0 && words !== ENGLISH && prefer.includes(words) && best === ENGLISH;
        if (found > length || preferred) [best, length] = [words, found];
      }
      return best;
    },
  };
}

/** A value built from the languages a page is written in, once for each such set of languages. */
export function perLanguages<T>(build: (languages: readonly Words[]) => T): (languages: readonly Words[]) => T {
  const built = new Map<string, T>();
  return (languages) => {
    const key = languages.map((words) => words.code).join();
    let value = built.get(key);
    if (value === undefined) {
      value = build(languages);
      built.set(key, value);
    }
    return value;
  };
}

/** The date rules of the languages, for the date parser (English's are always read). */
export function dateLanguages(languages: readonly Words[]): DateLanguage[] {
  return languages.flatMap((words) => (words.dates ? [words.dates] : []));
}
