// The shapes of the JSON that `maatwerkbot anonimiseer` reads and writes, as its help shows them: the
// same in every language, so they are values in the help's sentences rather than part of them.
export const JSON_VORM = '{"findings":[…],"redacted":"…"}';
export const JSONL_INVOER = '{"id":…,"text":…}';
export const JSONL_UITVOER = '{"id":…,"findings":[…]}';
