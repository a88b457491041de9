/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddActionButton } from '../../../components/overlay/AddActionButton';
import { cleanup, show, type Rendered } from './render';

let view: Rendered;
afterEach(cleanup);

describe('AddActionButton', () => {
  it('asks for the form when pressed, and goes away on Escape', async () => {
    const onAdd = vi.fn();
    const onClose = vi.fn();
    view = await show(<AddActionButton onAdd={onAdd} onClose={onClose} />);
    await view.click(view.button('+ Add action'));
    expect(onAdd).toHaveBeenCalledTimes(1);
    await view.key(view.button('+ Add action'), 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
