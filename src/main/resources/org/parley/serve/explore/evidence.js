// Source sentences with the mentions (or the evidence of a claim) highlighted. Offsets count Unicode code points
// in the article text; a sentence knows its own start, so spans are placed relative to it.

import { el } from './dom.js';

/** Parses "b-e b-e" into [[b, e], ...]. */
export function parseSpans(s) {
  if (!s) return [];
  return s.split(/\s+/).map((x) => x.split('-').map((y) => Number.parseInt(y, 10)))
    .filter((p) => p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]) && p[1] > p[0]);
}

/**
 * A sentence as a <q> element with <mark>s around the spans.
 * @param {string} text the sentence (nif:anchorOf)
 * @param {number} begin the sentence's start in the article, in code points
 * @param {Array<[number, number, string?]>} spans spans in article code points, each with an optional class
 */
export function highlighted(text, begin, spans) {
  const cps = Array.from(text);
  const rel = spans.map(([b, e, cls]) => [Math.max(0, b - begin), Math.min(cps.length, e - begin), cls || ''])
    .filter(([b, e]) => e > b)
    .sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const parts = [];
  let at = 0;
  for (const [b, e, cls] of rel) {
    if (b < at) continue;   // overlapping: keep the first
    if (b > at) parts.push(cps.slice(at, b).join(''));
    parts.push(el('mark', { class: cls || null }, cps.slice(b, e).join('')));
    at = e;
  }
  if (at < cps.length) parts.push(cps.slice(at).join(''));
  return el('q', { class: 'sentence' }, ...parts);
}
