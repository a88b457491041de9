import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../lib/overlay/match-quote';

const NONE = { prefix: '', suffix: '' };
const found = (text: string, quote: string, context = NONE, tolerance?: number) => {
  const match = matchQuote(text, quote, context, tolerance);
  return match && text.slice(match.start, match.end);
};

describe('matchQuote', () => {
  it('finds an exact occurrence with a full score', () => {
    const text = 'Decisions. Ann to book the room. Bob to call.';
    expect(matchQuote(text, 'Ann to book the room', NONE)).toEqual({ start: 11, end: 31, score: 1 });
  });

  it.each([
    ['one letter changed', 'Ann to book the rooms by Friday', 'Ann to book the room by Friday'],
    ['a letter dropped', 'Ann to bok the room by Friday', 'Ann to book the room by Friday'],
    ['a word added', 'Ann to book the big room by Friday', 'Ann to book the room by Friday'],
    ['the day changed', 'Ann to book the room by Monday', 'Ann to book the room by Friday'],
  ])('finds the passage with %s', (_name, now, quote) => {
    expect(found(`Minutes. ${now}. Next meeting in May.`, quote)).toBe(now);
  });

  it('scores an edited passage below an exact one', () => {
    expect(matchQuote('Ann to book the rooms by Friday', 'Ann to book the room by Friday', NONE)!.score).toBeLessThan(
      1,
    );
  });

  it('prefers an exact occurrence to an edited one whose context fits better', () => {
    const text = 'Team: Ann to book a room. Board: Ann to book the room.';
    expect(matchQuote(text, 'Ann to book the room', { prefix: 'Team: ', suffix: '.' })!.start).toBe(
      text.lastIndexOf('Ann'),
    );
  });

  it('picks the repeat whose prefix and suffix fit, also when they changed a little', () => {
    const text = 'Monday: send the minutes to the team. Friday: send the minutes to the board.';
    expect(matchQuote(text, 'send the minutes', { prefix: 'Fridey: ', suffix: ' to the boards' })!.start).toBe(
      text.lastIndexOf('send'),
    );
  });

  it('breaks a tie by the position the quote was made at', () => {
    const text = 'send it; send it; send it';
    expect(matchQuote(text, 'send it', { ...NONE, hint: 9 })!.start).toBe(9);
    expect(matchQuote(text, 'send it', { ...NONE, hint: 30 })!.start).toBe(18);
  });

  it('gives up on a passage changed by more than a quarter of its length', () => {
    expect(found('Ann to reserve a hall on Monday', 'Ann to book the room by Friday')).toBeNull();
  });

  it('matches exactly only with no tolerance, or for a short quote', () => {
    expect(found('Ann to book the rooms by Friday', 'Ann to book the room by Friday', NONE, 0)).toBeNull();
    expect(found('Call Bob now', 'Call Rob')).toBeNull();
  });

  it('finds nothing for an empty quote or in an empty text', () => {
    expect(matchQuote('some text', '', NONE)).toBeNull();
    expect(matchQuote('', 'Ann to book the room', NONE)).toBeNull();
  });
});
