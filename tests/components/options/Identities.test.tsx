/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Identities } from '../../../components/options/Identities';
import type { Identity } from '../../../lib/model/identity';

let container: HTMLElement;

afterEach(() => {
  render(null, container);
  container.remove();
});

const identity = (overrides: Partial<Identity>): Identity => ({
  names: [],
  aliases: [],
  usernames: [],
  accountIds: [],
  userKeys: [],
  ...overrides,
});
const kt = identity({ site: 'confluence.example.org', names: ['Kian-Tat Lim'], aliases: ['K-T'], usernames: ['ktl'] });

function show(identities: Identity[]) {
  const onChange = vi.fn<(identities: Identity[]) => void>();
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<Identities identities={identities} onChange={onChange} />, container));
  return onChange;
}

const field = (label: RegExp): HTMLInputElement | HTMLTextAreaElement => {
  const found = [...container.querySelectorAll('label')].find((l) => label.test(l.textContent ?? ''));
  const control = found && container.querySelector(`#${found.htmlFor}`);
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement))
    throw new Error(`no field ${label}`);
  return control;
};
const button = (name: RegExp) => [...container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));

function edit(control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('Identities', () => {
  it('shows each identity with its site and its lists, one entry per line', () => {
    show([kt]);
    expect(container.querySelector('legend')?.textContent).toBe('On confluence.example.org');
    expect(field(/^Site/).value).toBe('confluence.example.org');
    expect(field(/^Names/).value).toBe('Kian-Tat Lim');
    expect(field(/^Aliases/).value).toBe('K-T');
    expect(field(/^Usernames/).value).toBe('ktl');
  });

  it('saves a list when the field is left, trimmed, without blank lines or repeats', () => {
    const onChange = show([kt]);
    edit(field(/^Aliases/), ' K-T \n\nKT\nKTL\nKT');
    expect(onChange).toHaveBeenCalledWith([{ ...kt, aliases: ['K-T', 'KT', 'KTL'] }]);
  });

  it('takes a handle typed with its "@" as a username', () => {
    const onChange = show([kt]);
    expect(field(/^Usernames and handles/).closest('fieldset')?.textContent).toContain('handle minutes name you by');
    edit(field(/^Usernames/), 'ktl\n@kt_lim');
    expect(onChange).toHaveBeenCalledWith([{ ...kt, usernames: ['ktl', 'kt_lim'] }]);
  });

  it('keeps a comma inside a name', () => {
    const onChange = show([kt]);
    edit(field(/^Names/), 'Lim, Kian-Tat');
    expect(onChange.mock.calls[0]?.[0][0]?.names).toEqual(['Lim, Kian-Tat']);
  });

  it.each<[string, string | undefined]>([
    ['https://Wiki.Example.org/display/X', 'wiki.example.org'],
    ['wiki.example.org/display/X', 'wiki.example.org'],
    ['  ', undefined],
  ])('reads the site %j as %j (blank: every site)', (typed, site) => {
    const onChange = show([kt]);
    edit(field(/^Site/), typed);
    const saved = onChange.mock.calls[0]?.[0][0];
    expect(saved?.site).toBe(site);
    expect(saved && 'site' in saved).toBe(site !== undefined);
  });

  it('offers the initials of the first name as an alias until it is one', () => {
    const onChange = show([kt]);
    act(() => button(/Add initials “KTL”/)?.click());
    expect(onChange).toHaveBeenCalledWith([{ ...kt, aliases: ['K-T', 'KTL'] }]);
    render(null, container);
    show([{ ...kt, aliases: ['K.T.L.'] }]);
    expect(button(/Add initials/)).toBeUndefined();
  });

  it('adds an empty identity for every site, and removes one', () => {
    const other = identity({ names: ['Tim Jenness'] });
    const onChange = show([kt, other]);
    act(() => button(/^Add an identity$/)?.click());
    expect(onChange).toHaveBeenLastCalledWith([kt, other, identity({})]);
    act(() =>
      [...container.querySelectorAll('button')].filter((b) => b.textContent === 'Remove this identity')[0]?.click(),
    );
    expect(onChange).toHaveBeenLastCalledWith([other]);
  });

  it('says so when there is no identity yet', () => {
    show([]);
    expect(container.textContent).toContain('No identity yet.');
  });
});
