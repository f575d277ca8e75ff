/** Types for site-config.mjs (plain JavaScript so next.config.mjs can import it). */
export function normaliseBasePath(raw?: string): string;
export const basePath: string;
export function siteUrlFrom(env?: Record<string, string | undefined>, base?: string): string;
export const siteUrl: string;
