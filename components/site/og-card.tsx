/**
 * The social card (1200×630) shown when a page is shared, drawn at build
 * time by next/og with its bundled Geist font: no network, no server at run
 * time. Text is kept to characters that font has; a missing glyph would make
 * next/og try to download a fallback font.
 */
import { ImageResponse } from 'next/og';

export const OG_SIZE = { width: 1200, height: 630 };

/** Typographic punctuation to ASCII, and anything else outside Latin-1 dropped. */
export function cardText(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/[^\x20-\x7e\xa0-\xff]/g, '');
}

export function ogCard({ kicker, title, summary }: { kicker: string; title: string; summary: string }): ImageResponse {
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#0b1a3a', color: '#ffffff' }}>
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 30, color: '#bfdbfe' }}>
          <div style={{ display: 'flex', width: 44, height: 44, borderRadius: 10, background: '#1d4ed8', marginRight: 20 }} />
          {cardText(kicker)}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 72, lineHeight: 1.1, fontWeight: 700 }}>{cardText(title)}</div>
          <div style={{ fontSize: 32, lineHeight: 1.35, marginTop: 28, color: '#dbeafe' }}>{cardText(summary)}</div>
        </div>
        <div style={{ display: 'flex', fontSize: 28, color: '#93c5fd' }}>Sticky Sessions, for real</div>
      </div>
    ),
    OG_SIZE,
  );
}
