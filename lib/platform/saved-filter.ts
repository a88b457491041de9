// The filter the popup was last left with, kept in storage.local: the popup opens with it, and the background
// keeps ready the first screen it will open on. Checked on read: a damaged value is no filter at all.
import { browser } from 'wxt/browser';
import type { PopupFilter } from '../popup/filter-actions';
import { z } from '../model/zod';

const KEY = 'popup.filter';
const Text = z.string().check(z.maxLength(2000));
const SavedFilter = z.object({
  scope: z.enum(['mine', 'everyone']),
  series: z.optional(Text),
  pageUrl: z.optional(Text),
  search: z.optional(Text),
});

export async function readSavedFilter(): Promise<PopupFilter | undefined> {
  const stored: Record<string, unknown> = await browser.storage.local.get(KEY).catch(() => ({}));
  const parsed = SavedFilter.safeParse(stored[KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function saveFilter(filter: PopupFilter): Promise<void> {
  await browser.storage.local.set({ [KEY]: filter });
}

/** Calls `onChange` whenever the popup is left with another filter. */
export function onSavedFilterChanged(onChange: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) onChange();
  });
}
