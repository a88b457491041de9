// Copying text for the control's Copy button. The clipboard and the document come in as parameters; the
// older copy command's scratch field goes in our own shadow root, never in the page.

export interface ClipboardDeps {
  /** The asynchronous clipboard, when the browser offers one. */
  clipboard: Pick<Clipboard, 'writeText'> | undefined;
  /** Makes the scratch field and runs the copy command. */
  doc: Pick<Document, 'createElement' | 'execCommand'>;
  /** Where the scratch field stands for a moment: our own shadow root. */
  scratch: ParentNode;
}

async function writeText(clipboard: ClipboardDeps['clipboard'], text: string): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Puts `text` on the clipboard; resolves to the reason when the browser refused. */
export async function copyText(text: string, { clipboard, doc, scratch }: ClipboardDeps): Promise<string | undefined> {
  if (await writeText(clipboard, text)) return undefined;
  // No clipboard permission or focus: the older copy command, on a selected field.
  const field = doc.createElement('textarea');
  field.value = text;
  scratch.append(field);
  field.select();
  const copied = doc.execCommand('copy');
  field.remove();
  return copied ? undefined : 'The browser did not allow copying.';
}
