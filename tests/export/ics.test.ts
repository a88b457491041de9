import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../lib/export/ics';
import type { Action } from '../../lib/model/action';
import { AWKWARD_TEXTS, makeAction } from '../helpers/make-action';

const NOW = new Date('2026-03-04T10:05:06.789Z');

function calendar(actions: Action[], events = false): ICAL.Component {
  return new ICAL.Component(ICAL.parse(toICalendar(actions, { now: NOW, events })));
}

function only(actions: Action[], kind: 'vtodo' | 'vevent' = 'vtodo'): ICAL.Component {
  const components = calendar(actions, kind === 'vevent').getAllSubcomponents();
  expect(components).toHaveLength(1);
  expect(components[0]!.name).toBe(kind);
  return components[0]!;
}

const value = (component: ICAL.Component, name: string): string | undefined => {
  const v: unknown = component.getFirstPropertyValue(name);
  return v === null ? undefined : String(v);
};

describe('toICalendar', () => {
  it('opens with the calendar properties RFC 5545 requires, each once', () => {
    const ics = toICalendar([], { now: NOW });
    expect(ics).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Agendum//Agendum//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n',
    );
    expect(calendar([]).getAllSubcomponents()).toEqual([]);
  });

  it('writes an open action as a VTODO needing action', () => {
    const todo = only([
      makeAction({
        due: '2026-03-06',
        assignees: [{ name: 'Cristián Silva' }, { name: 'Zoë Ng' }],
        topic: 'Budget',
        note: 'Ask Finance',
      }),
    ]);
    expect(value(todo, 'uid')).toBe('wiki.example.org%3A1001%3A1@agendum');
    expect(value(todo, 'dtstamp')).toBe('2026-03-04T10:05:06Z');
    expect(value(todo, 'summary')).toBe('Send the minutes');
    expect(value(todo, 'description')).toBe(
      [
        'Assignees: Cristián Silva, Zoë Ng',
        'Meeting: Team sync (2026-03-02)',
        'Topic: Budget',
        'Note: Ask Finance',
        'Source: https://wiki.example.org/pages/viewpage.action?pageId=1001',
      ].join('\n'),
    );
    expect(value(todo, 'url')).toBe('https://wiki.example.org/pages/viewpage.action?pageId=1001');
    expect(todo.getFirstProperty('due')!.type).toBe('date');
    expect(value(todo, 'due')).toBe('2026-03-06');
    expect(value(todo, 'status')).toBe('NEEDS-ACTION');
    expect(value(todo, 'percent-complete')).toBe('0');
    expect(value(todo, 'completed')).toBeUndefined();
    expect(value(todo, 'categories')).toBe('Agendum');
  });

  it('writes a done action as COMPLETED, 100 %, with the completion time in UTC', () => {
    const todo = only([makeAction({ status: 'done', completedAt: '2026-03-05T11:30:00+02:00' })]);
    expect(value(todo, 'status')).toBe('COMPLETED');
    expect(value(todo, 'percent-complete')).toBe('100');
    expect(value(todo, 'completed')).toBe('2026-03-05T09:30:00Z');
  });

  it.each([
    ['unknown', undefined],
    ['not a date', 'yesterday'],
  ])('leaves COMPLETED out of a done action when its completion time is %s', (_, completedAt) => {
    const todo = only([makeAction({ status: 'done', completedAt })]);
    expect(value(todo, 'status')).toBe('COMPLETED');
    expect(value(todo, 'completed')).toBeUndefined();
  });

  it('leaves DUE out when there is no due date', () => {
    expect(only([makeAction()]).hasProperty('due')).toBe(false);
  });

  it.each([['javascript:alert(1)'], ['file:///home/me/page.html'], ['not a url']])(
    'gives no URL for a source page at %s',
    (url) => {
      const todo = only([makeAction({ sourcePage: { title: 'Team sync', url } })]);
      expect(todo.hasProperty('url')).toBe(false);
    },
  );

  it('keeps the UID of an action the same from one export to the next, and apart from other actions', () => {
    const id = 'wiki.example.org:page 1;x,y\\z';
    const first = new ICAL.Component(ICAL.parse(toICalendar([makeAction({ id })], { now: NOW })));
    const later = new ICAL.Component(
      ICAL.parse(toICalendar([makeAction({ id, text: 'Edited' })], { now: new Date('2027-01-01T00:00:00Z') })),
    );
    const other = only([makeAction({ id: 'wiki.example.org:page 1;x,y\\y' })]);
    const uid = value(first.getFirstSubcomponent('vtodo')!, 'uid');
    expect(value(later.getFirstSubcomponent('vtodo')!, 'uid')).toBe(uid);
    expect(value(other, 'uid')).not.toBe(uid);
    expect(uid).toMatch(/^[A-Za-z0-9%._~!*'()-]+@agendum$/);
  });

  it.each(AWKWARD_TEXTS)('gives back a text with %s unchanged after escaping and folding', (_, text) => {
    const todo = only([makeAction({ text, topic: text })]);
    const expected = text.replace(/\r\n/g, '\n');
    expect(value(todo, 'summary')).toBe(expected);
    expect(value(todo, 'description')).toContain(`Topic: ${expected}`);
  });

  it.each(AWKWARD_TEXTS)(
    'keeps every line of an export with %s within 75 octets and whole UTF-8 characters',
    (_, text) => {
      const ics = toICalendar([makeAction({ text, note: text }), makeAction({ text, due: '2026-03-06' })], {
        now: NOW,
      });
      expect(ics.endsWith('\r\n')).toBe(true);
      const lines = ics.slice(0, -2).split('\r\n');
      for (const line of lines) {
        expect(line).not.toMatch(/[\r\n]/);
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        // A line cut inside a character would hold half a surrogate pair, which UTF-8 cannot encode.
        expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      }
    },
  );

  it('folds before a two-octet character that would cross 75 octets, each continuation starting with a space', () => {
    const lines = toICalendar([makeAction({ text: 'é'.repeat(200) })], { now: NOW }).split('\r\n');
    const summary = lines.slice(lines.findIndex((l) => l.startsWith('SUMMARY:')));
    expect(summary.slice(0, 3).map((l) => Buffer.byteLength(l))).toEqual([74, 75, 75]);
    expect(summary[1]!.startsWith(' ')).toBe(true);
  });

  it('drops control characters, which TEXT values may not hold, and keeps tabs', () => {
    const todo = only([makeAction({ text: 'a\u0000b\u0007c\td\u001Fe' })]);
    expect(value(todo, 'summary')).toBe('abc\tde');
  });
});

describe('toICalendar with events', () => {
  it('writes a due action as an all-day VEVENT ending the next day', () => {
    const event = only([makeAction({ due: '2026-03-06' })], 'vevent');
    expect(event.getFirstProperty('dtstart')!.type).toBe('date');
    expect(value(event, 'dtstart')).toBe('2026-03-06');
    expect(event.getFirstProperty('dtend')!.type).toBe('date');
    expect(value(event, 'dtend')).toBe('2026-03-07');
    expect(value(event, 'uid')).toBe('wiki.example.org%3A1001%3A1-due@agendum');
    expect(value(event, 'dtstamp')).toBe('2026-03-04T10:05:06Z');
    expect(value(event, 'summary')).toBe('Send the minutes');
    expect(value(event, 'url')).toBe('https://wiki.example.org/pages/viewpage.action?pageId=1001');
    expect(value(event, 'transp')).toBe('TRANSPARENT');
    expect(event.hasProperty('status')).toBe(false);
  });

  it.each([
    ['2026-02-28', '2026-03-01'],
    ['2028-02-28', '2028-02-29'],
    ['2026-12-31', '2027-01-01'],
  ])('ends an event due %s on %s', (due, end) => {
    expect(value(only([makeAction({ due })], 'vevent'), 'dtend')).toBe(end);
  });

  it('leaves out actions without a due date', () => {
    const events = calendar(
      [makeAction({ id: 'a' }), makeAction({ id: 'b', due: '2026-03-06' }), makeAction({ id: 'c', status: 'done' })],
      true,
    );
    expect(events.getAllSubcomponents().map((c) => value(c, 'uid'))).toEqual(['b-due@agendum']);
  });

  it('writes no VTODO', () => {
    expect(calendar([makeAction({ due: '2026-03-06' })], true).getAllSubcomponents('vtodo')).toEqual([]);
  });
});
