// The Parley explorer: search, neighbourhood graph, timeline and evidence, over a Parley SPARQL endpoint.

import { el, clear } from './dom.js';
import { Sparql, v, n } from './sparql.js';
import * as Q from './queries.js';
import { KINDS, kindOf, typeName, propertyName, setPropertyLabel, isGeneric, localName } from './kinds.js';
import { GraphView } from './graph.js';
import { Timeline, interval } from './timeline.js';
import { highlighted, parseSpans } from './evidence.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const DEFAULT_ENDPOINT = new URL('/parley/sparql', location.href).href;
const endpoint = chooseEndpoint(params.get('endpoint'));
const sparql = new Sparql(endpoint);

/** The endpoint asked for with ?endpoint= when it is an http(s) URL; this server's otherwise. */
function chooseEndpoint(asked) {
  if (!asked) return DEFAULT_ENDPOINT;
  try {
    const u = new URL(asked, location.href);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch (e) { /* reported below */ }
  queueMicrotask(() => showError(`Not an http(s) SPARQL endpoint: ${asked}; using ${DEFAULT_ENDPOINT}.`));
  return DEFAULT_ENDPOINT;
}
const RDFS_LABEL = Q.RDFS + 'label';
const SKOS_ALT = Q.SKOS + 'altLabel';
const RDF_TYPE = Q.RDF + 'type';
const OWL_SAME = Q.OWL + 'sameAs';

const state = {
  textIndex: true,          // whether the full-text index answered; false after it failed once
  searchAbort: null,
  results: [],
  active: -1,
  knownProps: new Set(),
  lastFocus: null,
  panelToken: 0,
};

// ---------------------------------------------------------------- messages

function status(text) {
  $('status').textContent = text || '';
}

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = false;
}

function clearError() {
  const box = $('error');
  if (!box.textContent.startsWith('Script error')) { box.hidden = true; box.textContent = ''; }
}

/** The browsable address of a Parley IRI: the same path on the endpoint's server (the linked-data pages). */
function linkFor(iri) {
  try {
    const u = new URL(iri);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return iri;
    // Parley's own IRIs (data, ontology, shapes) are served at their path by a Parley server
    if (/\/(id\/|ontology(\/|$)|shapes$)/.test(u.pathname)) return new URL(u.pathname + u.search + u.hash, endpoint).href;
    return iri;
  } catch (e) {
    return iri;
  }
}

function types(row, name = 'types') {
  return (v(row, name) || '').split(' ').filter(Boolean);
}

// ---------------------------------------------------------------- graph

const graph = new GraphView($('graph'), {
  onSelectNode: (node) => showNode(node),
  onSelectEdge: (edge) => showEdge(edge),
  onExpand: (node) => expand(node).catch(reportError),
});
graph.setShowComentions($('show-comentions').checked);

for (const [kind, name] of KINDS) {
  $('legend').append(el('li', { class: `kind-${kind}` }, el('span', { class: 'swatch', 'aria-hidden': 'true' }), name));
}

function reportError(e) {
  if (e && e.name === 'AbortError') return;
  showError(e && e.message ? e.message : String(e));
  status('');
}

function updateCount() {
  const total = graph.size;
  const shown = graph.visibleCount();
  $('graph-count').textContent = total ? `${shown} of ${total} nodes shown` : '';
  $('graph-empty').hidden = total > 0;
}

function addNodeFrom(iri, label, typeList, near) {
  return graph.addNode({ id: iri, label: label || localName(iri), kind: kindOf(typeList), types: typeList }, near);
}

/** Shows the neighbours of a node; delegations met on the way are expanded too (they link people to events). */
async function expand(node, depth = 0) {
  status(`Loading the neighbours of ${node.label}…`);
  const [rels, cos] = await Promise.all([
    sparql.select(Q.neighbours(node.id)),
    sparql.select(Q.comentions(node.id)).catch(() => []),
  ]);
  clearError();
  node.expanded = true;
  node.g.classList.add('expanded');
  const newProps = [];
  const delegations = [];
  for (const r of rels) {
    const other = v(r, 'n');
    const p = v(r, 'p');
    const existed = graph.has(other);
    const m = addNodeFrom(other, v(r, 'label'), types(r), node);
    if (!existed && m.kind === 'delegation') delegations.push(m);
    const rel = { iri: p, label: propertyName(p), kind: 'relation', generic: isGeneric(p) };
    if (v(r, 'dir') === 'out') graph.addEdge(node.id, other, rel); else graph.addEdge(other, node.id, rel);
    if (!state.knownProps.has(p)) { state.knownProps.add(p); newProps.push(p); }
  }
  for (const r of cos) {
    const other = v(r, 'n');
    addNodeFrom(other, v(r, 'label'), types(r), node);
    const count = n(r, 'count') || 1;
    const rel = { iri: 'comention', label: `same sentence ×${count}`, kind: 'comention', count };
    if (graph.edges.has(`${other}\u0000${node.id}`)) graph.addEdge(other, node.id, rel);
    else graph.addEdge(node.id, other, rel);
  }
  if (depth === 0) {
    for (const d of delegations) if (!d.expanded) await expand(d, depth + 1);
  }
  if (newProps.length) labelProperties(newProps);
  applyFilter();
  status(`${node.label}: ${rels.length} link${rels.length === 1 ? '' : 's'}, ${cos.length} named in the same sentences.`);
  if (depth === 0) {
    graph.settle(node.root ? 300 : 120);
    graph.fit();
  }
}

/** Property labels from an ontology in the store, if there is one (the local names serve otherwise). */
function labelProperties(props) {
  sparql.select(Q.propertyLabels(props)).then((rows) => {
    for (const r of rows) setPropertyLabel(v(r, 'p'), v(r, 'label'));
    if (rows.length) for (const e of graph.edges.values()) {
      for (const rel of e.rels) if (rel.kind === 'relation') rel.label = propertyName(rel.iri);
      graph.refreshEdge(e);
    }
  }).catch(() => { /* labels are a nicety */ });
}

/** Starts over with one thing and its neighbourhood. */
async function focusOn(iri, label, typeList) {
  graph.clear();
  const root = addNodeFrom(iri, label, typeList);
  root.root = true;
  graph.select(iri);
  const u = new URL(location.href);
  u.searchParams.set('entity', iri);
  history.replaceState(null, '', u);
  await expand(root);
  graph.select(iri);
  showNode(root);
  updateCount();
}

function applyFilter() {
  graph.setHidden((node) => node.kind === 'event' && !timeline.inRange(node.id));
  updateCount();
}

$('expand-selected').addEventListener('click', () => {
  const sel = graph.selected && graph.selected.node && graph.node(graph.selected.node);
  if (sel) expand(sel).catch(reportError);
});
$('fit').addEventListener('click', () => graph.fit());
$('clear-graph').addEventListener('click', () => { graph.clear(); updateCount(); closePanel(); });
$('show-comentions').addEventListener('change', (e) => { graph.setShowComentions(e.target.checked); updateCount(); });

// ---------------------------------------------------------------- search

const input = $('search');
const list = $('results');
let searchTimer = 0;

input.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => search(input.value).catch(reportError), 200);
});

input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    if (list.hidden || !state.results.length) return;
    e.preventDefault();
    const d = e.key === 'ArrowDown' ? 1 : -1;
    setActive((state.active + d + state.results.length) % state.results.length);
  } else if (e.key === 'Enter') {
    e.preventDefault();
    if (state.results.length) pick(state.results[Math.max(0, state.active)]);
    else search(input.value).catch(reportError);
  } else if (e.key === 'Escape') {
    if (!list.hidden) { e.stopPropagation(); closeResults(); }
  }
});

$('search-form').addEventListener('submit', (e) => e.preventDefault());

document.addEventListener('click', (e) => {
  if (!$('search-form').contains(e.target)) closeResults();
});

function closeResults() {
  list.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
}

function setActive(i) {
  state.active = i;
  [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(i === j)));
  const li = list.children[i];
  if (li) { input.setAttribute('aria-activedescendant', li.id); li.scrollIntoView({ block: 'nearest' }); }
}

async function search(text) {
  const q = text.trim();
  if (state.searchAbort) state.searchAbort.abort();
  if (q.length < 2) { state.results = []; closeResults(); return; }
  const abort = new AbortController();
  state.searchAbort = abort;
  let rows = [];
  let how = 'full-text index';
  if (state.textIndex && Q.luceneQuery(q)) {
    try {
      rows = await sparql.select(Q.searchText(q), abort.signal);
    } catch (e) {
      if (e.name === 'AbortError') return;
      state.textIndex = false;   // no index on this server (or a query it cannot parse): fall back for good
    }
  }
  if (rows.length === 0) {
    how = 'label match';
    rows = await sparql.select(Q.searchContains(q), abort.signal);
  }
  if (abort.signal.aborted) return;
  clearError();
  state.results = rows.map((r) => ({ iri: v(r, 'e'), label: v(r, 'label') || localName(v(r, 'e')), types: types(r) }));
  renderResults(q, how);
}

function renderResults(q, how) {
  clear(list);
  state.active = -1;
  if (state.results.length === 0) {
    list.append(el('li', { class: 'none', role: 'option', 'aria-disabled': 'true', id: 'result-none' }, `Nothing found for “${q}”.`));
  }
  state.results.forEach((r, i) => {
    const kind = kindOf(r.types);
    list.append(el('li', {
      id: `result-${i}`, role: 'option', 'aria-selected': 'false', class: `result kind-${kind}`, dataset: { iri: r.iri },
      onclick: () => pick(r), onmousemove: () => setActive(i),
    }, el('span', { class: 'swatch', 'aria-hidden': 'true' }), el('span', { class: 'result-label' }, r.label),
    el('span', { class: 'result-type' }, typeName(r.types))));
  });
  list.hidden = false;
  input.setAttribute('aria-expanded', 'true');
  status(`${state.results.length} result${state.results.length === 1 ? '' : 's'} (${how}).`);
}

function pick(r) {
  if (!r) return;
  closeResults();
  input.value = r.label;
  focusOn(r.iri, r.label, r.types).catch(reportError);
}

// ---------------------------------------------------------------- details panel

function openPanel(title) {
  const panel = $('panel');
  if (panel.hidden) state.lastFocus = document.activeElement;
  panel.hidden = false;
  $('panel-title').textContent = title;
  clear($('panel-body'));
  state.panelToken++;
  return state.panelToken;
}

function closePanel() {
  const panel = $('panel');
  if (panel.hidden) return;
  panel.hidden = true;
  graph.select(null);
  if (state.lastFocus && document.body.contains(state.lastFocus)) state.lastFocus.focus();
}

$('panel-close').addEventListener('click', closePanel);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    if (!list.hidden) closeResults();
    else closePanel();
  }
});

/** A section of the panel that fills itself from a promise; shows its own error if the query fails. */
function section(title, token, fill, cls) {
  const body = el('div', { class: 'section-body' }, el('p', { class: 'muted' }, 'Loading…'));
  const sec = el('section', { class: `panel-section ${cls || ''}` }, el('h3', {}, title), body);
  $('panel-body').append(sec);
  Promise.resolve().then(fill).then((content) => {
    if (token !== state.panelToken) return;
    clear(body);
    if (!content || (Array.isArray(content) && content.length === 0)) sec.remove();
    else body.append(...[content].flat());
  }).catch((e) => {
    if (token !== state.panelToken) return;
    clear(body);
    body.append(el('p', { class: 'section-error', role: 'alert' }, `Could not load: ${e.message || e}`));
  });
  return sec;
}

function iriLink(iri, label) {
  return el('a', { href: linkFor(iri), title: iri }, label || localName(iri));
}

function showNode(node) {
  const token = openPanel(node.label);
  $('expand-selected').disabled = false;
  const body = $('panel-body');
  body.append(el('p', { class: 'panel-type' }, el('span', { class: `swatch kind-${node.kind}`, 'aria-hidden': 'true' }),
    typeName(node.types), ' · ', iriLink(node.id, 'linked-data page')));
  if (!node.expanded) {
    body.append(el('p', {}, el('button', { type: 'button', onclick: () => expand(node).catch(reportError) }, 'Show its neighbours')));
  }
  section('Facts', token, async () => factsList(await sparql.select(Q.facts(node.id))));
  if (node.kind === 'event') section('Event', token, async () => eventBlock(await eventInfo(node.id)));
  section('Claims and their evidence', token, async () => claimList(await sparql.select(Q.claims(node.id))), 'evidence');
  section('Given as evidence', token, async () => sentenceList(await sparql.select(Q.evidenceSentences(node.id)), () => []), 'evidence');
  section('Source sentences', token, async () => sentenceList(await sparql.select(Q.mentions([node.id])),
    (r) => parseSpans(v(r, 'spans')).map(([b, e]) => [b, e, 'm1'])), 'evidence mentions');
}

function showEdge(edge) {
  const s = graph.node(edge.source);
  const t = graph.node(edge.target);
  const token = openPanel(`${s.label} → ${t.label}`);
  $('expand-selected').disabled = true;
  const rels = edge.rels.filter((r) => r.kind === 'relation');
  $('panel-body').append(el('ul', { class: 'relations' },
    ...edge.rels.map((r) => el('li', {}, r.kind === 'relation'
      ? [s.label, ' ', el('strong', {}, r.label), ' ', t.label]
      : `${s.label} and ${t.label} are named in the same sentence ${r.count === 1 ? 'once' : `${r.count} times`}`))));
  if (rels.length) {
    section('Claims and their evidence', token, async () => {
      const rows = (await Promise.all(rels.map((r) => sparql.select(Q.claims(edge.source, r.iri, edge.target))))).flat();
      return rows.length ? claimList(rows) : el('p', { class: 'muted' }, 'No claim records this link.');
    }, 'evidence');
  }
  section('Sentences naming both', token, async () => sentenceList(await sparql.select(Q.mentions([edge.source, edge.target])),
    (r) => [...parseSpans(v(r, 'spans')).map(([b, e]) => [b, e, 'm1']), ...parseSpans(v(r, 'spans2')).map(([b, e]) => [b, e, 'm2'])]),
  'evidence mentions');
}

function literalText(b) {
  if (!b) return '';
  return b.value;
}

function factsList(rows) {
  const skip = new Set([RDFS_LABEL, RDF_TYPE, Q.PARLEY + 'contentDigest', Q.PARLEY + 'bodyHash']);
  const aliases = rows.filter((r) => v(r, 'p') === SKOS_ALT).map((r) => v(r, 'o'));
  const same = rows.filter((r) => v(r, 'p') === OWL_SAME).map((r) => v(r, 'o'));
  const items = [];
  if (aliases.length) items.push(el('dt', {}, 'also called'), el('dd', {}, [...new Set(aliases)].join(' · ')));
  if (same.length) items.push(el('dt', {}, 'same as'), el('dd', {}, ...same.map((s) => el('a', { href: s, rel: 'noopener noreferrer' }, localName(s)))));
  const byProperty = new Map();
  for (const r of rows) {
    const p = v(r, 'p');
    if (skip.has(p) || p === SKOS_ALT || p === OWL_SAME) continue;
    const o = r.o;
    const value = o.type === 'uri' ? iriLink(o.value, v(r, 'label') || localName(o.value)) : literalText(o);
    if (!byProperty.has(p)) byProperty.set(p, []);
    byProperty.get(p).push(value);
  }
  for (const [p, values] of byProperty) {
    const joined = [];
    values.forEach((x, i) => { if (i) joined.push(', '); joined.push(x); });
    items.push(el('dt', {}, propertyName(p)), el('dd', {}, ...joined));
  }
  return items.length ? el('dl', { class: 'facts' }, ...items) : null;
}

function claimList(rows) {
  const byClaim = new Map();
  for (const r of rows) if (!byClaim.has(v(r, 'c'))) byClaim.set(v(r, 'c'), r);
  return [...byClaim.values()].map((r) => {
    const co = r.co;
    const object = co.type === 'uri' ? (v(r, 'col') || localName(co.value)) : co.value;
    const spans = [];
    const eb = n(r, 'eb');
    const ee = n(r, 'ee');
    if (eb !== undefined && ee !== undefined) spans.push([eb, ee, 'm1']);
    const sentence = v(r, 'text') !== undefined
      ? highlighted(v(r, 'text'), n(r, 'sb') || 0, spans)
      : (v(r, 'anchor') ? el('q', { class: 'sentence' }, el('mark', {}, v(r, 'anchor'))) : null);
    const meta = [];
    if (v(r, 'conf')) meta.push(`confidence ${Number(v(r, 'conf')).toFixed(2)}`);
    if (v(r, 'extractor')) meta.push(v(r, 'extractor'));
    return el('div', { class: 'claim' },
      el('p', { class: 'claim-fact' }, v(r, 'csl') || localName(v(r, 'cs')), ' ', el('strong', {}, propertyName(v(r, 'cp'))), ' ', object),
      sentence,
      el('p', { class: 'source' }, v(r, 'a') ? iriLink(v(r, 'a'), v(r, 'title') || 'article') : '', meta.length ? ` · ${meta.join(' · ')}` : ''));
  });
}

/** Sentences grouped by article, each with its highlighted spans. */
function sentenceList(rows, spansOf) {
  if (rows.length === 0) return null;
  const byArticle = new Map();
  for (const r of rows) {
    const a = v(r, 'a') || '';
    if (!byArticle.has(a)) byArticle.set(a, { title: v(r, 'title'), date: v(r, 'date'), rows: [] });
    byArticle.get(a).rows.push(r);
  }
  return [...byArticle.entries()].map(([a, g]) => el('div', { class: 'article' },
    el('h4', {}, a ? iriLink(a, g.title || 'Untitled article') : 'Unknown article', g.date ? el('span', { class: 'muted' }, ` · ${g.date}`) : ''),
    el('ul', { class: 'sentences' }, ...g.rows.map((r) => el('li', { dataset: { sentence: v(r, 's') } },
      highlighted(v(r, 'text'), n(r, 'sb') || 0, spansOf(r)))))));
}

// ---------------------------------------------------------------- events

/** Details of events (participants with roles, places, delegations, sources), by IRI. */
async function eventDetails(events) {
  const out = new Map(events.map((e) => [e.iri, e]));
  for (let i = 0; i < events.length; i += 80) {
    const chunk = events.slice(i, i + 80).map((e) => e.iri);
    const [parts, ctx] = await Promise.all([sparql.select(Q.eventParticipants(chunk)), sparql.select(Q.eventContext(chunk))]);
    const who = new Map();
    for (const r of parts) {
      const key = `${v(r, 'ev')}\u0000${v(r, 'x')}`;
      if (!who.has(key)) who.set(key, { ev: v(r, 'ev'), iri: v(r, 'x'), label: v(r, 'label') || localName(v(r, 'x')), types: types(r), roles: new Set() });
      who.get(key).roles.add(v(r, 'role'));
    }
    for (const p of who.values()) {
      const roles = [...p.roles];
      const specific = roles.filter((r) => !isGeneric(r));
      p.roles = (specific.length ? specific : roles).map(propertyName).map((r) => (r === 'has participant' ? 'participant' : r));
      out.get(p.ev).participants.push(p);
    }
    for (const r of ctx) {
      const e = out.get(v(r, 'ev'));
      const kind = v(r, 'kind');
      const x = { iri: v(r, 'x'), label: v(r, 'label') || localName(v(r, 'x')) };
      if (kind === 'place' && !e.places.some((p) => p.iri === x.iri)) e.places.push(x);
      else if (kind === 'source' && !e.sources.some((p) => p.iri === x.iri)) e.sources.push(x);
      else if (kind === 'partOf' && !e.partOf.some((p) => p.iri === x.iri)) e.partOf.push(x);
      else if (kind === 'delegation') {
        let d = e.delegations.find((y) => y.iri === x.iri);
        if (!d) { d = { ...x, head: null, state: null }; e.delegations.push(d); }
        if (v(r, 'extraLabel')) d.state = v(r, 'extraLabel');
      }
    }
    for (const r of ctx) {
      if (v(r, 'kind') !== 'head') continue;
      const e = out.get(v(r, 'ev'));
      const d = e.delegations.find((y) => y.iri === v(r, 'extra'));
      if (d) d.head = v(r, 'label');
    }
  }
  return out;
}

function newEvent(iri, label, typeList, time, status) {
  return { iri, label: label || localName(iri), types: typeList, typeName: typeName(typeList), time, status,
    participants: [], places: [], sources: [], delegations: [], partOf: [] };
}

/** An event's details: from the timeline when it is there, else queried. */
async function eventInfo(iri) {
  const known = timeline.event(iri);
  if (known) return known;
  const rows = await sparql.select(Q.describeNodes([iri]));
  const e = newEvent(iri, rows[0] && v(rows[0], 'label'), rows[0] ? types(rows[0]) : [], null, null);
  await eventDetails([e]);
  return e;
}

function eventBlock(e) {
  const rows = [];
  const add = (k, ...val) => rows.push(el('dt', {}, k), el('dd', {}, ...val));
  add('type', e.typeName);
  if (e.time) add('when', e.time.text);
  if (e.status) add('status', e.status);
  if (e.places.length) add('place', ...e.places.map((p) => iriLink(p.iri, p.label)));
  if (e.partOf.length) add('part of', ...e.partOf.map((p) => iriLink(p.iri, p.label)));
  if (e.participants.length) {
    add('participants', el('ul', { class: 'participants' }, ...e.participants.map((p) =>
      el('li', {}, iriLink(p.iri, p.label), el('span', { class: 'role' }, ` — ${p.roles.join(', ')}`)))));
  }
  if (e.delegations.length) {
    add('delegations', el('ul', {}, ...e.delegations.map((d) => el('li', {}, iriLink(d.iri, d.label),
      d.state ? ` (${d.state})` : '', d.head ? ` — led by ${d.head}` : ''))));
  }
  if (e.sources.length) add('sources', el('ul', {}, ...e.sources.map((s) => el('li', {}, iriLink(s.iri, s.label)))));
  return el('dl', { class: 'facts' }, ...rows);
}

const timeline = new Timeline({
  axis: $('timeline-axis'), list: $('timeline'), from: $('time-from'), to: $('time-to'), reset: $('time-reset'), count: $('timeline-count'),
}, {
  onSelect: (e) => showEventInGraph(e).catch(reportError),
  onRangeChange: () => applyFilter(),
  linkFor,
});

async function showEventInGraph(e) {
  let node = graph.node(e.iri);
  if (!node) {
    if (graph.size === 0) {
      await focusOn(e.iri, e.label, e.types);
      node = graph.node(e.iri);
    } else {
      node = addNodeFrom(e.iri, e.label, e.types);
      await expand(node);
    }
  }
  graph.select(e.iri, true);
  showNode(node);
}

async function loadTimeline() {
  const rows = await sparql.select(Q.timelineEvents());
  const events = rows.map((r) => newEvent(v(r, 'ev'), v(r, 'label'), types(r),
    interval({ date: v(r, 'date'), yearMonth: v(r, 'yearMonth'), year: v(r, 'year') }),
    v(r, 'status') ? localName(v(r, 'status')).replace(/^status-/, '') : null)).filter((e) => e.time);
  await eventDetails(events);
  timeline.setEvents(events);
}

// ---------------------------------------------------------------- start

$('endpoint-link').textContent = endpoint;
$('endpoint-link').href = endpoint;
updateCount();
loadTimeline().catch((e) => {
  reportError(e);
  clear($('timeline')).append(el('li', { class: 'section-error' }, `The timeline could not be loaded: ${e.message || e}`));
});
const start = params.get('entity');
if (start) {
  sparql.select(Q.describeNodes([start])).then((rows) => {
    const r = rows[0] || {};
    return focusOn(start, v(r, 'label'), types(r));
  }).catch(reportError);
} else {
  input.focus();
}
