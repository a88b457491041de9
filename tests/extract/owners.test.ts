import { describe, expect, it } from 'vitest';
import { namesIn, plainOwner, stripStatusPrefix } from '../../lib/extract/owners';
import { ENGLISH, FRENCH, GERMAN, JAPANESE, SPANISH } from '../../lib/extract/words';

describe('plainOwner', () => {
  it.each([
    ['Bob to send slides', ['Bob'], 'Bob to send slides'],
    ['Sam Chu will write it', ['Sam Chu'], 'Sam Chu will write it'],
    ['Lena: circulate the slides', ['Lena'], 'circulate the slides'],
    ['KTL - check the logs', ['KTL'], 'check the logs'],
    ['[Maria] call the vendor', ['Maria'], 'call the vendor'],
    ['Ana & Raj to book the room', ['Ana', 'Raj'], 'Ana & Raj to book the room'],
    ['Ana and Raj Patel will book the room', ['Ana', 'Raj Patel'], 'Ana and Raj Patel will book the room'],
    ['jdoe to draft the plan', ['jdoe'], 'jdoe to draft the plan'],
    ['j_doe will draft the plan', ['j_doe'], 'j_doe will draft the plan'],
    ['Bob and everyone to read it', ['Bob'], 'Bob and everyone to read it'],
    ['Dana Smith (DS) to share the slides', ['Dana Smith'], 'Dana Smith (DS) to share the slides'],
    ['Owner: Sam Lee — update the runbook', ['Sam Lee'], 'update the runbook'],
    ['Owners: Ana Lim, Bo Silva - plan the offsite', ['Ana Lim', 'Bo Silva'], 'plan the offsite'],
    ['Follow up with the vendor (owner: Chen)', ['Chen'], 'Follow up with the vendor'],
    ['Book the room; assigned to: Raj Patel', ['Raj Patel'], 'Book the room'],
    ['Responsible: Gita, Hugo', ['Gita', 'Hugo'], ''],
  ])('finds the owners in "%s"', (text, owners, rest) => {
    expect(plainOwner(text)).toMatchObject({ owners: owners.map((name) => ({ name })), text: rest });
  });

  it.each([
    ['We will meet again'],
    ['send the slides'],
    ['Update the docs'],
    ['Update to the latest version'],
    ['Everyone to update their timesheets'],
    ['Everyone: read the proposal'],
    ['CARRIED FORWARD: Jun to draft it'],
    ['CARRY OVER: Jun to draft it'],
    ['DONE: book the room'],
    ['TODO: book the room'],
    ['NEW: book the room'],
    ['server to be restarted on Friday'],
    ['this needs to be fixed'],
    ['[DONE] book the room'],
    // An owner label is no person's name, and a label naming nobody names no one.
    ['Owner: TBD - update the docs'],
    ['Update the docs (owner: TBD)'],
    ['Assignee: Unassigned - triage the bugs'],
    ['Responsible: the team — clean the board'],
    ['Decide the owner: product or engineering'],
  ])('finds no owner in "%s"', (text) => {
    expect(plainOwner(text)).toBeNull();
  });

  it('reads "Name verb …" only after a marker', () => {
    expect(plainOwner('Tom check the spares list', true)).toMatchObject({
      owners: [{ name: 'Tom' }],
      text: 'Tom check the spares list',
    });
    expect(plainOwner('Tom check the spares list')).toBeNull();
    expect(plainOwner('Check the spares list', true)).toBeNull();
  });
});

describe('namesIn', () => {
  it('keeps people and drops groups', () => {
    expect(namesIn('Ana, Raj and the team')).toEqual([{ name: 'Ana' }, { name: 'Raj' }]);
  });
  it('refuses a phrase that starts with no name', () => {
    expect(namesIn('Everyone')).toBeNull();
    expect(namesIn('We')).toBeNull();
  });
});

describe('stripStatusPrefix', () => {
  it.each([
    ['[NEW] jdoe to draft it', 'jdoe to draft it'],
    ['[PENDING] jdoe to draft it', 'jdoe to draft it'],
    ['NEW: jdoe to draft it', 'jdoe to draft it'],
    ['Newcastle office to reply', 'Newcastle office to reply'],
  ])('"%s" → "%s"', (text, rest) => expect(stripStatusPrefix(text)).toBe(rest));
});

describe('owners as other languages write them', () => {
  const de = [ENGLISH, GERMAN];
  const fr = [ENGLISH, FRENCH];
  const es = [ENGLISH, SPANISH];
  const ja = [ENGLISH, JAPANESE];
  it.each([
    ['Anna - Entwurf prüfen', de, ['Anna'], 'Entwurf prüfen', 'label', undefined],
    ['Anna und Ben: Schulung vorbereiten', de, ['Anna', 'Ben'], 'Schulung vorbereiten', 'label', undefined],
    ['Ben prüft die offenen Tickets', de, ['Ben'], 'Ben prüft die offenen Tickets', 'linked', 'de'],
    ['Angebot einholen (verantwortlich: Ben Krüger)', de, ['Ben Krüger'], 'Angebot einholen', 'owner-label', 'de'],
    ['Zugänge beantragen – zuständig: Clara', de, ['Clara'], 'Zugänge beantragen', 'owner-label', 'de'],
    [
      "Paul et Marie s'occupent de la commande",
      fr,
      ['Paul', 'Marie'],
      "Paul et Marie s'occupent de la commande",
      'linked',
      'fr',
    ],
    [
      'Vérifier les sauvegardes — responsable : Sophie',
      fr,
      ['Sophie'],
      'Vérifier les sauvegardes',
      'owner-label',
      'fr',
    ],
    ['Relancer le fournisseur (Julien)', fr, ['Julien'], 'Relancer le fournisseur', 'trailing', 'fr'],
    ['Revisar el presupuesto (Marta y Jorge)', es, ['Marta', 'Jorge'], 'Revisar el presupuesto', 'trailing', 'es'],
    [
      'Preparar la demo para el comité: Lucía y Pablo',
      es,
      ['Lucía', 'Pablo'],
      'Preparar la demo para el comité',
      'trailing',
      'es',
    ],
    [
      'Pablo se encarga de renovar las licencias',
      es,
      ['Pablo'],
      'Pablo se encarga de renovar las licencias',
      'linked',
      'es',
    ],
    ['Enviar el acta – responsable: Marta', es, ['Marta'], 'Enviar el acta', 'owner-label', 'es'],
    ['見積もりを再提出する（担当：田中、）', ja, ['田中'], '見積もりを再提出する', 'owner-label', 'ja'],
    [
      '田中さんと佐藤さん：リリースノートを作成する',
      ja,
      ['田中', '佐藤'],
      'リリースノートを作成する',
      'label',
      undefined,
    ],
    ['議事録を共有する（山本）', ja, ['山本'], '議事録を共有する', 'trailing', 'ja'],
    ['田中さん 見積もりを出す', ja, ['田中'], '見積もりを出す', 'label', 'ja'],
    ['佐藤さん、田中様 日程を決める', ja, ['佐藤', '田中'], '日程を決める', 'label', 'ja'],
  ] as const)('"%s"', (text, languages, owners, rest, how, language) => {
    expect(plainOwner(text, false, languages)).toEqual({
      owners: owners.map((name) => ({ name })),
      text: rest,
      how,
      ...(language ? { language } : {}),
    });
  });

  it.each([
    ['Alle: Urlaub eintragen', de],
    ['Thema: Budget klären', de],
    ['Tous : relire le document', fr],
    ['Todos: actualizar sus datos', es],
    ['Presupuesto: Marta', es],
    ['全員：設計書をレビューする', ja],
    ['議題：予算について', ja],
    ['資料を準備する（予定）', ja],
    ['皆さん 資料を確認する', ja],
    ['田中 見積もりを出す', ja],
  ] as const)('finds no owner in "%s"', (text, languages) => {
    expect(plainOwner(text, false, languages)).toBeNull();
  });

  it('reads no other language on an English page', () => {
    expect(plainOwner('Revisar el presupuesto (Marta y Jorge)')).toBeNull();
    expect(plainOwner('Anna und Ben: Schulung vorbereiten')).toBeNull();
  });
});
