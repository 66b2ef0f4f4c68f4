// Actors list, and one actor's page: a country's partners over time and its transfers in and out.

import { get, filtersFrom } from "../api.js";
import { h, link, query, fmtNumber, plural } from "../dom.js";
import { table, pager, partiesView, typeBadge, reviewBadge, truncate } from "../common.js";
import { barList } from "../charts.js";
import { transferRows, TRANSFER_COLUMNS } from "./transfers.js";

export async function actorsPage({ params, navigate }) {
  const kind = params.get("kind") || "";
  const name = params.get("name") || "";
  const page = await get("/api/actors", { kind, name, limit: 50, offset: params.get("offset") || 0 });
  const form = h("form", { class: "filters" },
    h("label", null, h("span", null, "Kind"), h("select", { name: "kind" },
      [["", "any"], ["country", "countries"], ["igo", "IGOs"], ["company", "companies"], ["person", "persons"],
        ["organisation", "organisations"]].map(([v, t]) => h("option", { value: v, selected: v === kind }, t)))),
    h("label", null, h("span", null, "Name"), h("input", { name: "name", value: name, type: "search" })),
    h("button", { type: "submit" }, "Apply"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) next.set(k, String(v));
    navigate(`/actors?${next}`);
  });
  const rows = page.items.map((a) => h("tr", null,
    h("td", null, link(`/actors/${encodeURIComponent(a.code)}`, a.name), a.title ? h("span", { class: "muted" }, ` (${a.title})`) : null),
    h("td", null, a.kind), h("td", null, a.country || ""), h("td", { class: "num" }, fmtNumber(a.events)),
    h("td", { class: "num" }, fmtNumber(a.partners)), h("td", null, a.first_date || ""), h("td", null, a.last_date || "")));
  return h("section", null, h("h1", null, "Actors"), form,
    table(["name", "kind", "country", "events", "partners", "first", "last"], rows), pager(page, params, "/actors", navigate));
}

/** Partners over time: one row per partner, one cell per year, shaded by events. */
function partnersTable(partners, code) {
  const years = [...new Set(partners.flatMap((p) => Object.keys(p.per_year)))].sort();
  const max = Math.max(1, ...partners.flatMap((p) => Object.values(p.per_year)));
  const rows = partners.slice(0, 40).map((p) => h("tr", null,
    h("th", { scope: "row" }, link(`/actors/${encodeURIComponent(p.code)}`, p.name), h("span", { class: "muted small" }, ` ${p.code}`)),
    h("td", { class: "num" }, link(`/events?pair=${encodeURIComponent(`${code},${p.code}`)}`, fmtNumber(p.events))),
    years.map((y) => {
      const n = p.per_year[y] || 0;
      const cell = h("td", { class: n ? "heat" : "heat empty", title: `${p.name} ${y}: ${n}` }, n ? String(n) : "");
      if (n) cell.style.setProperty("--heat", String(0.15 + 0.85 * (n / max)));
      return cell;
    })));
  return h("div", { class: "scroll" }, table(["partner", "events", ...years], rows, { class: "data heatmap", empty: "No partners." }));
}

export async function actorPage({ args, params }) {
  const filters = filtersFrom(params);
  const actor = await get(`/api/actors/${encodeURIComponent(args[0])}`, filters);
  const isCode = actor.actor_id === null;
  const head = h("header", { class: "actor-head" },
    h("h1", null, actor.name, " ", h("span", { class: "code" }, isCode ? actor.code : actor.country || "")),
    h("p", { class: "muted" }, `${actor.kind} · ${plural(actor.events, "event")}`,
      actor.first_date ? ` · ${actor.first_date} – ${actor.last_date}` : "", actor.title ? ` · ${actor.title}` : "",
      " · ", link(`/events${query({ ...filters, country: isCode ? actor.code : null })}`, isCode ? "all its events" : "")));
  const parts = [head, h("div", { class: "columns" },
    h("div", null, h("h2", null, "Events per type"), barList(actor.events_per_type)),
    isCode && Object.keys(actor.events_per_year).length
      ? h("div", null, h("h2", null, "Events per year"), barList(actor.events_per_year, { colour: "#1f5f8b" })) : h("div"))];
  parts.push(h("h2", null, `Partners over time (${actor.partners.length})`), partnersTable(actor.partners, actor.code));
  if (isCode) {
    parts.push(
      h("h2", { id: "transfers-out" }, `Transfers out: ${actor.name} as supplier (${actor.transfers_out.length})`),
      table(TRANSFER_COLUMNS, transferRows(actor.transfers_out), { class: "data register", empty: "No transfers out." }),
      h("h2", { id: "transfers-in" }, `Transfers in: ${actor.name} as recipient (${actor.transfers_in.length})`),
      table(TRANSFER_COLUMNS, transferRows(actor.transfers_in), { class: "data register", empty: "No transfers in." }));
    if (actor.actors.length) {
      parts.push(h("h2", null, "People, companies and organisations"), h("ul", { class: "plain columns3" }, actor.actors.map((a) =>
        h("li", null, link(`/actors/${a.actor_id}`, a.name), h("span", { class: "muted small" }, ` ${a.kind}, ${a.events} events`)))));
    }
  } else {
    const rows = actor.recent_events.map((e) => h("tr", null, h("td", { class: "nowrap" }, e.date || "—"), h("td", null, typeBadge(e.type)),
      h("td", null, partiesView(e.parties)), h("td", null, link(`/events/${e.id}`, truncate(e.evidence, 140))), h("td", null, reviewBadge(e.review))));
    parts.push(h("h2", null, "Events"), table(["date", "type", "parties", "evidence", "review"], rows));
  }
  return h("section", { class: "actor-page" }, parts);
}
