// Minutes in other languages (lib/extract/words.ts): a page's language comes from its words (and MediaWiki's or a
// plain page's declared content language); a word common in one language never reads a page in another; the
// platform is asked for month and weekday names only once a page is written in that language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractPage, startScan } from '../../lib/extract';
import { parseHtml } from '../../lib/cli/parse-document';
import { fixtureText, loadFixture } from '../helpers/load-fixture';

const mediawiki = (lang: string, title: string, body: string) =>
  parseHtml(
    `<!DOCTYPE html><html lang="${lang}"><head><meta name="generator" content="MediaWiki 1.39.6"><title>${title}</title></head><body>` +
      `<h1 id="firstHeading">${title}</h1><div id="mw-content-text" lang="${lang}"><div class="mw-parser-output">${body}</div></div></body></html>`,
  );
const plain = (lang: string, title: string, body: string) =>
  parseHtml(
    `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`,
  );

describe('pages in other languages that are not minutes give nothing', () => {
  it.each([
    [
      'German: a team page with "Aufgaben", "Maßnahmen", "Tag", "alle", "Aktion:", "bis Freitag"',
      mediawiki(
        'de',
        'Plattform-Team',
        '<p>Das Plattform-Team betreut alle Server. Am Tag der offenen Tür sind alle eingeladen; Anmeldung bis Freitag.</p>' +
          '<h2><span class="mw-headline">Aufgaben</span></h2><ul><li>Betrieb der Server</li><li>Anna Schmidt - Ansprechpartnerin für Zugänge</li><li>Pflege des Wikis</li></ul>' +
          '<h2><span class="mw-headline">Risiken und Maßnahmen</span></h2><h3><span class="mw-headline">Maßnahmen</span></h3><ul><li>Backups täglich prüfen</li><li>Notfallplan jährlich üben</li></ul>' +
          '<p>Aktion: 20 % Rabatt auf Schulungen bis 31.03.2024.</p><p>Todo: nichts. Termin: 14.03.2024</p>' +
          '<h2><span class="mw-headline">Checkliste für neue Kolleginnen</span></h2><ul><li>☐ Zugang beantragen</li><li>☐ Laptop abholen</li></ul>',
      ),
    ],
    [
      'French: an install guide with "Tâches", "Actions disponibles", "Action :", "à faire", "à"',
      plain(
        'fr',
        "Guide d'installation du poste",
        "<p>Ce guide s'adresse à tous les nouveaux arrivants. Action : cliquer sur « Enregistrer » à la fin de chaque étape.</p>" +
          '<h2>Actions disponibles</h2><ul><li>Ouvrir le portail</li><li>Demander un accès</li></ul>' +
          '<h2>Tâches</h2><ul><li>Marie – installation des postes</li><li>Paul – gestion des licences à partir du 3 avril</li></ul>' +
          "<h2>À faire avant l'installation</h2><ol><li>Sauvegarder ses fichiers</li><li>Redémarrer le poste</li></ol>" +
          '<form><label><input type="checkbox"> Recevoir la lettre d\'information</label></form>',
      ),
    ],
    [
      'Spanish: a club history with "Todo:", "Acciones", "Tareas", "Acción:", "a", "todos"',
      mediawiki(
        'es',
        'Historia del club',
        '<p>Todo: el equipo ganó la liga en 1998 y todos lo celebraron. La sede se mudó a Valencia el 12 de marzo de 2004.</p>' +
          '<h2><span class="mw-headline">Acciones</span></h2><p>El club emitió acciones en 2010.</p><ul><li>Marta y Jorge compraron acciones para el martes</li></ul>' +
          '<h2><span class="mw-headline">Tareas</span></h2><ul><li>Entrenador: preparar la temporada</li><li>Tesorería: cuentas anuales</li></ul>' +
          '<p>Acción: se pulsa el botón «Guardar».</p>',
      ),
    ],
    [
      'Japanese: how to book a meeting room, with "会議室", "タスク", "全員", "宿題"',
      plain(
        'ja',
        '会議室の予約方法',
        '<p>会議室は全員が予約できます。予約は3月12日まで受け付けます。</p>' +
          '<h2>タスク</h2><ul><li>田中さん：受付の担当</li><li>備品の確認（佐藤）</li></ul>' +
          '<h2>手順</h2><ol><li>予約システムを開く</li><li>部屋を選ぶ</li></ol><p>宿題の提出は不要です。</p>',
      ),
    ],
  ])('%s', (_name, doc) => {
    const extraction = extractPage(doc, { today: '2024-03-14' });
    expect(extraction.tasks).toEqual([]);
    expect(extraction.agenda).toEqual([]);
    expect(extraction.suggestions).toEqual([]);
    expect(extraction.page.isMeeting).toBe(false);
  });
});

describe('a word of one language does not read a page in another', () => {
  it('reads an English page with English words only: German joins and French day-first dates stay words', () => {
    const doc = plain(
      'en',
      'Team sync 2024-03-14',
      '<h2>Action items</h2><ul><li>Anna und Ben: prepare the demo by 03/04/2024</li><li>Ana and Raj: book the room</li><li>Tag the release (Lena)</li></ul>',
    );
    const tasks = extractPage(doc).tasks;
    expect(tasks.map((t) => [t.text, t.assignees.map((p) => p.name), t.due])).toEqual([
      // "und" joins no names in English, and 03/04/2024 could be March or April.
      ['Anna und Ben: prepare the demo by 03/04/2024', [], null],
      ['book the room', ['Ana', 'Raj'], null],
      // "(Name)" ending an item is how Spanish, French, German and Japanese minutes name owners, not English ones.
      ['Tag the release (Lena)', [], null],
    ]);
  });

  it('reads "Todo:" as a marker on an English page, not as the first word of a Spanish sentence', () => {
    const english = plain('en', 'Notes', '<p>Todo: book the room for Friday.</p>');
    const spanish = plain('es', 'Notas', '<p>Todo: el equipo está de acuerdo.</p>');
    expect(extractPage(english).tasks.map((t) => t.text)).toEqual(['book the room for Friday']);
    expect(extractPage(spanish).tasks).toEqual([]);
  });

  it('reads English words on a page in another language once the page reads as minutes', () => {
    const doc = mediawiki(
      'fr',
      'Réunion du 9 mars 2023',
      '<h2><span class="mw-headline">Action items</span></h2><ul><li>Marie : envoyer le compte rendu</li></ul>',
    );
    expect(extractPage(doc).tasks.map((t) => [t.text, t.assignees.map((p) => p.name)])).toEqual([
      ['envoyer le compte rendu', ['Marie']],
    ]);
  });

  it('reads day-first numeric dates once the page is in a language that writes them', () => {
    const doc = mediawiki(
      'fr',
      'Réunion',
      '<h2><span class="mw-headline">Actions à mener</span></h2><ul><li>Marie : envoyer le compte rendu pour le 03/04/2024</li></ul>',
    );
    expect(extractPage(doc).tasks[0]).toMatchObject({ text: 'envoyer le compte rendu', due: '2024-04-03' });
  });
});

describe('Japanese action lines', () => {
  it('leaves the sentence’s 。 out of the action, as an English line’s full stop, and reads a name before a space', () => {
    const doc = plain(
      'ja',
      '定例会議 2026-11-30',
      '<p>アクション：佐藤さん：資料を送る。</p><p>宿題：田中さん 見積もりを出す。次回確認。</p><p>宿題：皆さん 資料を確認する。</p>',
    );
    expect(extractPage(doc).tasks.map((t) => [t.text, t.assignees.map((p) => p.name)])).toEqual([
      ['資料を送る', ['佐藤']],
      ['見積もりを出す', ['田中']],
      ['皆さん 資料を確認する', []],
    ]);
  });
});

describe('month and weekday names from the platform', () => {
  const RealFormat = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = RealFormat;
  });

  it('are asked for only when a page is written in the language, and only once', async () => {
    // A fresh extractor: the names are worked out once per language and module instance.
    vi.resetModules();
    const { extractPage } = await import('../../lib/extract');
    const asked: unknown[] = [];
    Intl.DateTimeFormat = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      asked.push(locales);
      return new RealFormat(locales, options);
    } as typeof Intl.DateTimeFormat;
    for (const name of [
      'confluence-server/dmlt-2022-10-18.html',
      'mediawiki/irc-meeting-log.html',
      'markdown/github-wiki-team-sync.html',
      'generic/plain-minutes.html',
    ]) {
      extractPage(loadFixture(name), { today: '2024-03-14' });
    }
    expect(asked).toEqual([]);
    extractPage(loadFixture('confluence-server/protokoll-teamrunde-2024-03-14.html'));
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(asked)).toEqual(new Set(['de']));
    const count = asked.length;
    extractPage(loadFixture('confluence-server/protokoll-teamrunde-2024-03-14.html'));
    expect(asked.length).toBe(count);
  });

  it('are worked out in steps of their own, the walk waiting, so a live page never reads them in one long task', () => {
    const steps = (doc: Document): boolean[] => {
      const scanner = startScan(doc, { today: '2024-03-14' });
      const done: boolean[] = [];
      while (!done.at(-1)) done.push(scanner.step(() => false));
      return done;
    };
    const english = plain('en', 'Team sync', '<h2>Action items</h2><ul><li>Ana to book the room by Friday</li></ul>');
    expect(steps(english)).toEqual([true]);
    // Nothing in the title names the language: the heading "Offene Punkte" does, midway.
    const german = plain(
      '',
      'Team Plattform',
      `${'<p>Notiz</p>'.repeat(5)}<h2>Offene Punkte</h2><ul><li>Anna - Angebot einholen bis Freitag</li></ul>`,
    );
    const taken = steps(german);
    expect(taken.length).toBeGreaterThan(3);
    expect(taken.slice(0, -1).every((done) => !done)).toBe(true);
  });

  it('read the element that showed the language in it, and the title again', () => {
    // The first German words are a dated heading's; the title's date is German too.
    const doc = plain(
      '',
      'Teamrunde 07.03.2024',
      '<h2>Sitzung vom 14. März 2024</h2><h3>Offene Punkte</h3><ul><li>Anna - Angebot einholen bis Freitag</li></ul>',
    );
    const { page, tasks } = extractPage(doc);
    expect(page.meetingDates).toEqual(['2024-03-07', '2024-03-14']);
    expect(tasks.map((t) => [t.text, t.assignees.map((p) => p.name), t.due, t.meetingDate])).toEqual([
      ['Angebot einholen', ['Anna'], '2024-03-15', '2024-03-14'],
    ]);
  });
});

describe('--explain codes', () => {
  it('record which language took each action and read its owner and due date', async () => {
    const { scanPage } = await import('../../lib/extract');
    const scan = scanPage(parseHtml(fixtureText('mediawiki/compte-rendu-2023-03-09.html')), { explain: true });
    expect(scan.explanation?.languages).toEqual(['en', 'fr']);
    const [first, second] = scan.explanation!.actions.map((action) => action.read);
    // "ACTION : Marie envoie … d'ici le 13/03/2023.": an English marker, a French verb and French date words.
    expect([first!.language, first!.ownerLanguage, first!.dueLanguage]).toEqual(['en', 'fr', 'fr']);
    // "À FAIRE : réserver la salle … (Julien)".
    expect([second!.language, second!.ownerLanguage, second!.dueLanguage]).toEqual(['fr', 'fr', undefined]);
  });
});
