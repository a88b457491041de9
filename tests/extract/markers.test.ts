import { describe, expect, it } from 'vitest';
import { leadingCheck, plainOwner, stripDoneMarker } from '../../lib/extract/markers';
import { findMarkers } from '../../lib/extract/sources/text-marker';

describe('stripDoneMarker', () => {
  it.each([
    ['Send slides (DONE)', 'Send slides'],
    ['Send slides [done]', 'Send slides'],
    ['Order parts UPDATE: DONE', 'Order parts'],
    ['Send slides - done', 'Send slides'],
    ['Send slides done', 'Send slides'],
  ])('reads "%s" as done', (text, rest) => {
    expect(stripDoneMarker(text)).toEqual({ text: rest, done: true });
  });

  it('leaves a text without a marker open', () => {
    expect(stripDoneMarker('Get it done by Friday')).toEqual({ text: 'Get it done by Friday', done: false });
  });
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

describe('plainOwner', () => {
  it.each([
    ['Bob to send slides', 'Bob', 'Bob to send slides'],
    ['Sam Chu will write it', 'Sam Chu', 'Sam Chu will write it'],
    ['Lena: circulate the slides', 'Lena', 'circulate the slides'],
    ['KTL - check the logs', 'KTL', 'check the logs'],
  ])('finds the owner in "%s"', (text, owner, rest) => {
    expect(plainOwner(text)).toEqual({ owner: { name: owner }, text: rest });
  });

  it.each([['We will meet again'], ['send the slides'], ['Update the docs']])('finds no owner in "%s"', (text) => {
    expect(plainOwner(text)).toBeNull();
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
});
