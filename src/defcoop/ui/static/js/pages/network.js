// Network of countries and IGOs on cytoscape.js (vendored) with the fCoSE force layout:
// zoom, pan and drag; names on nodes; node size = events; colour = kind (country / IGO);
// edge width = events; arrows for transfers (supplier → recipient). Filter by type, years,
// country and the fewest events per pair; click an edge to list its events, a node to open its page.

import { get, filtersFrom } from "../api.js";
import { h, link, query, replace, plural, fmtNumber } from "../dom.js";
import { filterForm, typeBadge, truncate, table, loadFiltered, fixFilters } from "../common.js";
import { graphLibrary } from "../vendor.js";

const KIND_COLOURS = { country: "#1f5f8b", igo: "#c8553d" };
const EDGE_COLOUR = "#8a97a4";
const SELECTED = "#e15759";

/** A seeded random generator (mulberry32): the layout draws the same picture for the same data. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The pairs to draw: every node's heaviest pair (so each country keeps a place and a name), then the
 * heaviest of the rest up to `maxEdges` in all; the nodes are those of the kept pairs. */
export function backbone(graph, maxEdges) {
  const sorted = [...graph.edges].sort((a, b) => b.weight - a.weight || (a.source + a.target).localeCompare(b.source + b.target));
  const keep = new Set();
  const placed = new Set();
  for (const e of sorted) {
    if (!placed.has(e.source) || !placed.has(e.target)) keep.add(e);
    placed.add(e.source);
    placed.add(e.target);
  }
  for (const e of sorted) {
    if (keep.size >= maxEdges) break;
    keep.add(e);
  }
  const edges = sorted.filter((e) => keep.has(e));
  const codes = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes: graph.nodes.filter((n) => codes.has(n.code)), edges };
}

/** Cytoscape elements: nodes sized by events; one edge per pair, pointing supplier → recipient when transfers go one way. */
export function elements(graph, flows) {
  const maxN = Math.max(1, ...graph.nodes.map((n) => n.events));
  const maxW = Math.max(1, ...graph.edges.map((e) => e.weight));
  const flow = new Map(flows.map((f) => [`${f.source}>${f.target}`, f.events]));
  const nodes = graph.nodes.map((n) => ({ group: "nodes", data: { id: n.code, label: n.name, kind: n.kind,
    events: n.events, size: 10 + 34 * Math.sqrt(n.events / maxN), colour: KIND_COLOURS[n.kind] || KIND_COLOURS.country } }));
  const edges = graph.edges.map((e) => {
    const forward = flow.get(`${e.source}>${e.target}`) || 0;
    const backward = flow.get(`${e.target}>${e.source}`) || 0;
    const [source, target] = backward > 0 && forward === 0 ? [e.target, e.source] : [e.source, e.target];
    const arrows = forward && backward ? "both" : forward || backward ? "one" : "none";
    return { group: "edges", classes: `arrows-${arrows}`, data: { id: `${e.source}|${e.target}`, source, target,
      pair: `${e.source},${e.target}`, weight: e.weight, transfers: forward + backward,
      width: 1 + 7 * Math.sqrt(e.weight / maxW) } };
  });
  return [...nodes, ...edges];
}

/** Move nodes apart until no two label boxes overlap (fCoSE counts labels only roughly in a dense core). */
export function spreadLabels(cy, rounds = 80, gap = 2) {
  const nodes = cy.nodes().toArray();
  const pos = nodes.map((n) => ({ ...n.position() }));
  const half = nodes.map((n) => {
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
    const p = n.position();
    return { left: p.x - b.x1 + gap, right: b.x2 - p.x + gap, up: p.y - b.y1 + gap, down: b.y2 - p.y + gap };
  });
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    const order = nodes.map((_, i) => i).sort((i, j) => (pos[i].x - half[i].left) - (pos[j].x - half[j].left));
    for (let a = 0; a < order.length; a++) {
      const i = order[a];
      for (let b = a + 1; b < order.length; b++) {
        const j = order[b];
        if (pos[j].x - half[j].left >= pos[i].x + half[i].right) break;  // sorted by left edge: no later box overlaps i
        const dx = Math.min(pos[i].x + half[i].right, pos[j].x + half[j].right) - Math.max(pos[i].x - half[i].left, pos[j].x - half[j].left);
        const dy = Math.min(pos[i].y + half[i].down, pos[j].y + half[j].down) - Math.max(pos[i].y - half[i].up, pos[j].y - half[j].up);
        if (dx <= 0 || dy <= 0) continue;
        moved = true;
        if (dy < dx) {  // push apart along the axis that needs the smaller move
          const shift = (dy / 2) * (pos[i].y <= pos[j].y ? 1 : -1);
          pos[i].y -= shift; pos[j].y += shift;
        } else {
          const shift = (dx / 2) * (pos[i].x <= pos[j].x ? 1 : -1);
          pos[i].x -= shift; pos[j].x += shift;
        }
      }
    }
    if (!moved) break;
  }
  cy.batch(() => nodes.forEach((n, i) => n.position(pos[i])));
}

/** Show the whole network, but no larger than 1.6 times its size (a few nodes would fill the box). */
function fitView(cy) {
  cy.fit(undefined, 20);
  if (cy.zoom() > 1.6) {
    cy.zoom(1.6);
    cy.center();
  }
}

const STYLE = [
  { selector: "node", style: { "background-color": "data(colour)", width: "data(size)", height: "data(size)",
    label: "data(label)", "font-size": 11, "font-family": "DejaVu Sans, sans-serif", color: "#1d232a",
    "text-valign": "bottom", "text-halign": "center", "text-margin-y": 2, "text-background-color": "#ffffff",
    "text-background-opacity": 0.75, "text-background-padding": 1,  "border-width": 1.5, "border-color": "#ffffff",
    "min-zoomed-font-size": 6 } },
  { selector: "node:active, node:selected", style: { "border-color": SELECTED, "border-width": 3 } },
  { selector: "edge", style: { width: "data(width)", "line-color": EDGE_COLOUR, opacity: 0.55, "curve-style": "straight",
    "target-arrow-color": EDGE_COLOUR, "source-arrow-color": EDGE_COLOUR, "arrow-scale": 0.9 } },
  { selector: "edge.arrows-one", style: { "target-arrow-shape": "triangle", "line-color": "#b5524f",
    "target-arrow-color": "#b5524f" } },
  { selector: "edge.arrows-both", style: { "target-arrow-shape": "triangle", "source-arrow-shape": "triangle",
    "line-color": "#b5524f", "target-arrow-color": "#b5524f", "source-arrow-color": "#b5524f" } },
  { selector: "edge.hover", style: { opacity: 0.95 } },
  { selector: "edge.selected", style: { "line-color": SELECTED, "target-arrow-color": SELECTED,
    "source-arrow-color": SELECTED, opacity: 1, "z-index": 10 } },
];

function legend() {
  const item = (cls, text) => h("li", null, h("span", { class: `key ${cls}` }), text);
  return h("ul", { class: "legend network-legend" },
    item("node-country", "country"), item("node-igo", "international organisation"),
    item("node-size", "circle size = events"), item("edge-plain", "line width = events of the pair"),
    item("edge-transfer", "arrow = transfers, supplier → recipient"));
}

/** The drawn pairs as a table (for the keyboard and for reading exact counts), heaviest first. */
function pairsTable(graph, flows, filters) {
  const names = new Map(graph.nodes.map((n) => [n.code, n.name]));
  const flow = new Map(flows.map((f) => [`${f.source}>${f.target}`, f.events]));
  const rows = graph.edges.map((e) => {
    const pair = `${e.source},${e.target}`;
    const directions = [[e.source, e.target], [e.target, e.source]].filter(([a, b]) => flow.get(`${a}>${b}`))
      .map(([a, b]) => `${names.get(a)} → ${names.get(b)}: ${fmtNumber(flow.get(`${a}>${b}`))}`);
    return h("tr", null, h("td", null, link(`/events${query({ ...filters, pair })}`, `${names.get(e.source)} – ${names.get(e.target)}`)),
      h("td", { class: "num" }, fmtNumber(e.weight)), h("td", null, directions.join("; ")));
  });
  return h("details", { class: "pairs-table" }, h("summary", null, `The ${plural(graph.edges.length, "pair")} drawn, as a table`),
    table(["pair", "events", "transfers"], rows, { class: "data compact" }));
}

export async function networkPage({ params, navigate }) {
  const filters = filtersFrom(params);
  const maxEdges = Number(params.get("max_edges") || 300);
  const minEvents = Number(params.get("min_events") || 1);
  const wantsFlows = !filters.type || filters.type.split(",").includes("TRANSFER");
  const fields = ["type", "since", "until", "country", "status"];
  const onSubmit = (next) => navigate(`/network?${next}`);
  const loaded = await loadFiltered(() => Promise.all([
    get("/api/graph", { ...filters, max_edges: 5000, min_weight: minEvents }),
    wantsFlows ? get("/api/map", { ...filters, max_flows: 5000 }) : Promise.resolve({ flows: [] })]));
  if (!loaded.data) {  // a filter the API refused: the form with each message next to its field
    return h("section", { class: "network-page" }, h("h1", null, "Network of countries and IGOs"),
      filterForm(params, fields, onSubmit, loaded.errors), fixFilters());
  }
  const [allPairs, map] = loaded.data;
  const cytoscape = await graphLibrary();

  const form = filterForm(params, fields, onSubmit);
  form.querySelector("button[type=submit]").before(
    h("label", null, h("span", null, "Min. events per pair"), h("input", { name: "min_events", type: "number", min: 1,
      step: 1, value: params.get("min_events") || "", placeholder: "1", class: "narrow" })),
    h("label", null, h("span", null, "Pairs shown"), h("input", { name: "max_edges", type: "number", min: 1, max: 5000,
      step: 1, value: params.get("max_edges") || "", placeholder: "300", class: "narrow" })));
  const head = [h("h1", null, "Network of countries and IGOs"), form];
  const graph = backbone(allPairs, maxEdges);
  if (!graph.edges.length) return h("section", { class: "network-page" }, ...head, h("p", { class: "muted" }, "No pairs for these filters."));

  const panel = h("aside", { class: "edge-panel", id: "edge-panel" },
    h("p", { class: "muted" }, "Click a line to list the events of that pair; click a circle to open its page. "
      + "Scroll to zoom, drag the background to pan, drag a circle to move it."));
  const container = h("div", { class: "network-graph", id: "network-graph" });
  const zoomBy = (factor) => {
    const cy = container.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
  };
  const tools = h("div", { class: "graph-tools" },
    h("button", { type: "button", class: "secondary", title: "Zoom in", onclick: () => zoomBy(1.3) }, "+"),
    h("button", { type: "button", class: "secondary", title: "Zoom out", onclick: () => zoomBy(1 / 1.3) }, "−"),
    h("button", { type: "button", class: "secondary", title: "Fit the whole network", onclick: () => fitView(container.cy) }, "Fit"));
  const view = h("section", { class: "network-page" }, ...head,
    h("p", { class: "muted small" }, `${fmtNumber(graph.nodes.length)} countries and IGOs, `
      + `${fmtNumber(graph.edges.length)} of ${plural(allPairs.edges.length, "pair")}`
      + (minEvents > 1 ? ` with at least ${fmtNumber(minEvents)} events` : "")
      + ": each one's strongest tie, then the heaviest others."),
    legend(),
    h("div", { class: "network-box" }, tools, container), panel, pairsTable(graph, map.flows, filters));

  const showEdge = async (edge) => {
    container.cy.edges(".selected").removeClass("selected");
    edge.addClass("selected");
    const pair = edge.data("pair");
    const [a, b] = pair.split(",");
    const names = `${edge.cy().getElementById(a).data("label")} – ${edge.cy().getElementById(b).data("label")}`;
    replace(panel, h("p", { class: "muted" }, "Loading…"));
    const events = await get("/api/events", { ...filters, pair, limit: 50 });
    const rows = events.items.map((e) => h("tr", null, h("td", { class: "nowrap" }, e.date || "—"), h("td", null, typeBadge(e.type)),
      h("td", null, link(`/events/${e.id}`, truncate(e.evidence, 120)))));
    replace(panel,
      h("h2", null, names),
      h("p", null, plural(events.total, "event"), edge.data("transfers") ? ` (${plural(edge.data("transfers"), "transfer")})` : "",
        " · ", link(`/events${query({ ...filters, pair })}`, "open in the events table")),
      table(["date", "type", "evidence"], rows, { class: "data compact", empty: "No events." }));
  };

  // Drawn once the container is in the page (cytoscape measures it).
  requestAnimationFrame(() => {
    if (!container.isConnected) return;
    const cy = cytoscape({ container, elements: elements(graph, map.flows), style: STYLE, minZoom: 0.1, maxZoom: 6,
      boxSelectionEnabled: false });
    container.cy = cy;  // for the browser tests and the console
    const random = Math.random;
    Math.random = seeded(7);  // fCoSE draws random numbers: a fixed seed gives the same layout each time
    try {
      cy.layout({ name: "fcose", quality: "default", randomize: true, animate: false, fit: false,
        nodeDimensionsIncludeLabels: true, uniformNodeDimensions: false, packComponents: true,
        nodeRepulsion: () => 12000, idealEdgeLength: () => 90, edgeElasticity: () => 0.3, nodeSeparation: 90,
        numIter: 2500, gravity: 0.2, tile: true }).run();
    } finally {
      Math.random = random;
    }
    spreadLabels(cy);
    fitView(cy);
    // A resized window (or a phone turned) shows the whole network again.
    new ResizeObserver(() => { cy.resize(); fitView(cy); }).observe(container);
    cy.on("tap", "edge", (event) => showEdge(event.target));
    cy.on("tap", "node", (event) => navigate(`/actors/${encodeURIComponent(event.target.id())}${query(filters)}`));
    cy.on("mouseover", "edge", (event) => {
      event.target.addClass("hover");
      container.title = `${event.target.data("pair").replace(",", " – ")}: ${plural(event.target.data("weight"), "event")}`;
    });
    cy.on("mouseout", "edge", (event) => { event.target.removeClass("hover"); container.title = ""; });
    cy.on("mouseover", "node", (event) => {
      container.title = `${event.target.data("label")} (${event.target.id()}): ${plural(event.target.data("events"), "event")}`;
    });
    cy.on("mouseout", "node", () => { container.title = ""; });
    container.dataset.ready = "true";
    performance.mark("defcoop:network-drawn");
  });
  return view;
}
