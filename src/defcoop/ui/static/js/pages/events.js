// The events table with every filter, one event's page (article with the evidence
// highlighted, all sources, review) and a document's page (all its evidence spans).

import { get, post, filtersFrom, ApiError } from "../api.js";
import { h, link, query, replace, plural } from "../dom.js";
import { TYPES, typeBadge, reviewBadge, partiesView, truncate, table, pager, filterForm, sourceLink, loadFiltered,
  fixFilters } from "../common.js";

const FIELDS = ["q", "type", "country", "pair", "status", "since", "until", "min_confidence", "reviewed",
  "include_rejected", "sort"];

export async function eventsPage({ params, navigate }) {
  const filters = filtersFrom(params);
  const onSubmit = (next) => navigate(`/events?${next}`);
  const { data: page, errors } = await loadFiltered(() => get("/api/events", { ...filters,
    sort: params.get("sort") || "-date", limit: 50, offset: params.get("offset") || 0 }));
  const form = filterForm(params, FIELDS, onSubmit, errors);
  if (!page) return h("section", { class: "events" }, h("h1", null, "Events"), form, fixFilters());
  const rows = page.items.map((e) => h("tr", { class: e.review && e.review.decision === "rejected" ? "rejected" : "" },
    h("td", { class: "nowrap" }, e.date || "—"),
    h("td", null, typeBadge(e.type)),
    h("td", null, e.status),
    h("td", null, partiesView(e.parties)),
    h("td", null, e.item || ""),
    h("td", { class: "evidence-cell" }, link(`/events/${e.id}`, truncate(e.evidence, 180))),
    h("td", { class: "num" }, String(e.source_count)),
    h("td", { class: "num" }, e.confidence.toFixed(2)),
    h("td", null, reviewBadge(e.review))));
  return h("section", { class: "events" },
    h("h1", null, "Events"),
    form,
    h("div", { class: "toolbar" }, h("span", { class: "count", id: "event-count" }, plural(page.total, "event")),
      downloadControl(filters)),
    table(["date", "type", "status", "parties", "item", "evidence", "sources", "conf.", "review"], rows,
      { class: "data events-table", empty: "No event matches these filters." }),
    pager(page, params, "/events", navigate));
}

// What the download control offers: tables (as CSV, CSV for Excel or XLSX) and whole-event files.
const TABLES = [["csv", "Events (one row each, with sources)"], ["dyads", "Dyads (a row per country pair per event)"],
  ["dyad-year", "Dyad-year panel (counts per type)"]];
const FILES = [["csv", "CSV"], ["excel", "CSV for Excel"], ["xlsx", "XLSX"]];

/** Download the filtered events: a table and a file kind, or JSONL / GraphML. */
function downloadControl(filters) {
  const table = h("select", { name: "export-table", id: "export-table", "aria-label": "Table" },
    TABLES.map(([value, text]) => h("option", { value }, text)));
  const file = h("select", { name: "export-file", id: "export-file", "aria-label": "File" },
    FILES.map(([value, text]) => h("option", { value }, text)));
  const href = () => `/api/export${query({ ...filters, format: table.value, excel: file.value === "excel" ? "true" : "",
    xlsx: file.value === "xlsx" ? "true" : "" })}`;
  const name = () => `defcoop-${table.value === "csv" ? "events" : table.value}.${file.value === "xlsx" ? "xlsx" : "csv"}`;
  const button = h("a", { href: href(), download: name(), class: "button", id: "export-download" }, "Download");
  const update = () => {
    button.setAttribute("href", href());
    button.setAttribute("download", name());
  };
  table.addEventListener("change", update);
  file.addEventListener("change", update);
  const other = ["jsonl", "graphml"].map((f) =>
    h("a", { href: `/api/export${query({ ...filters, format: f })}`, download: `defcoop-events.${f}`, class: "button secondary" },
      f.toUpperCase()));
  return h("span", { class: "exports" }, "Export: ", table, " as ", file, " ", button, " ", other);
}
// --- one article with highlighted spans ------------------------------------------------------------------

/** The article text, evidence spans in <mark>; spans of `currentId` get the class "current". */
export function articleView(text, spans, currentId) {
  const chars = Array.from(text); // offsets are in code points, as Python counts them
  const cuts = new Set([0, chars.length]);
  for (const sp of spans) {
    cuts.add(Math.max(0, Math.min(sp.start, chars.length)));
    cuts.add(Math.max(0, Math.min(sp.end, chars.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const article = h("div", { class: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = chars.slice(a, b).join("");
    const covering = spans.filter((sp) => sp.start <= a && sp.end >= b && sp.end > sp.start);
    if (!covering.length) {
      article.append(piece);
      continue;
    }
    const ids = [...new Set(covering.map((sp) => sp.event_id))];
    const current = ids.includes(currentId);
    const mark = h("mark", { class: current ? "evidence current" : "evidence", dataset: { events: ids.join(",") },
      title: `event ${ids.join(", ")} (${[...new Set(covering.map((sp) => sp.type))].join(", ")})` }, piece);
    article.append(current ? mark : link(`/events/${ids[0]}`, mark));
  }
  return article;
}

// --- one event ----------------------------------------------------------------------------------------------

export async function eventPage({ args, params, navigate }) {
  const id = Number(args[0]);
  const [event, meta] = await Promise.all([get(`/api/events/${id}`), get("/api/meta")]);
  const chosen = params.get("source") || event.evidence_doc_id || event.doc_id;
  const source = event.sources.find((src) => src.doc_id === chosen) || event.sources[0];
  const document = source ? await get(`/api/documents/${encodeURIComponent(source.doc_id)}`, { include_rejected: true }) : null;
  const articleBox = document
    ? h("article", { class: "article" },
      h("h3", null, document.title || document.id),
      h("p", { class: "muted small" }, [document.source, document.published].filter(Boolean).join(" · "), " ",
        sourceLink(document.url)),
      articleView(document.text, document.spans, event.id))
    : h("p", { class: "muted" }, "The source document is not stored.");
  const sources = event.sources.map((src) => h("li", { class: src.doc_id === (source && source.doc_id) ? "selected" : "" },
    link(`/events/${event.id}?source=${encodeURIComponent(src.doc_id)}`, src.title || src.doc_id),
    h("span", { class: "muted small" }, " ", [src.source, src.published].filter(Boolean).join(" · ")),
    src.confidence !== null ? h("span", { class: "muted small" }, ` · confidence ${src.confidence.toFixed(2)}`) : null,
    " ", link(`/documents/${encodeURIComponent(src.doc_id)}`, h("span", { class: "small" }, "[article]")),
    h("ul", { class: "evidence-list" }, src.evidence.map((ev) => h("li", null, h("q", null, ev.text),
      h("span", { class: "muted small" }, ` [${ev.start}–${ev.end}]`)))),
    src.copies.length > 1 ? h("details", null, h("summary", null, `${src.copies.length} copies`),
      h("ul", null, src.copies.map((c) => h("li", null, c.relation, " ", c.source || "", " ", sourceLink(c.url))))) : null));
  return h("section", { class: "event-page" },
    h("p", { class: "crumbs" }, link("/events", "← Events")),
    h("h1", null, typeBadge(event.type), " ", `Event ${event.id}`, " ", reviewBadge(event.review)),
    h("dl", { class: "facts" },
      h("dt", null, "Parties"), h("dd", { id: "event-parties" }, partiesView(event.parties)),
      h("dt", null, "Status"), h("dd", { id: "event-status" }, event.status),
      h("dt", null, "Date"), h("dd", { id: "event-date" }, event.date || "—"),
      h("dt", null, "Item"), h("dd", { id: "event-item" }, event.item || "—"),
      h("dt", null, "Location"), h("dd", null, event.location ? `${event.location.name}${event.location.country ? ` [${event.location.country}]` : ""}` : "—"),
      h("dt", null, "Confidence"), h("dd", null, event.confidence.toFixed(2)),
      h("dt", null, "Sources"), h("dd", null, String(event.source_count)),
      h("dt", null, "Extractor"), h("dd", { class: "muted small" }, event.reason || "—")),
    h("div", { class: "columns wide-left" },
      h("div", null, h("h2", null, "Source article"), articleBox),
      h("div", null,
        h("h2", null, "Review"), reviewPanel(event, meta, navigate),
        h("h2", null, `All sources (${event.sources.length})`), h("ol", { class: "sources" }, sources))));
}

function storage(kind) {
  try {
    return kind === "local" ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

function reviewPanel(event, meta, navigate) {
  const history = h("ol", { class: "history" }, event.history.map((r) => h("li", null,
    h("strong", null, r.action), ` by ${r.reviewer}, ${r.created_at.replace("T", " ").slice(0, 19)} UTC`,
    r.comment ? h("div", { class: "comment" }, r.comment) : null,
    Object.keys(r.changes).length ? h("ul", { class: "changes small" }, Object.entries(r.changes).map(([field, [before, after]]) =>
      h("li", null, `${field}: `, h("del", null, describe(before)), " → ", h("ins", null, describe(after))))) : null)));
  if (!meta.review_enabled) {
    return h("div", { class: "review-panel" }, h("p", { class: "muted" },
      "Reviewing is off on this server: start it with --review-token or DEFCOOP_REVIEW_TOKEN."), history);
  }
  const local = storage("local");
  const session = storage("session");
  const reviewer = h("input", { name: "reviewer", id: "reviewer", value: (local && local.getItem("defcoop.reviewer")) || "",
    placeholder: "your name", required: true, maxlength: 255 });
  const token = h("input", { name: "token", id: "review-token", type: "password", autocomplete: "off",
    value: (session && session.getItem("defcoop.token")) || "", placeholder: "review token" });
  const comment = h("textarea", { name: "comment", id: "review-comment", rows: 2, maxlength: 2000, placeholder: "comment (optional)" });
  const message = h("p", { class: "message", id: "review-message", role: "status" });
  const send = async (action, changes) => {
    if (!reviewer.value.trim()) {
      replace(message, "Give your name first.");
      reviewer.focus();
      return;
    }
    if (local) local.setItem("defcoop.reviewer", reviewer.value.trim());
    if (session) session.setItem("defcoop.token", token.value);
    try {
      const body = { action, reviewer: reviewer.value.trim(), comment: comment.value };
      if (changes) body.changes = changes;
      await post(`/api/events/${event.id}/review`, body, token.value);
      navigate(location.pathname + location.search, { replaceState: true });
    } catch (err) {
      replace(message, err instanceof ApiError ? err.message : String(err));
      message.classList.add("error");
    }
  };
  const editor = editForm(event, (changes) => send("edit", changes));
  editor.hidden = true;
  return h("div", { class: "review-panel" },
    h("div", { class: "row" }, h("label", null, h("span", null, "Reviewer"), reviewer),
      h("label", null, h("span", null, "Token"), token)),
    h("label", { class: "block" }, h("span", null, "Comment"), comment),
    h("div", { class: "buttons" },
      h("button", { type: "button", id: "review-confirm", class: "confirm", onclick: () => send("confirm") }, "Confirm"),
      h("button", { type: "button", id: "review-reject", class: "reject", onclick: () => send("reject") }, "Reject"),
      h("button", { type: "button", id: "review-edit", class: "secondary", onclick: () => { editor.hidden = !editor.hidden; } }, "Edit…")),
    message, editor, event.history.length ? h("h3", null, "History") : null, history);
}

function describe(value) {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.map((p) => `${p.name} [${p.country || "?"}] ${p.role}`).join("; ");
  return String(value);
}

const KINDS = ["country", "igo", "organisation", "company", "person"];
const ROLES = ["participant", "supplier", "recipient"];

function editForm(event, onSave) {
  const select = (name, options, value) => h("select", { name }, options.map((o) => h("option", { value: o, selected: o === value }, o)));
  const type = select("type", TYPES, event.type);
  const status = select("status", ["occurred", "planned"], event.status);
  const date = h("input", { name: "date", value: event.date || "", placeholder: "YYYY-MM-DD", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", size: 10 });
  const item = h("input", { name: "item", value: event.item || "", maxlength: 500, size: 30 });
  const rows = h("tbody");
  const addRow = (p) => {
    const tr = h("tr", null,
      h("td", null, h("input", { name: "p-name", value: p.name || "", required: true, size: 16 })),
      h("td", null, select("p-kind", KINDS, p.kind || "country")),
      h("td", null, h("input", { name: "p-country", value: p.country || "", size: 6 })),
      h("td", null, select("p-role", ROLES, p.role || "participant")),
      h("td", null, h("button", { type: "button", class: "secondary", onclick: () => tr.remove() }, "×")));
    rows.append(tr);
  };
  event.parties.forEach(addRow);
  const form = h("form", { class: "edit-form", id: "edit-form" },
    h("div", { class: "row" }, h("label", null, h("span", null, "Type"), type), h("label", null, h("span", null, "Status"), status),
      h("label", null, h("span", null, "Date"), date)),
    h("label", { class: "block" }, h("span", null, "Item"), item),
    h("table", { class: "parties-editor" }, h("thead", null, h("tr", null, ["name", "kind", "code", "role", ""].map((c) => h("th", null, c)))), rows),
    h("button", { type: "button", class: "secondary", onclick: () => addRow({}) }, "Add party"),
    h("button", { type: "submit" }, "Save edit"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const changes = {};
    if (type.value !== event.type) changes.type = type.value;
    if (status.value !== event.status) changes.status = status.value;
    if ((date.value.trim() || null) !== event.date) changes.date = date.value.trim() || null;
    if ((item.value.trim() || null) !== event.item) changes.item = item.value.trim() || null;
    const parties = [...rows.querySelectorAll("tr")].map((tr) => ({
      name: tr.querySelector("[name=p-name]").value.trim(), kind: tr.querySelector("[name=p-kind]").value,
      country: tr.querySelector("[name=p-country]").value.trim().toUpperCase() || null, role: tr.querySelector("[name=p-role]").value,
    }));
    const before = JSON.stringify(event.parties.map((p) => [p.name, p.kind, p.country, p.role]));
    if (JSON.stringify(parties.map((p) => [p.name, p.kind, p.country, p.role])) !== before) changes.parties = parties;
    onSave(changes);
  });
  return form;
}

// --- one document -------------------------------------------------------------------------------------------

export async function documentPage({ args }) {
  const doc = await get(`/api/documents/${encodeURIComponent(args[0])}`);
  const events = [...new Map(doc.spans.map((sp) => [sp.event_id, sp])).values()];
  return h("section", { class: "document-page" },
    h("p", { class: "crumbs" }, link("/search", "← Search")),
    h("h1", null, doc.title || doc.id),
    h("p", { class: "muted" }, [doc.source, doc.published, doc.lang].filter(Boolean).join(" · "), " ", sourceLink(doc.url)),
    h("div", { class: "columns wide-left" },
      h("article", { class: "article" }, articleView(doc.text, doc.spans, null)),
      h("div", null, h("h2", null, `Events (${events.length})`), h("ul", { class: "plain" }, events.map((sp) =>
        h("li", null, link(`/events/${sp.event_id}`, `Event ${sp.event_id}`), " ", typeBadge(sp.type), " ", sp.status))),
        doc.copies.length ? [h("h2", null, "Copies"), h("ul", null, doc.copies.map((c) =>
          h("li", null, c.relation, " ", c.source || "", " ", sourceLink(c.url))))] : null)));
}
