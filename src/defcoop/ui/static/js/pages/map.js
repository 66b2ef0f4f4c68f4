// World map: countries shaded by events for the filters, transfer flows as directed arcs
// (width = events), counts on hover, a click on a country opens its page. The shapes are
// Natural Earth's (world-atlas, vendored), drawn with d3-geo in SVG: no tiles, no network.
// Flows follow great circles.

import { get, filtersFrom } from "../api.js";
import { h, s, link, query, fmtNumber, plural } from "../dom.js";
import { filterForm, table, loadFiltered, fixFilters } from "../common.js";
import { mapLibraries, worldAtlas } from "../vendor.js";

const WIDTH = 960;
const HEIGHT = 500;
const EMPTY = [238, 241, 244];
const LOW = [205, 222, 236];
const HIGH = [20, 70, 115];

/** Fill for `n` events out of `max`: a log scale from light to dark blue; none is grey. */
export function shade(n, max) {
  if (!n) return `rgb(${EMPTY.join(",")})`;
  const t = max > 1 ? Math.log(n) / Math.log(max) : 1;
  const c = LOW.map((lo, i) => Math.round(lo + (HIGH[i] - lo) * t));
  return `rgb(${c.join(",")})`;
}

/** The centroid (longitude, latitude) of a feature's largest polygon (so France is not placed in the Atlantic). */
function anchorOf(d3, feature) {
  const geom = feature.geometry;
  if (!geom) return null;
  let shape = geom;
  if (geom.type === "MultiPolygon") {
    let best = -1;
    for (const coordinates of geom.coordinates) {
      const polygon = { type: "Polygon", coordinates };
      const area = d3.geoArea(polygon);
      if (area > best) [best, shape] = [area, polygon];
    }
  }
  return d3.geoCentroid(shape);
}

export async function mapPage({ params, navigate }) {
  const filters = filtersFrom(params);
  const showFlows = params.get("flows") !== "off";
  const maxFlows = Number(params.get("max_flows") || 60);
  const fields = ["type", "since", "until", "country", "status"];
  const onSubmit = (next) => navigate(`/map?${next}`);
  const loaded = await loadFiltered(() => get("/api/map", { ...filters, max_flows: maxFlows }));
  if (!loaded.data) {  // a filter the API refused: the form with each message next to its field
    return h("section", { class: "map-page" }, h("h1", null, "World map"),
      filterForm(params, fields, onSubmit, loaded.errors), fixFilters());
  }
  const data = loaded.data;
  const [{ d3, topojson }, atlas] = await Promise.all([mapLibraries(), worldAtlas()]);
  const features = topojson.feature(atlas, atlas.objects.countries).features;
  const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: "Sphere" });
  const path = d3.geoPath(projection);

  const byNumeric = new Map(data.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  const byCode = new Map(data.countries.map((c) => [c.code, c]));
  const maxEvents = Math.max(1, ...data.countries.filter((c) => c.kind === "country").map((c) => c.events));
  const out = new Map();
  const into = new Map();
  for (const f of data.flows) {
    out.set(f.source, (out.get(f.source) || 0) + f.events);
    into.set(f.target, (into.get(f.target) || 0) + f.events);
  }

  const tip = h("div", { class: "map-tip", role: "status", hidden: true });
  const box = h("div", { class: "map-box" });
  const showTip = (event, lines) => {
    tip.replaceChildren(...lines.map((line, i) => (i ? h("div", null, line) : h("strong", null, line))));
    const rect = box.getBoundingClientRect();
    tip.style.left = `${Math.min(event.clientX - rect.left + 12, rect.width - 200)}px`;
    tip.style.top = `${event.clientY - rect.top + 12}px`;
    tip.hidden = false;
  };
  const hideTip = () => { tip.hidden = true; };

  const svg = s("svg", { class: "world-map", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img",
    "aria-label": `World map: events of ${data.countries.length} countries and IGOs, ${data.flows.length} transfer flows` });
  svg.append(s("path", { class: "sphere", d: path({ type: "Sphere" }) }));
  const anchors = new Map();
  const countryLayer = s("g", { class: "countries" });
  for (const feature of features) {
    const c = feature.id ? byNumeric.get(feature.id) : undefined;
    const d = path(feature);
    if (!d) continue;
    const shape = s("path", { d, class: c ? "country has-events" : "country", fill: shade(c ? c.events : 0, maxEvents),
      dataset: { numeric: feature.id || "", code: c ? c.code : "" } });
    const name = c ? c.name : feature.properties.name;
    const lines = c ? [name, plural(c.events, "event"),
      ...(out.get(c.code) ? [`${plural(out.get(c.code), "transfer")} supplied`] : []),
      ...(into.get(c.code) ? [`${plural(into.get(c.code), "transfer")} received`] : [])] : [name, "no events"];
    shape.addEventListener("mousemove", (event) => showTip(event, lines));
    shape.addEventListener("mouseleave", hideTip);
    if (c) {
      anchors.set(c.code, anchorOf(d3, feature));
      shape.append(s("title", null, `${name}: ${plural(c.events, "event")}`));
      shape.addEventListener("click", () => navigate(`/actors/${encodeURIComponent(c.code)}${query(filters)}`));
    }
    countryLayer.append(shape);
  }
  svg.append(countryLayer);

  const drawn = showFlows ? data.flows.filter((f) => anchors.get(f.source) && anchors.get(f.target)) : [];
  if (drawn.length) {
    const maxFlow = Math.max(...drawn.map((f) => f.events));
    svg.append(s("defs", null, s("marker", { id: "flow-arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7,
      markerHeight: 7, markerUnits: "userSpaceOnUse", orient: "auto" }, s("path", { d: "M0,0 L10,5 L0,10 z", class: "flow-head" }))));
    const flowLayer = s("g", { class: "flows" });
    // Lightest first, so the heaviest flows are drawn on top.
    for (const f of [...drawn].reverse()) {
      const width = 0.8 + 6 * Math.sqrt(f.events / maxFlow);
      // The great circle from supplier to recipient (d3-geo cuts it at the map's edge).
      const line = path({ type: "LineString", coordinates: [anchors.get(f.source), anchors.get(f.target)] });
      if (!line) continue;
      const arc = s("path", { d: line, class: "flow",
        "stroke-width": width.toFixed(2), "marker-end": "url(#flow-arrow)", dataset: { source: f.source, target: f.target } },
      s("title", null, `${byCode.get(f.source).name} → ${byCode.get(f.target).name}: ${plural(f.events, "transfer")}`));
      const lines = [`${byCode.get(f.source).name} → ${byCode.get(f.target).name}`, plural(f.events, "transfer")];
      arc.addEventListener("mousemove", (event) => showTip(event, lines));
      arc.addEventListener("mouseleave", hideTip);
      arc.addEventListener("click", () => navigate(`/events${query({ ...filters, type: "TRANSFER", pair: `${f.source},${f.target}` })}`));
      flowLayer.append(arc);
    }
    svg.append(flowLayer);
  }
  box.append(svg, tip);
  requestAnimationFrame(() => performance.mark("defcoop:map-drawn"));

  const unplaced = data.countries.filter((c) => !anchors.has(c.code));
  const flowToggle = new URLSearchParams(params);
  if (showFlows) flowToggle.set("flows", "off"); else flowToggle.delete("flows");
  const legend = h("ul", { class: "legend map-legend" },
    h("li", null, h("span", { class: "swatch", dataset: { shade: "low" } }), "few events"),
    h("li", null, h("span", { class: "swatch", dataset: { shade: "high" } }), `${fmtNumber(maxEvents)} events`),
    h("li", null, h("span", { class: "flow-key" }), "transfer: supplier → recipient, width = events"),
    h("li", null, link(`/map?${flowToggle}`, showFlows ? "hide transfer flows" : "show transfer flows")));
  for (const el of legend.querySelectorAll(".swatch")) el.style.background = el.dataset.shade === "low" ? shade(1, maxEvents) : shade(maxEvents, maxEvents);

  const topRows = data.countries.slice(0, 15).map((c) => h("tr", null,
    h("td", null, link(`/actors/${encodeURIComponent(c.code)}${query(filters)}`, c.name), c.kind === "igo" ? h("span", { class: "muted" }, " IGO") : null),
    h("td", { class: "num" }, fmtNumber(c.events))));
  const flowRows = data.flows.slice(0, 10).map((f) => h("tr", null,
    h("td", null, link(`/events${query({ ...filters, type: "TRANSFER", pair: `${f.source},${f.target}` })}`,
      `${byCode.get(f.source).name} → ${byCode.get(f.target).name}`)),
    h("td", { class: "num" }, fmtNumber(f.events))));

  const form = filterForm(params, fields, onSubmit);
  form.querySelector("button[type=submit]").before(h("label", null, h("span", null, "Flows shown"),
    h("input", { name: "max_flows", type: "number", min: 1, max: 5000, step: 1, value: params.get("max_flows") || "",
      placeholder: "60", class: "narrow" })));

  return h("section", { class: "map-page" },
    h("h1", null, "World map"),
    form,
    h("p", { class: "muted small" }, `${fmtNumber(data.countries.length)} countries and IGOs with events; `,
      data.flows.length < maxFlows ? `${plural(data.flows.length, "transfer flow")}. ` : `the ${fmtNumber(maxFlows)} largest transfer flows. `,
      "Hover for counts, click a country to open its page."),
    h("figure", { class: "chart-box map-figure" }, box, legend),
    unplaced.length ? h("p", { class: "muted small unplaced" }, "Not on the map (IGOs and places without a shape): ",
      unplaced.slice(0, 30).map((c, i) => [i ? ", " : "", link(`/actors/${encodeURIComponent(c.code)}${query(filters)}`, c.name),
        ` ${fmtNumber(c.events)}`]), unplaced.length > 30 ? ` and ${unplaced.length - 30} more` : "") : null,
    h("div", { class: "columns" },
      h("div", null, h("h2", null, "Most events"), table(["country or IGO", "events"], topRows, { class: "data compact" })),
      h("div", null, h("h2", null, "Largest transfer flows"),
        table(["supplier → recipient", "transfers"], flowRows, { class: "data compact", empty: "No transfers." }))));
}
