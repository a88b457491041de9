/** @vitest-environment happy-dom */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES, Restore } from '../../../components/options/Restore';
import type { BackupPreview, RestoreResult } from '../../../lib/model/backup-preview';
import { cleanup, show, type Rendered } from '../overlay/render';

let view: Rendered;
afterEach(cleanup);

const PREVIEW: BackupPreview = {
  actions: 9,
  added: 7,
  addedTexts: ['Send the minutes', 'Book the room', 'Order chairs', 'Write the plan', 'Call Ann'],
  changed: 1,
  changedTexts: ['Fix the build'],
  pages: 2,
  identities: 1,
  newIdentities: 1,
};
const DONE: RestoreResult = { added: 7, merged: 2, pages: 2, identities: 1 };

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function pick(file: File): Promise<void> {
  const input = view.container.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    await settle();
  });
}

async function restore(onPreview = vi.fn().mockResolvedValue(PREVIEW), onRestore = vi.fn().mockResolvedValue(DONE)) {
  view = await show(<Restore backups={{ preview: onPreview, restore: onRestore }} />);
  return { onPreview, onRestore };
}

describe('Restore', () => {
  it('previews what the file would add and change before anything changes, then restores it', async () => {
    const { onPreview, onRestore } = await restore();
    await pick(new File(['{"format":"agendum-backup"}'], 'agendum-backup.json'));
    expect(onPreview).toHaveBeenCalledWith('{"format":"agendum-backup"}');
    expect(onRestore).not.toHaveBeenCalled();
    const text = view.container.querySelector('.restore-preview')?.textContent ?? '';
    expect(text).toContain('“agendum-backup.json” holds 9 actions from 2 pages, and 1 identity.');
    expect(text).toContain(
      '7 new actions: “Send the minutes”, “Book the room”, “Order chairs”, “Write the plan”, “Call Ann” and 2 more',
    );
    expect(text).toContain('1 action would change, where the backup has the newer edit or sighting: “Fix the build”');
    expect(text).toContain('1 action already here as they are, or newer here: they stay.');
    expect(text).toContain('1 identity would add to who you are.');
    await act(async () => {
      view.button('Restore').click();
      await settle();
    });
    expect(onRestore).toHaveBeenCalledWith('{"format":"agendum-backup"}');
    const status = view.container.querySelector('[role="status"]');
    expect(status?.textContent).toBe(
      'Restored 7 new actions and updated 2 actions from 2 pages; 1 identity added to who you are. Nothing newer here was replaced.',
    );
    // The pressed button is gone: the focus is on what happened, not on the page.
    expect(document.activeElement).toBe(status);
  });

  it('says why it cannot use a file, in words, and changes nothing', async () => {
    const { onRestore } = await restore(
      vi.fn().mockRejectedValue(new Error('This file is not an Agendum backup: it is not JSON. Nothing was imported.')),
    );
    await pick(new File(['nope'], 'notes.txt'));
    const alert = view.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('This file is not an Agendum backup: it is not JSON. Nothing was imported.');
    expect(document.activeElement).toBe(alert);
    expect(view.container.querySelector('.restore-preview')).toBeNull();
    expect(onRestore).not.toHaveBeenCalled();
  });

  it('refuses a file far bigger than any backup without reading it', async () => {
    const { onPreview } = await restore();
    const huge = new File(['x'], 'video.json');
    Object.defineProperty(huge, 'size', { value: MAX_BACKUP_BYTES + 1 });
    await pick(huge);
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe(
      '“video.json” is too big to be an Agendum backup. Nothing was changed.',
    );
    expect(onPreview).not.toHaveBeenCalled();
  });

  it('cancels a preview, back to the file field', async () => {
    const { onRestore } = await restore();
    await pick(new File(['{}'], 'a.json'));
    await view.click(view.button('Cancel'));
    expect(view.container.querySelector('.restore-preview')).toBeNull();
    expect(document.activeElement).toBe(view.container.querySelector('input[type="file"]'));
    expect(onRestore).not.toHaveBeenCalled();
  });
});
