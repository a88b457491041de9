import { describe, expect, it } from 'vitest';
import { foldName, initialsOf, sameName, splitPeople } from '../../lib/people/names';

describe('foldName', () => {
  it.each([
    ['Cristián Silva', 'cristian silva'],
    ['  Frossie   Economou ', 'frossie economou'],
    ['FROSSIE ECONOMOU', 'frossie economou'],
    ["Wil O'Mullane", 'wil omullane'],
    ['Wil O’Mullane', 'wil omullane'],
    ['Kian-Tat Lim', 'kian tat lim'],
    ['frossie.economou', 'frossie economou'],
    ['Jun_Park', 'jun park'],
    ['K-T', 'kt'],
    ['K. T.', 'kt'],
    ['KT', 'kt'],
    ['@Colin Slater', 'colin slater'],
    ['Zoë Ångström', 'zoe angstrom'],
    ['Ｋｉａｎ', 'kian'],
    ['', ''],
  ])('folds "%s" to "%s"', (name, expected) => {
    expect(foldName(name)).toBe(expected);
  });
});

describe('sameName', () => {
  it.each([
    ['Cristián Silva', 'cristian silva', true],
    ["Wil O'Mullane", 'Wil O’Mullane', true],
    ['Kian-Tat Lim', 'Kian Tat Lim', true],
    ['Frossie', 'Frossie Economou', false],
    ['Tim Jenness', 'Tim Jennes', false],
    ['', '', false],
  ])('judges "%s" and "%s" the same: %s', (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
  });
});

describe('initialsOf', () => {
  it.each([
    ['Kian-Tat Lim', 'KTL'],
    ["Wil O'Mullane", 'WOM'],
    ['Wil O’Mullane', 'WOM'],
    ['Frossie Economou', 'FE'],
    ['cristián silva', 'CS'],
    ['Leanne P. Guy', 'LPG'],
    ['@Colin Slater', 'CS'],
    ['Madonna', 'M'],
    ['', ''],
  ])('abbreviates "%s" as %s', (name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
});

describe('splitPeople', () => {
  it.each([
    ['Colin Slater, Tim Jenness and Eric Bellm', ['Colin Slater', 'Tim Jenness', 'Eric Bellm']],
    ['Colin Slater, Tim Jenness, and Eric Bellm', ['Colin Slater', 'Tim Jenness', 'Eric Bellm']],
    ['Colin Slater / Tim Jenness', ['Colin Slater', 'Tim Jenness']],
    ['@Colin Slater & @Tim Jenness', ['Colin Slater', 'Tim Jenness']],
    ['Leanne; Yusra\nFrossie', ['Leanne', 'Yusra', 'Frossie']],
    ['Andy Connolly and Alexandra Ferdinand', ['Andy Connolly', 'Alexandra Ferdinand']],
    ['Colin Slater,, ', ['Colin Slater']],
    ['  Kian-Tat   Lim ', ['Kian-Tat Lim']],
    ['-', []],
    ['', []],
  ])('splits "%s" into %j', (text, expected) => {
    expect(splitPeople(text)).toEqual(expected);
  });
});
