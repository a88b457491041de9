/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoredData } from '../../../components/options/StoredData';

let container: HTMLElement;

afterEach(() => {
  render(null, container);
  container.remove();
});

const sites = [
  { origin: 'https://wiki.example.org', actions: 1200, bytes: 2_400_000 },
  { origin: 'https://evil.example', actions: 1, bytes: 300 },
];

function show(onForget = vi.fn(async () => 1)) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<StoredData sites={sites} onForget={onForget} />, container));
  return onForget;
}

const buttons = (origin: string) =>
  [...container.querySelectorAll(`li[data-origin="${origin}"] button`)] as HTMLButtonElement[];

describe('StoredData', () => {
  it('lists each site with its actions and about what they take', () => {
    show();
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'https://wiki.example.org 1,200 actions, about 2.4 MBForget…',
      'https://evil.example 1 action, about 1 KBForget…',
    ]);
  });

  it('forgets a site only once asked twice, and says what went', async () => {
    const onForget = show();
    await act(() => buttons('https://evil.example')[0]!.click());
    expect(onForget).not.toHaveBeenCalled();
    await act(async () =>
      buttons('https://evil.example')
        .find((b) => b.textContent === 'Forget all of it')!
        .click(),
    );
    expect(onForget).toHaveBeenCalledWith('https://evil.example');
    expect(container.querySelector('.notice')?.textContent).toBe('Forgot 1 action from https://evil.example.');
  });
});
