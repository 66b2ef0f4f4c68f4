// Hand-written SVG charts: a stacked bar timeline per type and horizontal bars.

import { h, s, fmtNumber } from "./dom.js";
import { TYPE_COLOURS } from "./common.js";

/** Stacked bars: one bar per period, one colour per type; a legend; <title> tooltips. */
export function timelineChart(timeline, { width = 900, height = 240 } = {}) {
  const { periods, series } = timeline;
  const types = Object.keys(series);
  if (!periods.length) return h("p", { class: "muted" }, "No dated events for these filters.");
  const totals = periods.map((_, i) => types.reduce((n, t) => n + series[t][i], 0));
  const max = Math.max(1, ...totals);
  const pad = { left: 44, right: 8, top: 8, bottom: 26 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const barW = innerW / periods.length;
  const y = (v) => pad.top + innerH - (v / max) * innerH;
  const svg = s("svg", { class: "chart timeline", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": `Events per ${timeline.interval} and type` });
  for (const tick of [0, 0.5, 1]) {
    const v = Math.round(max * tick);
    svg.append(s("line", { x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v), class: "grid" }),
      s("text", { x: pad.left - 6, y: y(v) + 4, "text-anchor": "end", class: "axis" }, fmtNumber(v)));
  }
  periods.forEach((period, i) => {
    let base = 0;
    const x = pad.left + i * barW;
    for (const t of types) {
      const v = series[t][i];
      if (!v) continue;
      svg.append(s("rect", { x: x + 0.5, width: Math.max(barW - 1, 0.8), y: y(base + v), height: y(base) - y(base + v),
        fill: TYPE_COLOURS[t] || "#999", class: "bar" }, s("title", null, `${period} ${t}: ${v}`)));
      base += v;
    }
  });
  const every = Math.max(1, Math.ceil(periods.length / 12));
  periods.forEach((period, i) => {
    if (i % every) return;
    svg.append(s("text", { x: pad.left + i * barW + barW / 2, y: height - 8, "text-anchor": "middle", class: "axis" },
      period));
  });
  const legend = h("ul", { class: "legend" }, types.map((t) => h("li", null,
    h("span", { class: `swatch type-${t}` }), `${t} ${fmtNumber(series[t].reduce((a, b) => a + b, 0))}`)));
  return h("figure", { class: "chart-box" }, svg, legend);
}

/** Horizontal bars for {label: value}; event types get their colour. */
export function barList(values, { colour } = {}) {
  const entries = Object.entries(values);
  const max = Math.max(1, ...entries.map(([, v]) => v));
  return h("ul", { class: "bars" }, entries.map(([label, v]) => {
    const bar = h("span", { class: "bar" });
    bar.style.width = `${(100 * v) / max}%`;
    if (colour || TYPE_COLOURS[label]) bar.style.background = colour || TYPE_COLOURS[label];
    return h("li", null, h("span", { class: "label" }, label), h("span", { class: "track" }, bar),
      h("span", { class: "value" }, fmtNumber(v)));
  }));
}
