import { describe, expect, it, vi } from 'vitest';
import { keepStorage } from '../../lib/platform/durable-storage';

function storage(persisted: boolean, grants: boolean | Error) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      if (grants instanceof Error) throw grants;
      return grants;
    }),
  } as unknown as StorageManager & { persist: ReturnType<typeof vi.fn> };
}

describe('keepStorage', () => {
  it('asks only when the storage is not kept already', async () => {
    const kept = storage(true, false);
    expect(await keepStorage(kept)).toBe(true);
    expect(kept.persist).not.toHaveBeenCalled();
    const asked = storage(false, true);
    expect(await keepStorage(asked)).toBe(true);
    expect(asked.persist).toHaveBeenCalledOnce();
  });

  it('says no, never throws, where the browser refuses or has no such API', async () => {
    expect(await keepStorage(storage(false, false))).toBe(false);
    expect(await keepStorage(storage(false, new Error('denied')))).toBe(false);
    expect(await keepStorage({} as StorageManager)).toBe(false);
  });
});
