// Full-text search over the stored articles; matches in the snippets are marked.

import { get, ApiError } from "../api.js";
import { h, link, plural } from "../dom.js";
import { pager } from "../common.js";

export async function searchPage({ params, navigate }) {
  const q = params.get("q") || "";
  const input = h("input", { name: "q", type: "search", value: q, placeholder: "words in the articles, e.g. helicopters", size: 40 });
  const form = h("form", { class: "filters", role: "search" }, h("label", null, h("span", null, "Search articles"), input),
    h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    navigate(`/search?q=${encodeURIComponent(input.value.trim())}`);
  });
  if (!q.trim()) return h("section", null, h("h1", null, "Search"), form);
  let page;
  try {
    page = await get("/api/search", { q, limit: 20, offset: params.get("offset") || 0 });
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 422) throw err;
    // a query this search cannot read ("a OR b", "*copter") is said so, next to the box
    input.setAttribute("aria-invalid", "true");
    form.querySelector("label").append(h("span", { class: "field-error", role: "alert", id: "error-q" },
      err.fields.q || err.message.replace(/^422: /, "")));
    return h("section", null, h("h1", null, "Search"), form);
  }
  const results = h("ol", { class: "results" }, page.items.map((hit) => h("li", null,
    h("h3", null, link(`/documents/${encodeURIComponent(hit.doc_id)}`, hit.title || hit.doc_id)),
    h("p", { class: "muted small" }, [hit.source, hit.published].filter(Boolean).join(" · ")),
    h("p", { class: "snippet" }, hit.snippet.map((part) => (part.match ? h("mark", null, part.text) : part.text))))));
  return h("section", null, h("h1", null, "Search"), form,
    h("p", { class: "muted" }, plural(page.total, "article")), results, pager(page, params, "/search", navigate));
}
