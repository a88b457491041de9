// The id of a task the wiki numbers itself (Confluence inline tasks): its wiki's host, the content holding it and
// its own id. Tasks pulled from the wiki's task lists are named the same way, so a task pulled before its page
// was ever opened and the same task read on that page later are one record.

export function wikiTaskId(host: string, contentId: string, taskId: string): string {
  return `${host}:${contentId}:${taskId}`;
}
