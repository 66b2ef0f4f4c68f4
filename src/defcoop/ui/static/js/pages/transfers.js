// The transfer register: supplier, recipient, item, status, date and sources of TRANSFER events.

import { get, filtersFrom } from "../api.js";
import { h, link, plural } from "../dom.js";
import { filterForm, table, pager, partiesView, reviewBadge } from "../common.js";

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
  const page = await get("/api/transfers", { ...filters, supplier, recipient, limit: 50, offset: params.get("offset") || 0 });
  const form = filterForm(params, ["since", "until", "status", "q"], (next) => {
    for (const [k, v] of [["supplier", sup.value.trim()], ["recipient", rec.value.trim()]]) if (v) next.set(k, v.toUpperCase());
    navigate(`/transfers?${next}`);
  });
  const sup = h("input", { name: "supplier", value: supplier, placeholder: "RUS", size: 6 });
  const rec = h("input", { name: "recipient", value: recipient, placeholder: "KAZ", size: 6 });
  form.prepend(h("label", null, h("span", null, "Supplier"), sup), h("label", null, h("span", null, "Recipient"), rec));
  return h("section", null, h("h1", null, "Transfer register"), form,
    h("p", { class: "muted" }, plural(page.total, "transfer")),
    table(TRANSFER_COLUMNS, transferRows(page.items), { class: "data register", empty: "No transfers match." }),
    pager(page, params, "/transfers", navigate));
}
