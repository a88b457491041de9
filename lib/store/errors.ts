// The store's failures as one error type with a kind to branch on and a message the UI can show as is.
// Builds errors only; it never retries, logs or touches the database.
import type { z } from '../model/zod';

export type StoreErrorKind = 'quota' | 'blocked' | 'invalid-record' | 'invalid-backup' | 'not-found' | 'unknown';

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const BLOCKED_MESSAGE =
  'Agendum is waiting for another tab or window that still uses its older storage: close or reload it to finish the update. Your tasks are safe.';

function nameOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.message : String(error);
}

/** Any failure from IndexedDB (or our own code inside a transaction) as a StoreError. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  switch (nameOf(error)) {
    case 'QuotaExceededError':
      return new StoreError(
        'quota',
        "Your browser's storage for Agendum is full: free some disk space or export a backup and remove old tasks, then try again. Nothing was changed.",
        { cause: error },
      );
    case 'InvalidStateError':
      // Our connection was closed so that a newer Agendum in another context could upgrade the database.
      return new StoreError(
        'blocked',
        'Agendum was updated in another tab or window: reload this one to keep working. Your tasks are safe.',
        { cause: error },
      );
    case 'VersionError':
      return new StoreError(
        'unknown',
        'Agendum’s storage was written by a newer version of Agendum: update the extension to read it.',
        { cause: error },
      );
    default:
      return new StoreError(
        'unknown',
        `Agendum could not read or write its storage: ${messageOf(error)}. Nothing was changed.`,
        { cause: error },
      );
  }
}

/** The first problem zod found, as "path: message" (`tasks.3.wiki.due: expected a date as YYYY-MM-DD`). */
export function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'malformed';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
