/**
 * Prepares compiled learner JavaScript for SES's evaluator, which refuses any
 * source where the text `import(`, `<!--` or `-->` appears, even inside a
 * comment or a string (it cannot parse, so it matches text). Learner files
 * use those innocently: an arrow in a comment ("a --> b"), `while (n-->0)`.
 *
 * Comments are blanked (line breaks kept, so line numbers still match the
 * learner's file). Inside strings, templates and regular expressions, one
 * character of each such sequence is written as an escape of itself
 * (`>` as `\x3e`), which means the same value. What remains in code proper
 * (`n-->0`, `a<!--b`) is spaced out by SES's own evade options, which keep
 * its meaning in a module.
 */
import { parse } from 'sucrase/dist/parser';
import { TokenType } from 'sucrase/dist/parser/tokenizer/types';

const IN_LITERALS: [RegExp, string][] = [
  [/-->/g, '--\\x3e'],
  [/<!--/g, '<\\x21--'],
  [/\bimport(\s*(?:\(|\/[/*]))/g, 'impor\\x74$1'],
];

function blank(text: string): string {
  return text.replace(/[^\s]/g, ' ');
}

function defuseLiteral(text: string): string {
  let out = text;
  for (const [pattern, replacement] of IN_LITERALS) out = out.replace(pattern, replacement);
  return out;
}

const LITERAL_TOKENS = new Set<number>([TokenType.string, TokenType.template, TokenType.regexp]);

export function prepareForRealm(js: string): string {
  if (!/-->|<!--|import|\/[/*]/.test(js)) return js;
  const { tokens } = parse(js, false, false, false);
  let out = '';
  let position = 0;
  for (const token of tokens) {
    if (token.start < position) continue;
    out += blank(js.slice(position, token.start));
    const text = js.slice(token.start, token.end);
    out += LITERAL_TOKENS.has(token.type) ? defuseLiteral(text) : text;
    position = token.end;
  }
  return out + blank(js.slice(position));
}
