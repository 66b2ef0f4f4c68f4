// Network of countries and IGOs: a force layout drawn in SVG; edge width = events.
// Filter by type and years; click an edge to list its events, a node to open its page.

import { get, filtersFrom } from "../api.js";
import { h, s, link, query, replace, plural } from "../dom.js";
import { filterForm, typeBadge, truncate, table } from "../common.js";

/** Positions for the nodes: a deterministic spring layout (same input, same picture). */
export function layout(nodes, edges, width, height) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    const r = Math.min(width, height) * 0.35 * (0.6 + 0.4 * ((i * 7919) % 13) / 13);
    return { x: width / 2 + r * Math.cos(angle), y: height / 2 + r * Math.sin(angle) };
  });
  const index = new Map(nodes.map((node, i) => [node.code, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.weight]);
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  const k = Math.sqrt((width * height) / Math.max(1, n)) * 0.55;
  for (let step = 0; step < 250; step++) {
    const temp = 0.1 * Math.min(width, height) * (1 - step / 250) + 0.5;
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01;
        const dy = pos[i].y - pos[j].y || 0.01;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        const f = (k * k) / d2;
        disp[i].x += dx * f; disp[i].y += dy * f;
        disp[j].x -= dx * f; disp[j].y -= dy * f;
      }
    }
    for (const [a, b, w] of links) {
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.01);
      const f = (d / k) * (0.4 + 0.6 * Math.sqrt(w / maxW));
      disp[a].x -= dx * f; disp[a].y -= dy * f;
      disp[b].x += dx * f; disp[b].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x += (width / 2 - pos[i].x) * 0.12;  // gravity keeps separate components near the middle
      disp[i].y += (height / 2 - pos[i].y) * 0.12;
      const d = Math.max(Math.sqrt(disp[i].x ** 2 + disp[i].y ** 2), 0.01);
      pos[i].x += (disp[i].x / d) * Math.min(d, temp);
      pos[i].y += (disp[i].y / d) * Math.min(d, temp);
    }
  }
  // Fit into the box with a margin.
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const m = 40;
  return pos.map((p) => ({
    x: m + ((p.x - minX) / Math.max(maxX - minX, 1)) * (width - 2 * m),
    y: m + ((p.y - minY) / Math.max(maxY - minY, 1)) * (height - 2 * m),
  }));
}

export async function networkPage({ params, navigate }) {
  const filters = filtersFrom(params);
  const maxEdges = Number(params.get("max_edges") || 150);
  const graph = await get("/api/graph", { ...filters, max_edges: maxEdges });
  const width = 960;
  const height = 620;
  const panel = h("aside", { class: "edge-panel", id: "edge-panel" },
    h("p", { class: "muted" }, "Click a line to list the events of that pair; click a circle to open its page."));
  const svg = s("svg", { class: "network", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": `Network of ${graph.nodes.length} countries and IGOs` });
  if (!graph.edges.length) {
    return h("section", null, h("h1", null, "Network"), filterForm(params, ["type", "since", "until", "country", "status"],
      (next) => navigate(`/network?${next}`)), h("p", { class: "muted" }, "No pairs for these filters."));
  }
  const pos = layout(graph.nodes, graph.edges, width, height);
  const at = new Map(graph.nodes.map((node, i) => [node.code, pos[i]]));
  const maxW = Math.max(...graph.edges.map((e) => e.weight));
  const maxN = Math.max(...graph.nodes.map((node) => node.events), 1);
  const edgeLayer = s("g", { class: "edges" });
  const showEdge = async (edge, line) => {
    for (const el of svg.querySelectorAll(".edge.selected")) el.classList.remove("selected");
    line.classList.add("selected");
    replace(panel, h("p", { class: "muted" }, "Loading…"));
    const events = await get("/api/events", { ...filters, pair: `${edge.source},${edge.target}`, limit: 50 });
    const rows = events.items.map((e) => h("tr", null, h("td", { class: "nowrap" }, e.date || "—"), h("td", null, typeBadge(e.type)),
      h("td", null, link(`/events/${e.id}`, truncate(e.evidence, 120)))));
    replace(panel,
      h("h2", null, `${edge.source} – ${edge.target}`),
      h("p", null, plural(events.total, "event"), " · ",
        link(`/events${query({ ...filters, pair: `${edge.source},${edge.target}` })}`, "open in the events table")),
      table(["date", "type", "evidence"], rows, { class: "data compact", empty: "No events." }));
  };
  for (const edge of graph.edges) {
    const a = at.get(edge.source);
    const b = at.get(edge.target);
    const width_ = 0.8 + 7 * Math.sqrt(edge.weight / maxW);
    const line = s("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge", "stroke-width": width_.toFixed(2) });
    const hit = s("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge-hit", dataset: { pair: `${edge.source},${edge.target}` } },
      s("title", null, `${edge.source} – ${edge.target}: ${edge.weight} events`));
    hit.addEventListener("click", () => showEdge(edge, line));
    edgeLayer.append(line, hit);
  }
  const nodeLayer = s("g", { class: "nodes" });
  graph.nodes.forEach((node, i) => {
    const r = 5 + 18 * Math.sqrt(node.events / maxN);
    const g = s("g", { class: `node ${node.kind}`, transform: `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})`,
      dataset: { code: node.code } },
      s("circle", { r: r.toFixed(1) }), s("text", { y: 4, "text-anchor": "middle" }, node.code),
      s("title", null, `${node.name} (${node.code}): ${node.events} events`));
    g.addEventListener("click", () => navigate(`/actors/${encodeURIComponent(node.code)}${query(filters)}`));
    nodeLayer.append(g);
  });
  svg.append(edgeLayer, nodeLayer);
  return h("section", { class: "network-page" },
    h("h1", null, "Network of countries and IGOs"),
    filterForm(params, ["type", "since", "until", "country", "status"], (next) => navigate(`/network?${next}`)),
    h("p", { class: "muted small" }, `${graph.nodes.length} nodes, ${graph.edges.length} heaviest pairs; line width = events.`),
    h("div", { class: "columns wide-left" }, h("div", { class: "network-box" }, svg), panel));
}
