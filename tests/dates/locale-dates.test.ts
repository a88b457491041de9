// Dates as German, French, Spanish and Japanese minutes write them, read with the languages' rules
// (lib/dates/locale-dates.ts, the shapes in lib/extract/words.ts, the names from Intl).
import { describe, expect, it } from 'vitest';
import { findAllDates, findDate } from '../../lib/dates/parse-date';
import { dateLanguages, FRENCH, GERMAN, JAPANESE, SPANISH, type Words } from '../../lib/extract/words';

// Thursday 2023-03-09, the meeting the relative deadlines count from.
const MEETING = '2023-03-09';
const read = (text: string, words: Words, reference: string | undefined = MEETING) => {
  const found = findDate(text, reference, dateLanguages([words]));
  return found && { date: found.date, words: text.slice(found.start, found.end), language: found.language };
};

type Case = [text: string, date: string, phrase: string];

describe.each<[string, Words, Case[]]>([
  [
    'German',
    GERMAN,
    [
      ['Protokoll 14. März 2023', '2023-03-14', '14. März 2023'],
      ['Sitzung am Dienstag, 14. März 2023', '2023-03-14', 'am Dienstag, 14. März 2023'],
      ['Besprechung 14.3.2023', '2023-03-14', '14.3.2023'],
      ['Entwurf prüfen bis 12.03.2024', '2024-03-12', 'bis 12.03.2024'],
      ['Angebot einholen bis zum 12. März', '2023-03-12', 'bis zum 12. März'],
      ['Tickets prüfen bis Freitag', '2023-03-10', 'bis Freitag'],
      ['Tickets prüfen bis nächsten Donnerstag', '2023-03-16', 'bis nächsten Donnerstag'],
      ['Kalender pflegen bis Ende der Woche', '2023-03-10', 'bis Ende der Woche'],
      ['Raum buchen bis morgen', '2023-03-10', 'bis morgen'],
    ],
  ],
  [
    'French',
    FRENCH,
    [
      ['Compte rendu du 9 mars 2023', '2023-03-09', '9 mars 2023'],
      ['Réunion du jeudi 9 mars 2023', '2023-03-09', 'jeudi 9 mars 2023'],
      ["Envoyer le devis d'ici le 12/03/2024", '2024-03-12', "d'ici le 12/03/2024"],
      ['Relancer le fournisseur avant le 12 mars', '2023-03-12', 'avant le 12 mars'],
      ['Préparer la salle pour le 1er avril', '2023-04-01', 'pour le 1er avril'],
      ["Mettre à jour la doc d'ici vendredi", '2023-03-10', "d'ici vendredi"],
      ['Relire le plan pour mardi prochain', '2023-03-14', 'pour mardi prochain'],
    ],
  ],
  [
    'Spanish',
    SPANISH,
    [
      ['Fecha: Jueves 09/03/2023', '2023-03-09', 'Jueves 09/03/2023'],
      ['Enviar el acta para el 12/03/2024', '2024-03-12', 'para el 12/03/2024'],
      ['Contactar al proveedor antes del 12 de marzo', '2023-03-12', 'antes del 12 de marzo'],
      ['Reunión del 9 de marzo de 2023', '2023-03-09', '9 de marzo de 2023'],
      ['Revisar el presupuesto antes del martes', '2023-03-14', 'antes del martes'],
      ['Renovar las licencias para mañana', '2023-03-10', 'para mañana'],
    ],
  ],
  [
    'Japanese',
    JAPANESE,
    [
      ['開発定例 2023年3月9日（木）', '2023-03-09', '2023年3月9日（木）'],
      ['資料を3月12日までに送付', '2023-03-12', '3月12日までに'],
      ['見積もり（期限：3/15）', '2023-03-15', '期限：3/15'],
      ['テスト環境を金曜日までに準備する', '2023-03-10', '金曜日までに'],
      ['レビューを金曜までに', '2023-03-10', '金曜までに'],
    ],
  ],
])('%s', (_name, words, cases) => {
  it.each(cases)('reads "%s" as %s ("%s")', (text, date, phrase) => {
    expect(read(text, words)).toEqual({ date, words: phrase, language: words.code });
  });
});

describe('dates of other languages', () => {
  it('read day-first numbers only in the languages that write them', () => {
    expect(findDate('due 03/04/2024')).toBeNull();
    expect(findDate('pour le 03/04/2024', undefined, dateLanguages([FRENCH]))?.date).toBe('2024-04-03');
    // Japanese writes the month first.
    expect(findDate('期限：4/3', MEETING, dateLanguages([JAPANESE]))?.date).toBe('2023-04-03');
  });

  it('need their deadline word for a weekday: "Dienstag besprochen" names no deadline, "bis Dienstag" does', () => {
    expect(findDate('Wurde Dienstag besprochen', MEETING, dateLanguages([GERMAN]))).toBeNull();
    expect(findDate('Prüfen bis Dienstag', MEETING, dateLanguages([GERMAN]))?.date).toBe('2023-03-14');
  });

  it('read relative deadlines only against a reference date', () => {
    expect(findDate("d'ici vendredi", undefined, dateLanguages([FRENCH]))).toBeNull();
  });

  it('leave numbered headings and versions alone', () => {
    expect(findAllDates('1.2. Aufgaben, Version 2.3.1', MEETING, dateLanguages([GERMAN]))).toEqual([]);
  });

  it('still read English dates on the same page', () => {
    expect(
      findAllDates('bis 2023-03-15, dann 12. März', MEETING, dateLanguages([GERMAN])).map((m) => [m.date, m.language]),
    ).toEqual([
      ['2023-03-15', undefined],
      ['2023-03-12', 'de'],
    ]);
  });
});
