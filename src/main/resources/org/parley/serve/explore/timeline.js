// The timeline: events by normalised date (xsd:date, xsd:gYearMonth, xsd:gYear) on an axis and in a list, with a
// date range that filters the list and the graph.

import { el, svg, clear } from './dom.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/**
 * The interval an event's time covers: {start, end, text} with ISO dates, or null when it has no usable time.
 * @param {{date?: string, yearMonth?: string, year?: string}} t
 */
export function interval(t) {
  let m;
  if (t.date && (m = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(t.date))) {
    const d = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: d, end: d, text: `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`, precision: 'day' };
  }
  if (t.yearMonth && (m = /^(-?\d{4,})-(\d{2})/.exec(t.yearMonth))) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`, text: `${MONTHS[Number(m[2]) - 1]} ${m[1]}`, precision: 'month' };
  }
  if (t.year && (m = /^(-?\d{4,})/.exec(t.year))) {
    return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, text: m[1], precision: 'year' };
  }
  return null;
}

function dayNumber(iso) {
  const [y, mo, d] = iso.split('-').map(Number);
  return Date.UTC(y, mo - 1, d) / 86400000;
}

export class Timeline {
  /**
   * @param {object} parts the elements: axis (svg), list (ol), from, to (date inputs), reset (button), count (span)
   * @param {{onSelect: Function, onRangeChange: Function, linkFor: Function}} callbacks
   */
  constructor(parts, callbacks) {
    this.p = parts;
    this.cb = callbacks;
    this.events = [];
    this.byIri = new Map();
    const changed = () => this.rangeChanged();
    parts.from.addEventListener('change', changed);
    parts.to.addEventListener('change', changed);
    parts.reset.addEventListener('click', () => {
      parts.from.value = this.min || '';
      parts.to.value = this.max || '';
      this.rangeChanged();
    });
  }

  /** Sets the events: [{iri, label, types, time: {start, end, text}, participants, places, delegations, sources, ...}]. */
  setEvents(events) {
    this.events = events.filter((e) => e.time).sort((a, b) => a.time.start.localeCompare(b.time.start) || a.label.localeCompare(b.label));
    this.byIri = new Map(this.events.map((e) => [e.iri, e]));
    this.min = this.events.length ? this.events[0].time.start : '';
    this.max = this.events.reduce((m, e) => (e.time.end > m ? e.time.end : m), this.min);
    this.p.from.value = this.min;
    this.p.to.value = this.max;
    this.p.from.min = this.p.to.min = this.min;
    this.p.from.max = this.p.to.max = this.max;
    this.render();
    this.rangeChanged();
  }

  /** Whether an event (by IRI) lies in the chosen range; events without a date always do. */
  inRange(iri) {
    const e = this.byIri.get(iri);
    if (!e) return true;
    const from = this.p.from.value || this.min;
    const to = this.p.to.value || this.max;
    return e.time.end >= from && e.time.start <= to;
  }

  event(iri) {
    return this.byIri.get(iri);
  }

  rangeChanged() {
    let shown = 0;
    for (const e of this.events) {
      const ok = this.inRange(e.iri);
      if (ok) shown++;
      if (e.item) e.item.hidden = !ok;
      if (e.dot) e.dot.classList.toggle('filtered', !ok);
    }
    this.p.count.textContent = this.events.length
      ? `${shown} of ${this.events.length} event${this.events.length === 1 ? '' : 's'}`
      : '';
    this.cb.onRangeChange();
  }

  render() {
    const { axis, list } = this.p;
    clear(axis);
    clear(list);
    if (this.events.length === 0) {
      list.append(el('li', { class: 'muted' }, 'No dated events in this graph.'));
      return;
    }
    const width = axis.getBoundingClientRect().width || 800;
    const lo = dayNumber(this.min);
    const hi = Math.max(dayNumber(this.max), lo + 1);
    const x = (iso) => 20 + ((dayNumber(iso) - lo) / (hi - lo)) * (width - 40);
    axis.setAttribute('viewBox', `0 0 ${width} 44`);
    axis.append(svg('line', { x1: 20, x2: width - 20, y1: 26, y2: 26, class: 'axis' }));
    for (const iso of ticks(this.min, this.max)) {
      axis.append(svg('line', { x1: x(iso), x2: x(iso), y1: 22, y2: 30, class: 'tick' }),
        svg('text', { x: x(iso), y: 42, class: 'tick-label', text: iso.slice(0, iso.endsWith('-01-01') ? 4 : 7) }));
    }
    const lanes = new Map();
    for (const e of this.events) {
      const key = Math.round(x(e.time.start) / 6);
      const lane = lanes.get(key) || 0;
      lanes.set(key, lane + 1);
      const x1 = x(e.time.start);
      const x2 = Math.max(x(e.time.end), x1);
      e.dot = x2 - x1 > 4
        ? svg('rect', { x: x1, y: 18 - lane * 5, width: x2 - x1, height: 5, rx: 2, class: 'event-mark' }, svg('title', { text: `${e.time.text}: ${e.label}` }))
        : svg('circle', { cx: x1, cy: 20 - lane * 5, r: 4, class: 'event-mark' }, svg('title', { text: `${e.time.text}: ${e.label}` }));
      e.dot.addEventListener('click', () => this.cb.onSelect(e));
      axis.append(e.dot);
      e.item = this.item(e);
      list.append(e.item);
    }
  }

  item(e) {
    const parts = [];
    if (e.participants.length) {
      parts.push(el('div', {}, el('span', { class: 'field' }, 'Participants: '),
        ...join(e.participants.map((p) => el('span', { class: 'participant', dataset: { iri: p.iri } }, p.label,
          el('span', { class: 'role' }, ` (${p.roles.join(', ')})`))))));
    }
    if (e.delegations.length) {
      parts.push(el('div', {}, el('span', { class: 'field' }, 'Delegations: '),
        ...join(e.delegations.map((d) => el('span', {}, d.label + (d.head ? ` — led by ${d.head}` : ''))))));
    }
    if (e.places.length) {
      parts.push(el('div', {}, el('span', { class: 'field' }, 'Place: '), e.places.map((p) => p.label).join(', ')));
    }
    if (e.sources.length) {
      parts.push(el('div', {}, el('span', { class: 'field' }, 'Sources: '),
        ...join(e.sources.map((s) => el('a', { href: this.cb.linkFor(s.iri), title: s.iri }, s.label || 'article')))));
    }
    return el('li', { class: 'event-card', dataset: { iri: e.iri } },
      el('button', { type: 'button', class: 'event-title', onclick: () => this.cb.onSelect(e) },
        el('time', { datetime: e.time.start }, e.time.text), ' ', e.label || e.iri),
      el('div', { class: 'muted' }, e.typeName + (e.status ? ` · ${e.status}` : '')),
      ...parts);
  }
}

function join(nodes) {
  const out = [];
  nodes.forEach((n, i) => { if (i) out.push(', '); out.push(n); });
  return out;
}

/** Tick dates between two ISO dates: years, or months when the span is short. */
function ticks(min, max) {
  const y0 = Number(min.slice(0, 4));
  const y1 = Number(max.slice(0, 4));
  const out = [];
  if (y1 - y0 >= 2) {
    const step = Math.max(1, Math.ceil((y1 - y0) / 10));
    for (let y = y0 + 1; y <= y1; y += step) out.push(`${y}-01-01`);
  } else {
    let y = y0;
    let m = Number(min.slice(5, 7));
    for (let i = 0; i < 30; i++) {
      m++;
      if (m > 12) { m = 1; y++; }
      const iso = `${y}-${String(m).padStart(2, '0')}-01`;
      if (iso > max) break;
      out.push(iso);
    }
  }
  return out;
}
