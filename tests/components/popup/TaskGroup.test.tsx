/** @vitest-environment happy-dom */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TaskGroup } from '../../../components/popup/TaskGroup';
import { makeAction } from '../../helpers/fake-popup-api';

const TODAY = '2026-03-04';
const twelve = Array.from({ length: 12 }, (_, i) =>
  makeAction({ id: `w${i}`, text: `Action ${i}`, due: '2026-03-06' }),
);
const ignore = () => undefined;

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

/** The group's first frame: rendered, its effects (which measure the laid-out popup) not run yet. */
function firstFrame(rowsAbove: number): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(
    <TaskGroup
      group="week"
      label="This week"
      actions={twelve}
      count={twelve.length}
      initiallyOpen
      rowsAbove={rowsAbove}
      scroller={{ current: null }}
      today={TODAY}
      onDone={ignore}
      onSnooze={ignore}
      onOpen={ignore}
      onDelete={ignore}
      onRetryWikiWrite={ignore}
    />,
    container,
  );
  return container;
}

describe('TaskGroup’s first frame', () => {
  it('draws every row when it is at the top of the popup', () => {
    expect(firstFrame(0).querySelectorAll('li')).toHaveLength(12);
  });

  it('draws only the rows that reach into the popup’s first two screens (19 rows of 64 px in 600 px)', () => {
    expect(firstFrame(12).querySelectorAll('li')).toHaveLength(7);
  });

  it('draws no row below the first two screens, and stands in for them with their height', () => {
    const group = firstFrame(40);
    expect(group.querySelectorAll('li')).toHaveLength(0);
    expect(group.querySelector('.group-count')?.textContent).toBe('12');
    expect(group.querySelector<HTMLElement>('ul')?.style.paddingBottom).toBe(`${12 * 64}px`);
  });
});
