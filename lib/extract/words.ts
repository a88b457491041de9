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
import { LATIN, type DateLanguage } from '../dates/locale-dates';

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
  /** A status cell that says done ("Closed", "Yes"); the done words when not given. */
  doneStatuses?: string;
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
  meetingTitles:
    'meeting|minutes|stand-?up|sync|retro(?:spective)?|agenda|1:1|one-on-one|call|check-?in|review|workshop|f2f|face-to-face',
  actionHeadings:
    '(?:open\\s+|new\\s+)?action\\s*items?|(?:open\\s+|new\\s+)?actions?|action\\s*points?|summary\\s+of\\s+action\\s+items|' +
    'next\\s*steps|follow[\\s-]*ups?|to[\\s-]*dos?|tasks?',
  dateHeadings: '(?:meeting\\s+)?(?:date|dates|when|date\\s*(?:&|and)\\s*time)',
  peopleHeadings: 'attendees|attendance|participants|present|invitees|apologies|regrets|absent|people',
  proposalHeadings: 'proposed|parking\\s*lot|backlog|future\\s+topics?|suggested\\s+topics?',
  actionMarkers: 'action\\s+items?|action\\s+points?|action|ai|to\\s?do',
  carryOverMarkers: "carried\\s+(?:forward|over)|carry\\s+(?:forward|over)|last\\s+week(?:['’]s)?\\s+actions?",
  statusPrefixes: 'new|done|todo|pending|open|ongoing|in\\s+progress|continues|continued|dropped|closed|completed?',
  doneWords: 'done|completed?|closed|finished',
  doneStatuses: 'done|complete[d]?|closed|resolved|finished|yes',
  groups: 'everyone|everybody|all|all\\s+attendees|team|the\\s+team|everyone\\s+else',
  notNames:
    'we|i|you|he|she|they|it|this|that|these|those|the|someone|somebody|nobody|need|please|follow|check|send|ask|note|update|' +
    'who|which|what|there|here|then|also|decision|agreed',
  ownerLinks: 'to|will|should|must|needs?\\s+to|shall|has\\s+to|is\\s+to|agreed\\s+to|volunteered\\s+to',
  ownerLabels: 'owners?|assignees?|assigned\\s+to|responsible|actionee',
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
  duePrepositions: 'by|on|before|until|till|due(?:\\s+(?:on|by))?|eta|deadline',
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

/** Flags for a pattern built from phrases: `u` only where a Unicode property needs it (Japanese names). */
export function flagsFor(source: string, flags: string): string {
  return source.includes('\\p{') ? `${flags}u` : flags;
}

// Other languages' phrases are written as typed: a space stands for any run of spaces, an accented letter also
// matches without its accent ("Reunion"), an umlaut or ß also as "ae", "ss" (see `loosen`).

// A heading of another language: perhaps numbered ("3. Aufgaben", "TOP 4"), and the whole heading, so that
// "Acciones disponibles" in a manual is no action section ("Acciones (responsables)" and "Aufgaben:" are).
const numbered = (phrases: string): string => `(?:(?:\\d+(?:\\.\\d+)*\\.?|top\\s*\\d+:?)\\s+)?(?:${phrases})`;
const whole = (phrases: string): string => `${numbered(phrases)}(?=\\s*(?:[:：(（]|$))`;

const DE_BEFORE = 'bis(?: zum| zur| spätestens(?: am)?)?|spätestens(?: am)?|am|fällig(?: am)?|frist:?';

export const GERMAN: Words = {
  code: 'de',
  edges: 'letters',
  userPages: 'Benutzer(?:in)?',
  // German joins words: "Sitzungsprotokoll", "Teambesprechung" end with the meeting word ("Besprechungsraum" does not).
  meetingTitles: `[${LATIN}]*(?:protokolle?|besprechung(?:en)?|sitzung(?:en)?)|jour fixe|tagesordnung|retrospektive`,
  actionHeadings: whole('aktionspunkte|offene punkte|nächste schritte|to-?dos?'),
  minutesActionHeadings: whole('aufgaben(?:liste)?|maßnahmen|aktionen'),
  dateHeadings: numbered('datum|termin|wann|datum (?:&|und) (?:uhr)?zeit'),
  proposalHeadings: 'themenspeicher|offene themen|vorschläge',
  peopleHeadings: numbered('teilnehm(?:er|ende)(?:[*:_]?innen)?|anwesend|abwesend|entschuldigt|gäste'),
  actionMarkers: 'aktion|aktionspunkt',
  statusPrefixes: 'neu|erledigt|offen|in arbeit',
  doneWords: 'erledigt|abgeschlossen|fertig',
  groups: `alle(?: teilnehm[${LATIN}]*)?|jede[rs]?|(?:das )?team`,
  // German writes every noun with a capital: those that lead a line as a label are not names.
  notNames: 'wir|ich|sie|es|man|bitte|der|die|das|hinweis|info|beschluss|ergebnis|thema|status|ziel|termin',
  ownerLinks: 'soll|sollte|muss|kümmert sich|übernimmt',
  ownerVerbs:
    'prüft|erstellt|schickt|verschickt|bereitet|organisiert|informiert|kontaktiert|aktualisiert|klärt|überarbeitet|plant',
  ownerLabels: 'verantwortlich|zuständig|wer',
  joins: 'und|sowie',
  trailingOwners: true,
  nobody: 'offen|n\\.\\s?n\\.|niemand',
  namePrepositions: 'von|mit|an|für|bei|zu|über',
  duePrepositions: DE_BEFORE,
  dates: {
    locale: 'de',
    written: ['(?:{W},? )?(?:den )?{D}\\.\\s*{N}(?: {Y})?', '(?:{W},? )?(?:den )?{D}\\.\\s?{M}\\.\\s?{Y}'],
    before: DE_BEFORE,
    nextBefore: 'den|nächsten|kommenden',
    today: 'heute',
    tomorrow: 'morgen',
    nextWeek: 'nächste[rn]? woche',
    endOfWeek: '(?:zum )?ende der woche',
  },
  columns: [
    ['due', 'fällig(?:keit)?|frist|termin|bis wann'],
    ['action', 'aufgaben?|maßnahmen?|aktion(?:en|spunkte?)?'],
    ['owner', `(?:verantwortlich|zuständig)[${LATIN}]*`],
    ['status', 'status|erledigt'],
    ['date', 'datum'],
    ['time', 'uhrzeit|zeit'],
    ['topic', 'thema|themen|tagesordnungspunkte?'],
    ['people', 'wer|moderation|vortragende?'],
    ['notes', 'notizen|anmerkungen?|ergebnis(?:se)?|protokoll|kommentare?'],
    ['description', 'beschreibung'],
  ],
};

const FR_BEFORE =
  "d['’]ici(?: le| au| à)?|avant(?: le)?|pour(?: le)?|au plus tard(?: le)?|jusqu['’](?:au|à)|le|échéance ?:?";

export const FRENCH: Words = {
  code: 'fr',
  edges: 'letters',
  userPages: 'Utilisat(?:eur|rice)',
  meetingTitles: 'compte[ -]rendu|procès[ -]verbal|réunions?|ordre du jour|comité de pilotage|copil',
  actionHeadings: whole(
    "actions? (?:à (?:mener|suivre|prendre|réaliser)|décidées)|plan d['’]actions?|relevé des actions|suivi des actions|prochaines (?:étapes|actions)|à faire",
  ),
  minutesActionHeadings: whole('tâches|actions'),
  dateHeadings: numbered('date|quand|date et heure'),
  proposalHeadings: 'sujets? proposés',
  peopleHeadings: numbered('participants?|présents?|absents?|excusés?|invités?'),
  actionMarkers: 'à faire',
  statusPrefixes: 'nouveau|nouvelle|fait|terminée?|en cours',
  doneWords: 'fait|terminée?|clos|clôturée?|réalisée?|résolue?',
  groups: "tous|toutes|tout le monde|l['’]?équipe|chacun",
  notNames: 'nous|je|il|elle|on|ils|elles|vous|le|la|les|merci|note|remarque|décision|sujet|statut|date',
  ownerLinks: "doit|devra|doivent|va|vont|s['’]occupe(?:nt)? de|se charge(?:nt)? de",
  ownerVerbs: '(?:prépare|envoie|vérifie|contacte|organise|rédige|relance|réserve)(?:nt)?|met(?:tent)? à jour',
  ownerLabels: 'responsables?|porteur|porteuse|pilote|qui',
  joins: 'et',
  trailingOwners: true,
  nobody: 'à définir|personne',
  namePrepositions: "de|d['’]|avec|à|pour|par|chez",
  duePrepositions: FR_BEFORE,
  dates: {
    locale: 'fr',
    written: ['(?:{W} )?{D}(?:er)? {N}(?: {Y})?', '(?:{W} )?{D}/{M}/{Y}', '{D}\\.{M}\\.{Y}'],
    before: FR_BEFORE,
    nextAfter: 'prochain',
    today: "aujourd['’]hui",
    tomorrow: 'demain',
    nextWeek: 'la semaine prochaine',
    endOfWeek: 'la fin de (?:la )?semaine',
  },
  columns: [
    ['due', 'échéance|date (?:limite|prévue)|délai'],
    ['action', 'actions?|tâches?|à faire|quoi'],
    ['owner', 'responsables?|porteurs?|qui|pilotes?'],
    ['status', 'statut|état|avancement'],
    ['time', 'heure|horaire'],
    ['topic', 'sujets?|thèmes?|ordre du jour'],
    ['people', 'intervenants?|animat(?:eur|rice)s?'],
    ['notes', 'remarques?|commentaires?|décisions?|compte rendu'],
  ],
};

const ES_BEFORE = 'para(?: el)?|antes del?(?: día)?|hasta(?: el)?|a más tardar(?: el)?|el|fecha límite ?:?';

export const SPANISH: Words = {
  code: 'es',
  edges: 'letters',
  userPages: 'Usuari[oa]',
  meetingTitles: 'actas?|reunión(?:es)?|minuta|junta|orden del día',
  actionHeadings: whole(
    'acciones (?:pendientes|a (?:realizar|tomar|seguir)|acordadas)|acuerdos y (?:acciones|compromisos)|próximos pasos|plan de acción|compromisos|puntos de acción',
  ),
  minutesActionHeadings: whole('acciones|tareas(?: pendientes)?|pendientes'),
  dateHeadings: numbered('fecha|cuándo|fecha y hora'),
  proposalHeadings: 'temas propuestos|propuestas',
  peopleHeadings: numbered('asistentes|participantes|presentes|ausentes|invitados|asistencia'),
  actionMarkers: 'acción',
  statusPrefixes: 'nuev[oa]|hecho|pendiente|en curso|completad[oa]',
  doneWords: 'hech[oa]|(?:completad|terminad|cerrad|finalizad|resuelt)[oa]',
  groups: 'todos|todas|todo el equipo|(?:el )?equipo|cada uno',
  notNames: 'nosotros|yo|él|ella|ellos|ellas|el|la|los|las|se|nota|acuerdo|decisión|tema|estado|fecha|presupuesto',
  ownerLinks: 'van? a|deben?|deberán?|se encarga(?:n|rán?)? de|queda a cargo de',
  ownerVerbs: '(?:revisa|envía|prepara|contacta|organiza|redacta|actualiza|coordina)(?:n|rán?)?',
  ownerLabels: 'responsables?|encargad[oa]s?|a cargo(?: de)?|quién',
  joins: 'y|e',
  trailingOwners: true,
  nobody: 'por definir|nadie|sin asignar',
  namePrepositions: 'de|del|con|a|al|para|por',
  duePrepositions: ES_BEFORE,
  dates: {
    locale: 'es',
    written: ['(?:{W},? )?{D}(?:º|°)? (?:de )?{N}(?:\\.?,? (?:del? )?{Y})?', '(?:{W},? )?{D}(?<s>[/-]){M}\\k<s>{Y}'],
    before: ES_BEFORE,
    nextBefore: '(?:el )?próximo',
    nextAfter: 'próximo|que viene',
    today: 'hoy',
    tomorrow: 'mañana',
    nextWeek: 'la (?:próxima semana|semana (?:que viene|próxima))',
    endOfWeek: '(?:el )?fin(?:al)? de (?:la )?semana',
  },
  columns: [
    ['due', 'fecha (?:límite|compromiso|prevista)|plazo|vencimiento'],
    ['action', 'acción|acciones|tareas?|pendientes?'],
    ['owner', 'responsables?|encargad[oa]s?|quién'],
    ['status', 'estado|situación'],
    ['date', 'fecha'],
    ['time', 'hora|horario'],
    ['topic', 'temas?|asuntos?|orden del día'],
    ['people', 'ponentes?|presentador(?:es)?'],
    ['notes', 'notas?|comentarios?|observaciones|acuerdos?'],
    ['description', 'descripción'],
  ],
};

// A Japanese name in an item: a surname in kanji or katakana, with "さん" when nothing else says it is a name.
// Kanji and katakana as ranges: a Unicode property would need the `u` flag, and make the patterns dearer to compile.
const JA_LETTER = '\\u3400-\\u9fff\\u30a0-\\u30ff';
const JA_NAME = `[${JA_LETTER}]{1,6}`;
const JA_HONORIFICS = 'さん|様|氏|くん';
const JA_BEFORE = '(?:期限|締め?切り?|〆切)\\s*[:：]?';

export const JAPANESE: Words = {
  code: 'ja',
  edges: 'none',
  // 利用者, also as the address encodes it.
  userPages: '利用者|%E5%88%A9%E7%94%A8%E8%80%85',
  // Not 会議室, ミーティングルーム: the room.
  meetingTitles: '議事録|会議録|議事メモ|会議(?!室)|ミーティング(?!ルーム)|打ち?合わ?せ|定例',
  actionHeadings: whole(
    'アクション・?アイテム|アクション|宿題(?:事項)?|(?:次回まで|今後)の(?:宿題|アクション|タスク|対応)|対応事項|todo',
  ),
  minutesActionHeadings: whole('タスク|課題'),
  dateHeadings: numbered('日時|日付|開催日時?|実施日時?'),
  peopleHeadings: numbered('参加者|出席者|欠席者|(?:参加)?メンバー'),
  actionMarkers: '宿題|アクション',
  statusPrefixes: '完了|済み?|未完了|対応中|未着手|継続',
  doneWords: '完了|(?:対応)?済み?|クローズ',
  groups: '(?:参加者)?全員|皆(?:さん|様)?|みんな|各自',
  notNames: '予定|仮|案|継続|未定|確認中|検討中|共有|参考|議題|期限|担当|内容|備考',
  ownerLinks: 'が',
  ownerLabels: '担当者?|責任者|対応者',
  joins: `(?<=[${JA_LETTER}]|${JA_HONORIFICS})と(?=[${JA_LETTER}])|、|・`,
  names: `${JA_NAME}(?:${JA_HONORIFICS})`,
  labelledNames: `${JA_NAME}(?:${JA_HONORIFICS})?`,
  honorifics: JA_HONORIFICS,
  trailingOwners: true,
  nobody: '未定|なし',
  namePrepositions: 'に|から|へ|と',
  duePrepositions: JA_BEFORE,
  dates: {
    locale: 'ja',
    unspaced: true,
    // Japanese writes numeric dates month first: "3/15", "3/15(金)".
    written: [
      '(?:{Y}年\\s*)?{M}月\\s*{D}日(?:\\s*[(（]{w}(?:曜日?)?[)）])?',
      '{M}/{D}(?![/0-9%])(?:\\s*[(（]{w}[)）])?',
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
    ['due', '期限|期日|締め?切り?|〆切'],
    ['action', 'アクション(?:アイテム)?|宿題|タスク|対応内容|todo'],
    ['owner', '担当者?|責任者|対応者'],
    ['status', '状態|状況|ステータス|進捗'],
    ['date', '日付|日時'],
    ['topic', '議題|テーマ|項目'],
    ['notes', 'メモ|備考|決定事項|内容'],
  ],
};

/** Every language the readers know; English first, as it reads every page. */
export const LANGUAGES: readonly Words[] = [ENGLISH, GERMAN, FRENCH, SPANISH, JAPANESE];

type List = (words: Words) => string | undefined;

const EDGE_BEFORE = `(?<![${LATIN}0-9_])`;
const EDGE_AFTER = `(?![${LATIN}0-9_])`;

const UMLAUTS: Record<string, string> = { ä: '(?:ä|ae)', ö: '(?:ö|oe)', ü: '(?:ü|ue)', ß: '(?:ß|ss)' };

/**
 * Another language's phrases as patterns: a space stands for any run of spaces, an accented letter also matches
 * without its accent ("Reunion", "Tache"), an umlaut or ß also as "ae", "ss". English's are patterns as written.
 */
function loosen(phrases: string): string {
  return phrases
    .replace(/ /g, '\\s+')
    .replace(/[äöüß]/g, (letter) => UMLAUTS[letter]!)
    .replace(/[àâáéèêëíîïóôúûùñç]/g, (letter) => `[${letter}${letter.normalize('NFD')[0]}]`);
}

/** A language's phrases of a list within its word edges: `start` and `end` say which edges the caller needs. */
export function edged(words: Words, phrases: string, start: boolean, end: boolean): string {
  if (words.edges === 'ascii') return (start ? '\\b' : '') + `(?:${phrases})` + (end ? '\\b' : '');
  const loose = `(?:${loosen(phrases)})`;
  if (words.edges === 'none') return loose;
  return (start ? EDGE_BEFORE : '') + loose + (end ? EDGE_AFTER : '');
}

/**
 * One alternation of a list's phrases across `languages` (all by default), as a non-capturing group; with
 * `edges`, each language's phrases within its own word edges. Patterns built from it need the `u` flag.
 */
export function anyOf(
  list: List,
  edges: 'both' | 'start' | 'end' | 'none' = 'none',
  languages: readonly Words[] = LANGUAGES,
): string {
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
  /**
   * The language whose phrase the text matches (the first in `LANGUAGES` order), if any; with `shown`, only English
   * unless the page has shown another language (for tests run on many lines, where a word cannot reveal one).
   */
  language(text: string, shown?: readonly Words[]): Words | undefined;
}

/**
 * `wrap` places the alternation in its pattern ("^…\\s*:?$"); `edges` as for `anyOf`; of `languages` (all by
 * default). English's pattern first, as it always was; then one of the other languages' (compiled on first use), and
 * only on a match a pattern with each language's phrases in a group of its own, to name the language.
 */
export function phrasePattern(
  list: List,
  wrap: (alternation: string) => string,
  edges: 'both' | 'start' | 'end' | 'none' = 'none',
  languages: readonly Words[] = LANGUAGES,
): PhrasePattern {
  const english =
    languages.includes(ENGLISH) && list(ENGLISH) ? new RegExp(wrap(anyOf(list, edges, [ENGLISH])), 'i') : undefined;
  const others = languages.filter((words) => words !== ENGLISH && list(words));
  const compile = (source: string): RegExp => new RegExp(source, flagsFor(source, 'i'));
  let any: RegExp | undefined;
  let named: RegExp | undefined;
  return {
    language(text, shown) {
      if (english?.test(text)) return ENGLISH;
      if (!others.length || shown?.length === 1) return undefined;
      any ??= compile(wrap(anyOf(list, edges, others)));
      if (!any.test(text)) return undefined;
      named ??= compile(wrap(`(?:${others.map((words, i) => `(?<w${i}>${anyOf(list, edges, [words])})`).join('|')})`));
      const found = named.exec(text)?.groups;
      return found ? others.find((_, i) => found[`w${i}`] !== undefined) : undefined;
    },
  };
}

/** A value built from the languages a page is written in, once for each such set of languages. */
export function perLanguages<T>(build: (languages: readonly Words[]) => T): (languages: readonly Words[]) => T {
  const built = new Map<string, T>();
  // A page's list of languages is one array until it changes: most calls are answered by it alone.
  let last: readonly Words[] | undefined;
  let lastValue: T | undefined;
  return (languages) => {
    if (languages === last) return lastValue!;
    const key = languages.map((words) => words.code).join();
    let value = built.get(key);
    if (value === undefined) {
      value = build(languages);
      built.set(key, value);
    }
    last = languages;
    lastValue = value;
    return value;
  };
}

const looseDates = new Map<Words, DateLanguage>();

/** A language's date shapes as the date parser reads them (loosened like its other phrases), the same object each time. */
function datesOf(words: Words, dates: DateLanguage): DateLanguage {
  let loose = looseDates.get(words);
  if (!loose) {
    const optional = (phrases: string | undefined): string | undefined => phrases && loosen(phrases);
    loose = {
      ...dates,
      written: dates.written.map(loosen),
      before: loosen(dates.before),
      after: optional(dates.after),
      nextBefore: optional(dates.nextBefore),
      nextAfter: optional(dates.nextAfter),
      today: optional(dates.today),
      tomorrow: optional(dates.tomorrow),
      nextWeek: optional(dates.nextWeek),
      endOfWeek: optional(dates.endOfWeek),
    };
    looseDates.set(words, loose);
  }
  return loose;
}

/** The date rules of the languages, for the date parser (English's are always read). */
export const dateLanguages = perLanguages((languages: readonly Words[]): DateLanguage[] =>
  languages.flatMap((words) => (words.dates ? [datesOf(words, words.dates)] : [])),
);
