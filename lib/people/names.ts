// Person names as pages write them: a folded form for comparing, initials, splitting an owner cell, and a
// name without the characters that would reorder it on screen. Pure string functions.
import { memoize } from '../memo';

const APOSTROPHES = /['’‘ʼ`´]/g;
const JOINERS = /[-‐‑–—._]+/g;

/**
 * A name folded for comparison: accents stripped (Cristián → cristian), lower case, apostrophes dropped
 * (O’Mullane = O'Mullane), hyphens/dots/underscores as spaces, single letters run together so that "K-T",
 * "K. T." and "KT" agree, single spaces. A leading "@" (a mention) is ignored.
 */
// The same few people are named on every task of a page or a store: each spelling is folded once.
export const foldName = memoize((name: string): string => {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(JOINERS, ' ')
    .replace(/^\s*@/, '')
    .split(/\s+/)
    .filter(Boolean);
  const folded: string[] = [];
  let letters = '';
  for (const word of words) {
    if (word.length === 1) {
      letters += word;
      continue;
    }
    if (letters) folded.push(letters);
    letters = '';
    folded.push(word);
  }
  if (letters) folded.push(letters);
  return folded.join(' ');
});

/** The same person's name as written twice, up to accents, case, punctuation and spacing. */
export function sameName(a: string, b: string): boolean {
  const folded = foldName(a);
  return folded !== '' && folded === foldName(b);
}

/**
 * Upper-case initials of every word and hyphenated part ("Kian-Tat Lim" → "KTL"); an elided "O'" or "D'"
 * counts as its own part ("Wil O'Mullane" → "WOM"), as minute-takers abbreviate.
 */
export function initialsOf(name: string): string {
  return name
    .replace(/^\s*@/, '')
    .split(/[\s\-‐‑–—._]+/)
    .flatMap((part) => part.split(APOSTROPHES))
    .map((part) => /\p{L}/u.exec(part)?.[0] ?? '')
    .join('')
    .toUpperCase();
}

// Commas, semicolons, slashes, ampersands, plus signs, line breaks and the word "and".
const PEOPLE_SEPARATOR = /\s*(?:[,;/&+\n]|\band\b)\s*/iu;

/**
 * The names in an owner cell: "Colin Slater, Tim Jenness and Eric Bellm", "Colin Slater / Tim Jenness".
 * A leading "@" goes; parts with no letter at all ("", "-") are dropped. `joins`: how other languages join
 * names ("und", "y", "と"), split on as well.
 */
export function splitPeople(text: string, joins?: RegExp): string[] {
  const parts = text.split(PEOPLE_SEPARATOR);
  return (joins ? parts.flatMap((part) => part.split(joins)) : parts)
    .map((part) => part.replace(/^@/, '').replace(/\s+/g, ' ').trim())
    .filter((part) => /\p{L}/u.test(part));
}

// Embedding, override and isolate controls and the directional marks: a name holding them can show another
// order of letters than it has (a right-to-left override makes "moc.evil" read "live.com").
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` without the characters that reorder how it shows. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
