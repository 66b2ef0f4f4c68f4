// Pieces shared by the pages: type colours, party and review labels, the filter form, pagers, tables.

import { ApiError } from "./api.js";
import { h, link, fmtNumber } from "./dom.js";
import { countryPicker } from "./picker.js";

export const TYPES = ["MEET", "AGREE", "TRANSFER", "EXERCISE", "TRAIN", "INDUSTRY", "EXHIBIT", "DEPLOY", "COOPERATE"];
export const TYPE_COLOURS = {
  MEET: "#4e79a7", AGREE: "#f28e2b", TRANSFER: "#e15759", EXERCISE: "#76b7b2", TRAIN: "#59a14f",
  INDUSTRY: "#edc948", EXHIBIT: "#b07aa1", DEPLOY: "#9c755f", COOPERATE: "#7f7f7f",
};

export function typeBadge(type) {
  return h("span", { class: `badge type type-${type}` }, type);
}

export function reviewBadge(review) {
  if (!review) return h("span", { class: "badge review none" }, "unreviewed");
  const label = review.decision + (review.edited && review.decision !== "edited" ? " (edited)" : "");
  return h("span", { class: `badge review ${review.decision}`, title: `by ${review.reviewer} at ${review.reviewed_at}` },
    label);
}

/** A party as "name [CODE] role" with the code linked to its country/IGO page. */
export function partyView(p) {
  return h("span", { class: "party" },
    p.kind === "country" || p.kind === "igo" ? link(`/actors/${encodeURIComponent(p.country)}`, p.name)
      : link(`/actors/${p.actor_id}`, p.name),
    p.title ? h("span", { class: "muted" }, ` (${p.title})`) : null,
    p.country && p.kind !== "country" && p.kind !== "igo"
      ? [" ", link(`/actors/${encodeURIComponent(p.country)}`, h("span", { class: "code" }, p.country))] : null,
    p.role !== "participant" ? h("span", { class: `role ${p.role}` }, p.role) : null);
}

export function partiesView(parties) {
  const out = h("span", { class: "parties" });
  parties.forEach((p, i) => {
    if (i) out.append("; ");
    out.append(partyView(p));
  });
  return out;
}

export function truncate(text, n) {
  return text && text.length > n ? `${text.slice(0, n - 1)}…` : text || "";
}

export function table(columns, rows, options = {}) {
  return h("table", { class: options.class || "data" },
    h("thead", null, h("tr", null, columns.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", null, rows.length ? rows : h("tr", null, h("td", { colspan: columns.length, class: "muted" },
      options.empty || "Nothing matches."))));
}

export function pager(page, params, path, navigate) {
  const { total, limit, offset } = page;
  const go = (o) => {
    const next = new URLSearchParams(params);
    if (o) next.set("offset", String(o)); else next.delete("offset");
    navigate(`${path}?${next}`);
  };
  const last = Math.min(offset + limit, total);
  return h("div", { class: "pager" },
    h("button", { type: "button", disabled: offset <= 0, onclick: () => go(Math.max(0, offset - limit)) }, "← Previous"),
    h("span", { class: "count" }, total ? `${fmtNumber(offset + 1)}–${fmtNumber(last)} of ${fmtNumber(total)}` : "0 of 0"),
    h("button", { type: "button", disabled: last >= total, onclick: () => go(offset + limit) }, "Next →"));
}

/** The filter form: fields named as the API's query parameters, filled from `params`; `errors`
 * ({field: message}, from a 422) are shown next to their fields. */
export function filterForm(params, fields, onSubmit, errors = {}) {
  const problem = (name) => (errors[name] ? h("span", { class: "field-error", role: "alert", id: `error-${name}` },
    errors[name]) : null);
  const invalid = (name) => (errors[name] ? { "aria-invalid": "true", "aria-describedby": `error-${name}` } : {});
  const input = (name, label, attrs = {}) => h("label", { class: errors[name] ? "invalid" : null }, h("span", null, label),
    h("input", { name, value: params.get(name) || "", ...attrs, ...invalid(name) }), problem(name));
  const select = (name, label, options) => h("label", { class: errors[name] ? "invalid" : null }, h("span", null, label),
    h("select", { name, ...invalid(name) }, options.map(([value, text]) => h("option", { value, selected: (params.get(name) || "") === value }, text))),
    problem(name));
  const all = {
    q: () => input("q", "Text", { type: "search", placeholder: "words in the evidence", size: 18 }),
    type: () => select("type", "Type", [["", "any"], ...TYPES.map((t) => [t, t])]),
    country: () => countryPicker(params.get("country"), { error: errors.country }),
    pair: () => input("pair", "Pair", { placeholder: "KAZ,CHN", size: 9 }),
    status: () => select("status", "Status", [["", "any"], ["occurred", "occurred"], ["planned", "planned"]]),
    since: () => input("since", "Since", { placeholder: "2015", size: 10, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
    until: () => input("until", "Until", { placeholder: "2020-12", size: 10, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
    min_confidence: () => input("min_confidence", "Min. confidence", { type: "number", min: 0, max: 1, step: 0.05, size: 4 }),
    reviewed: () => select("reviewed", "Review", [["", "any"], ["false", "unreviewed"], ["true", "reviewed"]]),
    include_rejected: () => h("label", { class: "check" }, h("input", { type: "checkbox", name: "include_rejected", value: "true",
      checked: params.get("include_rejected") === "true" }), h("span", null, "show rejected")),
    sort: () => select("sort", "Sort", [["-date", "newest"], ["date", "oldest"], ["-confidence", "confidence"],
      ["-sources", "most sources"], ["type", "type"], ["-id", "latest stored"]]),
  };
  const stray = Object.keys(errors).filter((name) => !fields.includes(name)); // a filter this form has no field for
  const form = h("form", { class: "filters", role: "search", novalidate: true }, fields.map((f) => all[f]()),
    h("button", { type: "submit" }, "Apply"), h("button", { type: "reset", class: "secondary" }, "Clear"),
    stray.length ? h("p", { class: "field-error", role: "alert" }, stray.map((name) => `${name}: ${errors[name]}`).join("; ")) : null);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const out = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) out.set(k, String(v).trim());
    onSubmit(out);
  });
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    onSubmit(new URLSearchParams());
  });
  return form;
}

/**
 * Load a filtered page's data; when the API refuses a filter (422 naming fields), give null data and the
 * errors so the page shows its form with each message next to its field instead of failing whole.
 */
export async function loadFiltered(load) {
  try {
    return { data: await load(), errors: {} };
  } catch (err) {
    if (err instanceof ApiError && err.status === 422 && Object.keys(err.fields).length) return { data: null, errors: err.fields };
    throw err;
  }
}

/** The note shown in place of results while a filter is wrong. */
export function fixFilters() {
  return h("p", { class: "muted", id: "filter-problem" }, "Nothing is shown until the filters marked above are fixed.");
}

export function sourceLink(url) {
  return url ? h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", class: "ext" }, truncate(url, 70)) : null;
}
