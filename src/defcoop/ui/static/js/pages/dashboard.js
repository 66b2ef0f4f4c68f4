// Dashboard: totals, the timeline per type, events per type and the top pairs.

import { get, filtersFrom } from "../api.js";
import { h, link, query, fmtNumber } from "../dom.js";
import { filterForm, table } from "../common.js";
import { timelineChart, barList } from "../charts.js";

export async function dashboardPage({ params, navigate }) {
  const filters = filtersFrom(params);
  const [summary, timeline] = await Promise.all([get("/api/summary", filters), get("/api/timeline", filters)]);
  const card = (label, value, href) => h("div", { class: "card" }, h("div", { class: "value" },
    href ? link(href, fmtNumber(value)) : fmtNumber(value)), h("div", { class: "label" }, label));
  const reviewed = summary.reviews.confirmed + summary.reviews.edited;
  const pairRows = summary.top_pairs.map((p) => h("tr", null,
    h("td", null, link(`/actors/${encodeURIComponent(p.countries[0])}`, p.names[0]), " – ",
      link(`/actors/${encodeURIComponent(p.countries[1])}`, p.names[1])),
    h("td", { class: "num" }, link(`/events${query({ ...filters, pair: p.countries.join(",") })}`, fmtNumber(p.events)))));
  return h("section", { class: "dashboard" },
    h("h1", null, "Defence cooperation at a glance"),
    filterForm(params, ["type", "country", "since", "until", "status"], (next) => navigate(`/?${next}`)),
    h("div", { class: "cards" },
      card("events", summary.events, `/events${query(filters)}`),
      card("articles", summary.documents),
      card("countries & IGOs", summary.countries, "/actors"),
      card("reviewed", reviewed, `/events${query({ ...filters, reviewed: "true" })}`),
      card("rejected", summary.reviews.rejected, `/events${query({ ...filters, decision: "rejected" })}`)),
    h("p", { class: "muted" }, summary.first_date ? `Dated from ${summary.first_date} to ${summary.last_date}.` : ""),
    h("h2", null, `Events per ${timeline.interval} and type`),
    timelineChart(timeline),
    h("div", { class: "columns" },
      h("div", null, h("h2", null, "Events per type"), barList(summary.events_per_type)),
      h("div", null, h("h2", null, "Top pairs"), table(["pair", "events"], pairRows, { empty: "No pairs yet." }))));
}
