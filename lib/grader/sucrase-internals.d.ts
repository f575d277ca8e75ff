/**
 * Sucrase ships its parser but types it only under dist/types. We use the
 * tokenizer to find imports before compiling, so we declare the two entry
 * points we touch (CommonJS builds: they load in Node and in bundlers alike).
 */
declare module 'sucrase/dist/parser' {
  export interface SucraseToken {
    type: number;
    start: number;
    end: number;
  }
  export function parse(
    input: string,
    isJSXEnabled: boolean,
    isTypeScriptEnabled: boolean,
    isFlowEnabled: boolean,
  ): { tokens: SucraseToken[] };
}

declare module 'sucrase/dist/parser/tokenizer/types' {
  export const TokenType: Record<string, number>;
}
