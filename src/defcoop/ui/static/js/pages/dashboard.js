// Dashboard: totals, the timeline per type, events per type and the top pairs.

import { get, filtersFrom } from "../api.js";
import { h, link, query, fmtNumber, plural } from "../dom.js";
import { filterForm, table, loadFiltered, fixFilters } from "../common.js";
import { timelineChart, barList } from "../charts.js";

export async function dashboardPage({ params, navigate }) {
  const filters = filtersFrom(params);
  const fields = ["type", "country", "since", "until", "status"];
  const onSubmit = (next) => navigate(`/?${next}`);
  const { data, errors } = await loadFiltered(() => Promise.all([get("/api/summary", filters), get("/api/timeline", filters)]));
  if (!data) {
    return h("section", { class: "dashboard" }, h("h1", null, "Defence cooperation at a glance"),
      filterForm(params, fields, onSubmit, errors), fixFilters());
  }
  const [summary, timeline] = data;
  const card = (label, value, href) => h("div", { class: "card" }, h("div", { class: "value" },
    href ? link(href, fmtNumber(value)) : fmtNumber(value)), h("div", { class: "label" }, label));
  const reviewed = summary.reviews.confirmed + summary.reviews.edited;
  const pairRows = summary.top_pairs.map((p) => h("tr", null,
    h("td", null, link(`/actors/${encodeURIComponent(p.countries[0])}`, p.names[0]), " – ",
      link(`/actors/${encodeURIComponent(p.countries[1])}`, p.names[1])),
    h("td", { class: "num" }, link(`/events${query({ ...filters, pair: p.countries.join(",") })}`, fmtNumber(p.events)))));
  return h("section", { class: "dashboard" },
    h("h1", null, "Defence cooperation at a glance"),
    filterForm(params, fields, onSubmit),
    h("div", { class: "cards" },
      card("events", summary.events, `/events${query(filters)}`),
      card("articles", summary.documents),
      card("countries & IGOs", summary.countries, "/actors"),
      card("reviewed", reviewed, `/events${query({ ...filters, reviewed: "true" })}`),
      card("rejected", summary.reviews.rejected, `/events${query({ ...filters, decision: "rejected" })}`)),
    h("p", { class: "muted" }, summary.first_date ? `Dated from ${summary.first_date} to ${summary.last_date}.` : ""),
    h("h2", null, `Events per ${timeline.interval} and type`),
    timelineChart(timeline),
    datingNote(timeline),
    h("div", { class: "columns" },
      h("div", null, h("h2", null, "Events per type"), barList(summary.events_per_type)),
      h("div", null, h("h2", null, "Top pairs"), table(["pair", "events"], pairRows, { empty: "No pairs yet." }))));
}

/** How the events of the filters are dated, so the chart's bars, the year-only events and the undated
 * ones add up to the total: "87 events: 60 by month (the bars), 5 only by year (2019: 3, 2021: 2), 22 undated". */
function datingNote(timeline) {
  const perYear = {};
  for (const c of timeline.coarse) perYear[c.period] = (perYear[c.period] || 0) + c.events;
  const coarse = Object.values(perYear).reduce((a, b) => a + b, 0);
  const years = Object.entries(perYear).map(([year, n]) => `${year}: ${fmtNumber(n)}`).join(", ");
  return h("p", { class: "dating-note", id: "dating-note" },
    `${plural(timeline.total, "event")}: ${fmtNumber(timeline.placed)} dated to the ${timeline.interval} (the bars)`,
    coarse ? `, ${fmtNumber(coarse)} only to the year (${years})` : "",
    `, ${fmtNumber(timeline.undated)} undated.`);
}
