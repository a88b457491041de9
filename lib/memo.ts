// Remembering a pure string function's answers, for the hot paths where the same few inputs come back all
// the time (tag names, people's names, page addresses). Bounded: a long-lived page or worker cannot grow it.

/** `fn` with its answers kept; the cache starts over once it holds `limit` of them. */
export function memoize<T>(fn: (input: string) => T, limit = 1000): (input: string) => T {
  const answers = new Map<string, T>();
  return (input) => {
    const known = answers.get(input);
    if (known !== undefined || answers.has(input)) return known as T;
    const answer = fn(input);
    if (answers.size >= limit) answers.clear();
    answers.set(input, answer);
    return answer;
  };
}
