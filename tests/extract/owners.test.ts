import { describe, expect, it } from 'vitest';
import { namesIn, plainOwner, stripStatusPrefix } from '../../lib/extract/owners';

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
  ])('finds no owner in "%s"', (text) => {
    expect(plainOwner(text)).toBeNull();
  });

  it('reads "Name verb …" only after a marker', () => {
    expect(plainOwner('Tom check the spares list', true)).toMatchObject({ owners: [{ name: 'Tom' }], text: 'Tom check the spares list' });
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
