// An interactive graph in SVG with a small force-directed layout: drag nodes, drag the background to pan, wheel
// to zoom; click selects, double-click expands; nodes are focusable (Enter selects, E or + expands).

import { svg, clear } from './dom.js';

const REPULSION = 6000;
const SPRING = 0.04;
const SPRING_LENGTH = 150;
const GRAVITY = 0.012;
const DAMPING = 0.82;
const ALPHA_MIN = 0.004;

export class GraphView {
  /**
   * @param {SVGSVGElement} root the SVG element to draw into
   * @param {{onSelectNode: Function, onSelectEdge: Function, onExpand: Function}} callbacks
   */
  constructor(root, callbacks) {
    this.root = root;
    this.cb = callbacks;
    this.nodes = new Map();   // id -> node
    this.edges = new Map();   // key -> edge
    this.hidden = () => false;
    this.view = { x: 0, y: 0, k: 1 };
    this.alpha = 0;
    this.frame = 0;
    this.selected = null;
    clear(root);
    this.viewport = svg('g', { class: 'viewport' });
    this.edgeLayer = svg('g', { class: 'edges' });
    this.nodeLayer = svg('g', { class: 'nodes' });
    root.append(svg('defs', {},
      svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' },
        svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }))));
    this.viewport.append(this.edgeLayer, this.nodeLayer);
    root.append(this.viewport);
    this.installPanZoom();
  }

  get size() {
    return this.nodes.size;
  }

  has(id) {
    return this.nodes.has(id);
  }

  node(id) {
    return this.nodes.get(id);
  }

  /** Adds a node (or updates its label and kind); new nodes start near {@code near} if given. */
  addNode({ id, label, kind, types }, near) {
    let n = this.nodes.get(id);
    if (n) {
      if (label && n.label !== label) { n.label = label; n.text.textContent = shorten(label); n.title.textContent = label; }
      return n;
    }
    const box = this.root.getBoundingClientRect();
    const cx = near ? near.x : (box.width / 2 - this.view.x) / this.view.k;
    const cy = near ? near.y : (box.height / 2 - this.view.y) / this.view.k;
    const angle = Math.random() * 2 * Math.PI;
    const r = near ? 60 + Math.random() * 40 : 0;
    n = { id, label: label || id, kind: kind || 'other', types: types || [], x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), vx: 0, vy: 0, fixed: false, expanded: false };
    n.title = svg('title', { text: `${n.label} (${kind})` });
    n.circle = svg('circle', { r: kind === 'event' ? 13 : 10 });
    n.text = svg('text', { x: 15, y: 4, text: shorten(n.label) });
    n.g = svg('g', {
      class: `node kind-${n.kind}`, tabindex: 0, role: 'button', 'aria-label': `${n.label}, ${kind}`,
      dataset: { iri: id, kind: n.kind, label: n.label },
    }, n.title, n.circle, n.text);
    this.bindNode(n);
    this.nodeLayer.append(n.g);
    this.nodes.set(id, n);
    this.kick();
    return n;
  }

  /**
   * Adds an edge from source to target (or adds a relation to an existing one). {@code rel} = {iri, label, kind}
   * with kind 'relation' or 'comention'.
   */
  addEdge(source, target, rel) {
    if (!this.nodes.has(source) || !this.nodes.has(target) || source === target) return null;
    const key = `${source}\u0000${target}`;
    let e = this.edges.get(key);
    if (!e) {
      e = { key, source, target, rels: [] };
      e.line = svg('line', { class: 'edge-line' });
      e.hit = svg('line', { class: 'edge-hit' });
      e.text = svg('text', { class: 'edge-label' });
      e.g = svg('g', { class: 'edge', tabindex: 0, role: 'button' }, e.hit, e.line, e.text);
      e.g.addEventListener('pointerdown', (ev) => ev.stopPropagation());
      e.g.addEventListener('click', (ev) => { ev.stopPropagation(); this.selectEdge(e); });
      e.g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); this.selectEdge(e); } });
      this.edgeLayer.append(e.g);
      this.edges.set(key, e);
    }
    if (!e.rels.some((r) => r.iri === rel.iri && r.kind === rel.kind)) e.rels.push(rel);
    this.refreshEdge(e);
    this.kick();
    return e;
  }

  refreshEdge(e) {
    // a generic participation link says less than a role: show the role only
    let rels = e.rels.filter((r) => r.kind === 'relation');
    if (rels.length > 1) rels = rels.filter((r) => !r.generic);
    const comention = e.rels.find((r) => r.kind === 'comention');
    const only = rels.length === 0;
    const s = this.nodes.get(e.source).label;
    const t = this.nodes.get(e.target).label;
    let label;
    let description;
    if (only && comention) {
      // co-mentions are many: a short label, the words in the accessible name and the tooltip
      label = `×${comention.count}`;
      description = `${s} and ${t} are named in the same sentence ${comention.count === 1 ? 'once' : `${comention.count} times`}`;
    } else {
      label = rels.map((r) => r.label).join(', ');
      description = `${s} ${label} ${t}`;
    }
    e.text.textContent = label;
    if (!e.title) { e.title = svg('title'); e.g.prepend(e.title); }
    e.title.textContent = description;
    e.g.setAttribute('class', `edge${only ? ' comention' : ''}`);
    if (only) e.line.removeAttribute('marker-end'); else e.line.setAttribute('marker-end', 'url(#arrow)');
    e.g.setAttribute('aria-label', description);
    e.g.dataset.label = label;
  }

  /** Removes everything. */
  clear() {
    this.nodes.clear();
    this.edges.clear();
    clear(this.edgeLayer);
    clear(this.nodeLayer);
    this.selected = null;
    this.view = { x: 0, y: 0, k: 1 };
    this.applyView();
  }

  /** Sets the predicate deciding which nodes are hidden (e.g. events outside the timeline's range). */
  setHidden(predicate) {
    this.hidden = predicate;
    this.applyVisibility();
  }

  applyVisibility() {
    const show = (e) => !e.rels.every((r) => r.kind === 'comention') || this.showComentions;
    for (const n of this.nodes.values()) {
      n.isHidden = this.hidden(n);
      n.g.classList.toggle('filtered', n.isHidden);
    }
    for (const e of this.edges.values()) {
      const hide = this.nodes.get(e.source).isHidden || this.nodes.get(e.target).isHidden || !show(e);
      e.g.classList.toggle('filtered', hide);
      e.isHidden = hide;
    }
    // nodes reached only through hidden co-mention edges are hidden with them
    if (!this.showComentions) {
      const linked = new Set();
      for (const e of this.edges.values()) if (!e.isHidden) { linked.add(e.source); linked.add(e.target); }
      for (const n of this.nodes.values()) {
        if (!linked.has(n.id) && !n.root && !n.isHidden) { n.isHidden = true; n.g.classList.add('filtered'); }
      }
    }
  }

  setShowComentions(show) {
    this.showComentions = show;
    this.applyVisibility();
  }

  visibleCount() {
    let n = 0;
    for (const x of this.nodes.values()) if (!x.isHidden) n++;
    return n;
  }

  /** Marks a node selected (and focuses it if asked). */
  select(id, focus) {
    for (const n of this.nodes.values()) n.g.classList.toggle('selected', n.id === id);
    for (const e of this.edges.values()) e.g.classList.remove('selected');
    this.selected = id ? { node: id } : null;
    const n = this.nodes.get(id);
    if (n && focus) n.g.focus();
  }

  selectEdge(e) {
    for (const n of this.nodes.values()) n.g.classList.remove('selected');
    for (const x of this.edges.values()) x.g.classList.toggle('selected', x === e);
    this.selected = { edge: e.key };
    this.cb.onSelectEdge(e);
  }

  bindNode(n) {
    let drag = null;
    let dragged = false;
    n.g.addEventListener('pointerdown', (ev) => {
      if (ev.button !== 0) return;
      ev.stopPropagation();
      n.g.setPointerCapture(ev.pointerId);
      const p = this.toGraph(ev);
      drag = { dx: n.x - p.x, dy: n.y - p.y, moved: false, sx: ev.clientX, sy: ev.clientY };
      n.fixed = true;
    });
    n.g.addEventListener('pointermove', (ev) => {
      if (!drag) return;
      if (Math.abs(ev.clientX - drag.sx) + Math.abs(ev.clientY - drag.sy) > 3) drag.moved = true;
      const p = this.toGraph(ev);
      n.x = p.x + drag.dx;
      n.y = p.y + drag.dy;
      n.vx = n.vy = 0;
      this.kick(0.3);
    });
    const end = (ev) => {
      if (!drag) return;
      if (n.g.hasPointerCapture(ev.pointerId)) n.g.releasePointerCapture(ev.pointerId);
      dragged = drag.moved;
      drag = null;
    };
    n.g.addEventListener('pointerup', end);
    n.g.addEventListener('pointercancel', end);
    n.g.addEventListener('click', (ev) => {
      ev.stopPropagation();
      if (dragged) { dragged = false; return; }
      this.select(n.id);
      this.cb.onSelectNode(n);
    });
    n.g.addEventListener('dblclick', (ev) => {
      ev.stopPropagation();
      ev.preventDefault();
      this.cb.onExpand(n);
    });
    n.g.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        this.select(n.id);
        this.cb.onSelectNode(n);
      } else if (ev.key === 'e' || ev.key === 'E' || ev.key === '+') {
        ev.preventDefault();
        this.cb.onExpand(n);
      }
    });
  }

  installPanZoom() {
    let pan = null;
    this.root.addEventListener('pointerdown', (ev) => {
      if (ev.button !== 0) return;
      pan = { x: ev.clientX - this.view.x, y: ev.clientY - this.view.y };
      this.root.setPointerCapture(ev.pointerId);
      this.root.classList.add('panning');
    });
    this.root.addEventListener('pointermove', (ev) => {
      if (!pan) return;
      this.view.x = ev.clientX - pan.x;
      this.view.y = ev.clientY - pan.y;
      this.applyView();
    });
    const end = (ev) => {
      if (!pan) return;
      pan = null;
      if (this.root.hasPointerCapture(ev.pointerId)) this.root.releasePointerCapture(ev.pointerId);
      this.root.classList.remove('panning');
    };
    this.root.addEventListener('pointerup', end);
    this.root.addEventListener('pointercancel', end);
    this.root.addEventListener('wheel', (ev) => {
      ev.preventDefault();
      const box = this.root.getBoundingClientRect();
      const mx = ev.clientX - box.left;
      const my = ev.clientY - box.top;
      const k = Math.min(4, Math.max(0.2, this.view.k * Math.exp(-ev.deltaY * 0.0015)));
      this.view.x = mx - (mx - this.view.x) * (k / this.view.k);
      this.view.y = my - (my - this.view.y) * (k / this.view.k);
      this.view.k = k;
      this.applyView();
    }, { passive: false });
  }

  /** Zooms and pans so that every visible node is in view. */
  fit() {
    const vis = [...this.nodes.values()].filter((n) => !n.isHidden);
    if (vis.length === 0) return;
    const box = this.root.getBoundingClientRect();
    const xs = vis.map((n) => n.x);
    const ys = vis.map((n) => n.y);
    const minX = Math.min(...xs) - 40;
    const maxX = Math.max(...xs) + 160;
    const minY = Math.min(...ys) - 40;
    const maxY = Math.max(...ys) + 40;
    const k = Math.min(2, Math.max(0.2, Math.min(box.width / (maxX - minX), box.height / (maxY - minY))));
    this.view.k = k;
    this.view.x = (box.width - (maxX + minX) * k) / 2;
    this.view.y = (box.height - (maxY + minY) * k) / 2;
    this.applyView();
  }

  applyView() {
    this.viewport.setAttribute('transform', `translate(${this.view.x},${this.view.y}) scale(${this.view.k})`);
  }

  toGraph(ev) {
    const box = this.root.getBoundingClientRect();
    return { x: (ev.clientX - box.left - this.view.x) / this.view.k, y: (ev.clientY - box.top - this.view.y) / this.view.k };
  }

  /** Restarts the layout. */
  kick(alpha = 0.5) {
    this.alpha = Math.max(this.alpha, alpha);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.tick());
  }

  /** Runs the layout for some steps at once (no drawing in between), then draws and lets it cool down. */
  settle(steps = 200) {
    this.alpha = 1;
    for (let i = 0; i < steps && this.alpha > ALPHA_MIN; i++) {
      this.step();
      this.alpha *= 0.985;
    }
    this.draw();
    this.kick(Math.max(this.alpha, 0.05));
  }

  tick() {
    this.frame = 0;
    this.step();
    this.draw();
    this.alpha *= 0.97;
    if (this.alpha > ALPHA_MIN) this.frame = requestAnimationFrame(() => this.tick());
  }

  step() {
    const nodes = [...this.nodes.values()];
    const a = this.alpha;
    for (let i = 0; i < nodes.length; i++) {
      const p = nodes[i];
      for (let j = i + 1; j < nodes.length; j++) {
        const q = nodes[j];
        let dx = p.x - q.x;
        let dy = p.y - q.y;
        // labels run to the right of their nodes: horizontal distance counts for less, so they spread sideways
        let d2 = (dx * dx) / 6 + dy * dy;
        if (d2 < 1) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 1; }
        if (d2 > 250000) continue;
        const f = (REPULSION * a) / d2;
        const d = Math.sqrt(d2);
        p.vx += (dx / d) * f; p.vy += (dy / d) * f;
        q.vx -= (dx / d) * f; q.vy -= (dy / d) * f;
      }
    }
    for (const e of this.edges.values()) {
      const s = this.nodes.get(e.source);
      const t = this.nodes.get(e.target);
      const dx = t.x - s.x;
      const dy = t.y - s.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - SPRING_LENGTH) * SPRING * a;
      s.vx += (dx / d) * f; s.vy += (dy / d) * f;
      t.vx -= (dx / d) * f; t.vy -= (dy / d) * f;
    }
    let cx = 0;
    let cy = 0;
    for (const n of nodes) { cx += n.x; cy += n.y; }
    cx /= nodes.length || 1;
    cy /= nodes.length || 1;
    for (const n of nodes) {
      n.vx += (cx - n.x) * GRAVITY * a;
      n.vy += (cy - n.y) * GRAVITY * a;
      if (n.fixed) { n.vx = n.vy = 0; continue; }
      n.vx *= DAMPING; n.vy *= DAMPING;
      n.x += Math.max(-30, Math.min(30, n.vx));
      n.y += Math.max(-30, Math.min(30, n.vy));
    }
  }

  draw() {
    for (const n of this.nodes.values()) n.g.setAttribute('transform', `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`);
    for (const e of this.edges.values()) {
      const s = this.nodes.get(e.source);
      const t = this.nodes.get(e.target);
      const dx = t.x - s.x;
      const dy = t.y - s.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const rt = (t.kind === 'event' ? 13 : 10) + 2;
      const x2 = t.x - (dx / d) * rt;
      const y2 = t.y - (dy / d) * rt;
      for (const l of [e.line, e.hit]) {
        l.setAttribute('x1', s.x.toFixed(1)); l.setAttribute('y1', s.y.toFixed(1));
        l.setAttribute('x2', x2.toFixed(1)); l.setAttribute('y2', y2.toFixed(1));
      }
      e.text.setAttribute('x', ((s.x + t.x) / 2).toFixed(1));
      e.text.setAttribute('y', ((s.y + t.y) / 2 - 4).toFixed(1));
    }
  }
}

function shorten(s) {
  return s.length > 40 ? s.slice(0, 38) + '…' : s;
}
