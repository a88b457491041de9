import { describe, expect, it } from 'vitest';
import { isDoneStatus, isPlaceholder, isStruckThrough, leadingCheck, stripDoneMarker } from '../../lib/extract/markers';
import { findMarkers } from '../../lib/extract/sources/text-marker';
import { page } from '../helpers/load-fixture';

describe('stripDoneMarker', () => {
  it.each([
    ['Send slides (DONE)', 'Send slides'],
    ['Send slides [done]', 'Send slides'],
    ['Order parts UPDATE: DONE', 'Order parts'],
    ['Send slides - done', 'Send slides'],
    ['Send slides: Done.', 'Send slides'],
    ['Merge the fix (DONE https://example.org/pr/12)', 'Merge the fix'],
    ['[DONE 2024-03-01] Book the room', 'Book the room'],
    ['DONE: book the room', 'book the room'],
    ['Book the room ✅', 'Book the room'],
  ])('reads "%s" as done', (text, rest) => {
    expect(stripDoneMarker(text)).toEqual({ text: rest, done: true });
  });

  it.each([
    ['Get it done by Friday'],
    ['Deploy once the build is done.'],
    ['Send slides done'],
    ['Clean up the done column'],
  ])('reads the word inside a sentence as no marker: "%s"', (text) => {
    expect(stripDoneMarker(text)).toEqual({ text, done: false });
  });
});

describe('isDoneStatus', () => {
  it.each([['Done'], ['Closed'], ['Complete'], ['Resolved'], ['yes'], ['✓']])('reads "%s" as done', (text) =>
    expect(isDoneStatus(text)).toBe(true),
  );
  it.each([['In progress'], ['Open'], ['']])('reads "%s" as not done', (text) =>
    expect(isDoneStatus(text)).toBe(false),
  );
});

describe('isPlaceholder', () => {
  it.each([['Type your task here'], ['Your name here'], ['Add an action item here'], ['…']])(
    '"%s" is a template placeholder',
    (text) => expect(isPlaceholder(text)).toBe(true),
  );
  it.each([['Book the room'], ['Add the new item to the budget']])('"%s" is not', (text) =>
    expect(isPlaceholder(text)).toBe(false),
  );
});

describe('isStruckThrough', () => {
  const el = (html: string): Element => {
    const doc = page(`<ul><li>${html}</li></ul>`);
    return doc.querySelector('li')!;
  };
  it.each([
    ['<s>Book the room</s>'],
    ['<del>Book</del> <strike>the room</strike>'],
    ['<span style="text-decoration: line-through;">Book the room</span>'],
  ])('reads %s as struck through', (html) => expect(isStruckThrough(el(html))).toBe(true));
  it.each([['Book the room'], ['<s>Book</s> the room']])('reads %s as not struck through', (html) =>
    expect(isStruckThrough(el(html))).toBe(false),
  );
});

describe('leadingCheck', () => {
  it.each([
    ['☐ open item', false],
    ['☑ done item', true],
    ['✔ done item', true],
    ['✓ done item', true],
    ['✗ dropped item', true],
    ['[ ] open item', false],
    ['[x] done item', true],
    ['- [X] done item', true],
  ])('reads "%s"', (text, checked) => {
    expect(leadingCheck(text)).toEqual({ checked, rest: text.replace(/^.*?(?:\]|[☐☑✔✓✗])\s*/u, '') });
  });

  it('ignores a glyph that does not lead the line', () => {
    expect(leadingCheck('the ☐ glyph')).toBeNull();
  });
});

describe('findMarkers', () => {
  it('finds markers at line and sentence starts, also mid-paragraph', () => {
    const text = 'Fault is back. ACTION: call the vendor. AI: check spares TODO: tidy up';
    expect(findMarkers(text).map((m) => text.slice(m.start, m.end).trim())).toEqual(['ACTION:', 'AI:']);
  });

  it('accepts "Action —" and "ACTION ITEM:"', () => {
    expect(findMarkers('Action — order it').length).toBe(1);
    expect(findMarkers('ACTION ITEM: order it').length).toBe(1);
  });

  it('does not take "the AI: model" or a lower-case "ai:" mid-sentence for a marker', () => {
    expect(findMarkers('Mentioned that the AI: model is fine')).toEqual([]);
    expect(findMarkers('ai: lower case')).toEqual([]);
  });

  it('reads "CARRIED FORWARD: ACTION:" as one carried marker', () => {
    const markers = findMarkers('CARRIED FORWARD: ACTION: Jun to draft it');
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ carried: true });
  });

  it('reads the owner of "ACTION, Name:" and "ACTION(Name):"', () => {
    expect(findMarkers('ACTION, Lena: circulate the slides')[0]).toMatchObject({ owner: 'Lena' });
    expect(findMarkers('ACTION(Ana & Raj): book the room')[0]).toMatchObject({ owner: 'Ana & Raj' });
    expect(findMarkers('Action, not words: that is what counts')).toEqual([]);
  });

  it('reads the owner of "ACTION on Name:" and "Action for Name:", and "Action point:" as a marker', () => {
    expect(findMarkers('ACTION on Ines Silva: chase the auditors')[0]).toMatchObject({ owner: 'Ines Silva' });
    expect(findMarkers('Action for Jun: renew the insurance')[0]).toMatchObject({ owner: 'Jun' });
    expect(findMarkers('Action point: Gita to draft the letter')[0]).toMatchObject({ start: 0, end: 13 });
    expect(findMarkers('Action required: a sentence about something')).toEqual([]);
    expect(findMarkers('Action Plan: a heading, not an owner')).toEqual([]);
    expect(findMarkers('Action for review: a sentence')).toEqual([]);
    expect(findMarkers('Action items from last week: see below')).toEqual([]);
  });

  it('reads "CARRY OVER:" as carried, and a bracketed status before the marker', () => {
    expect(findMarkers('CARRY OVER: Jun to draft it')[0]).toMatchObject({ carried: true });
    expect(findMarkers('[NEW] ACTION: jdoe to draft it')[0]).toMatchObject({ start: 6, carried: false });
    expect(findMarkers('[DONE] ACTION: jdoe to draft it')[0]).toMatchObject({ done: true });
  });
});
