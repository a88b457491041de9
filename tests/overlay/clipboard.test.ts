/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import { copyText } from '../../lib/overlay/clipboard';

function setUp(execResult: boolean) {
  const scratch = document.createElement('div').attachShadow({ mode: 'open' });
  const copied: string[] = [];
  const doc = {
    createElement: document.createElement.bind(document),
    execCommand: vi.fn(() => {
      const field = scratch.querySelector('textarea');
      if (field) copied.push(field.value);
      return execResult;
    }),
  } as unknown as Document;
  return { scratch, doc, copied };
}

describe('copyText', () => {
  it('writes to the asynchronous clipboard when it may', async () => {
    const { scratch, doc } = setUp(true);
    const writeText = vi.fn(async () => undefined);
    expect(await copyText('- [ ] Draft the roadmap', { clipboard: { writeText }, doc, scratch })).toBeUndefined();
    expect(writeText).toHaveBeenCalledWith('- [ ] Draft the roadmap');
    expect(doc.execCommand).not.toHaveBeenCalled();
  });

  it('falls back to the copy command on a field in our own root, and takes the field away again', async () => {
    const { scratch, doc, copied } = setUp(true);
    const writeText = vi.fn(async () =>
      Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')),
    );
    expect(await copyText('text', { clipboard: { writeText }, doc, scratch })).toBeUndefined();
    expect(copied).toEqual(['text']);
    expect(scratch.childNodes).toHaveLength(0);
  });

  it('falls back without an asynchronous clipboard', async () => {
    const { scratch, doc, copied } = setUp(true);
    expect(await copyText('text', { clipboard: undefined, doc, scratch })).toBeUndefined();
    expect(copied).toEqual(['text']);
  });

  it('says so in plain words when the browser refuses both', async () => {
    const { scratch, doc } = setUp(false);
    expect(await copyText('text', { clipboard: undefined, doc, scratch })).toBe('The browser did not allow copying.');
    expect(scratch.childNodes).toHaveLength(0);
  });
});
