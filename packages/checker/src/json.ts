/** Where and why a JSON file does not parse, for error messages that name the line and column. */
import { type ParseError, parse } from 'jsonc-parser';

export function describeJsonError(text: string, error: unknown): string {
  const problems: ParseError[] = [];
  parse(text, problems, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const offset = problems[0]?.offset ?? -1;
  if (offset < 0) return `invalid JSON: ${(error as Error).message}`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const char = text[offset];
  let why = char === undefined ? 'unexpected end of the file' : `unexpected ${JSON.stringify(char)}`;
  if (char === '/') why += ' (JSON allows no comments)';
  else if ((char === '}' || char === ']') && /,\s*$/.test(before)) why += ' (JSON allows no comma before it)';
  else if (char === "'") why += ' (JSON strings take double quotes)';
  return `invalid JSON at line ${line}, column ${column}: ${why}`;
}
