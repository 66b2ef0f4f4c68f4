// The transfer register: supplier, recipient, item, status, date and sources of TRANSFER events.

import { get, filtersFrom } from "../api.js";
import { h, link, plural } from "../dom.js";
import { filterForm, table, pager, partiesView, reviewBadge, loadFiltered, fixFilters } from "../common.js";

export const TRANSFER_COLUMNS = ["date", "supplier", "recipient", "qty", "designation", "category", "order / delivery",
  "item", "sources", "review", ""];

function stageCell(t) {
  const year = t.order_year || t.delivery_year;
  const label = { order: "ordered", delivery: "delivered", planned: "planned" }[t.stage] || t.stage;
  return h("span", { class: `stage ${t.stage}`, title: `status: ${t.status}` }, year ? `${label} ${year}` : label);
}

export function transferRows(items) {
  return items.map((t) => h("tr", { class: t.review && t.review.decision === "rejected" ? "rejected" : "" },
    h("td", { class: "nowrap" }, t.date || "—"),
    h("td", null, t.suppliers.length ? partiesView(t.suppliers) : h("span", { class: "muted" }, "?")),
    h("td", null, t.recipients.length ? partiesView(t.recipients) : h("span", { class: "muted" }, "?")),
    h("td", { class: "num" }, t.quantity === null ? "" : String(t.quantity)),
    h("td", null, t.designation || ""),
    h("td", null, t.category),
    h("td", { class: "nowrap" }, stageCell(t)),
    h("td", { class: "muted small" }, t.item || ""),
    h("td", null, t.sources.map((src, i) => [i ? ", " : "", link(`/documents/${encodeURIComponent(src.doc_id)}`,
      src.source || src.title || src.doc_id)])),
    h("td", null, reviewBadge(t.review)),
    h("td", null, link(`/events/${t.id}`, "event"))));
}

export async function transfersPage({ params, navigate }) {
  const filters = filtersFrom(params);
  const supplier = params.get("supplier") || "";
  const recipient = params.get("recipient") || "";
  const { data: page, errors } = await loadFiltered(() => get("/api/transfers", { ...filters, supplier, recipient,
    limit: 50, offset: params.get("offset") || 0 }));
  const { supplier: supplierError, recipient: recipientError, ...others } = errors;
  const form = filterForm(params, ["since", "until", "status", "q"], (next) => {
    for (const [k, v] of [["supplier", sup.value.trim()], ["recipient", rec.value.trim()]]) if (v) next.set(k, v);
    navigate(`/transfers?${next}`);
  }, others);
  // countries by code, name or demonym (the API resolves them); a miss is said next to the field
  const countryField = (name, label, value, placeholder, error) => {
    const input = h("input", { name, value, placeholder, size: 10, "aria-invalid": error ? "true" : null });
    return [input, h("label", { class: error ? "invalid" : null }, h("span", null, label), input,
      error ? h("span", { class: "field-error", role: "alert", id: `error-${name}` }, error.replace(`${name}: `, "")) : null)];
  };
  const [sup, supLabel] = countryField("supplier", "Supplier", supplier, "Russia", supplierError);
  const [rec, recLabel] = countryField("recipient", "Recipient", recipient, "Kazakhstan", recipientError);
  form.prepend(supLabel, recLabel);
  if (!page) return h("section", null, h("h1", null, "Transfer register"), form, fixFilters());
  return h("section", null, h("h1", null, "Transfer register"), form,
    h("p", { class: "muted" }, plural(page.total, "transfer")),
    table(TRANSFER_COLUMNS, transferRows(page.items), { class: "data register", empty: "No transfers match." }),
    pager(page, params, "/transfers", navigate));
}
