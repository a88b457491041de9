// Loads fixture pages as Documents through the CLI's DOM, so tests read pages as the CLI does.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../lib/cli/parse-document';

export const FIXTURES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

export function loadFixture(name: string): Document {
  return parseHtml(fixtureText(name));
}

/** A small page around some body HTML, for tests of one source kind. */
export function page(body: string, head = '<title>Team sync 2024-03-05</title>'): Document {
  return parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}
