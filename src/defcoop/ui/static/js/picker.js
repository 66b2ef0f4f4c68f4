// The country picker of the filter forms: a text field named `country` that suggests countries
// and IGOs as one types (GET /api/countries?q=) and submits the chosen code. A name typed in full
// is taken as its code too; anything else is submitted as typed (the API resolves names).
// Keyboard: arrows move through the suggestions, Enter picks, Escape closes (ARIA combobox).

import { get } from "./api.js";
import { h, replace } from "./dom.js";

let pickers = 0;

function matchesOf(body) {
  return body && Array.isArray(body.items) ? body.items : [];
}

/** A labelled combobox for the `country` filter, showing the name of `value` (a code) when it is one;
 * `error` (the API's message about the value) is shown next to it. */
export function countryPicker(value, { name = "country", label = "Country", error = null } = {}) {
  const id = `country-picker-${++pickers}`;
  const invalid = error ? { "aria-invalid": "true", "aria-describedby": `error-${name}` } : {};
  const input = h("input", { name, value: value || "", placeholder: "Kazakhstan, NATO…", size: 14, autocomplete: "off",
    role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": `${id}-list`,
    class: "country-picker-input", spellcheck: "false", ...invalid });
  const list = h("ul", { id: `${id}-list`, role: "listbox", class: "picker-list", hidden: true });
  let items = [];
  let active = -1;
  let ticket = 0;
  let timer = null;

  const choose = (item) => {
    input.value = item.name;
    input.dataset.code = item.code;
    close();
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (i) => {
    active = i;
    list.querySelectorAll("li").forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0) input.setAttribute("aria-activedescendant", `${id}-opt-${i}`);
  };
  const show = (found) => {
    items = found;
    const typed = input.value.trim().toLowerCase();
    // A name or code typed in full stands for its code without picking it from the list.
    const exact = found.find((m) => m.name.toLowerCase() === typed || m.code.toLowerCase() === typed);
    if (exact) input.dataset.code = exact.code;
    replace(list, found.map((m, i) => h("li", { id: `${id}-opt-${i}`, role: "option", "aria-selected": "false",
      dataset: { code: m.code }, onmousedown: (event) => { event.preventDefault(); choose(m); } },
    m.name, " ", h("span", { class: "code" }, m.code), m.kind === "igo" ? h("span", { class: "muted" }, " IGO") : null)));
    list.hidden = !found.length;
    input.setAttribute("aria-expanded", String(found.length > 0));
    active = -1;
  };
  const lookup = async () => {
    const q = input.value.trim();
    const mine = ++ticket;
    if (!q) {
      show([]);
      return;
    }
    try {
      const found = matchesOf(await get("/api/countries", { q, limit: 8 }));
      if (mine === ticket) show(found);
    } catch {
      if (mine === ticket) show([]);
    }
  };

  input.addEventListener("input", () => {
    delete input.dataset.code;
    clearTimeout(timer);
    timer = setTimeout(lookup, 120);
  });
  input.addEventListener("keydown", (event) => {
    if (list.hidden) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + items.length) % items.length);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));

  // The form submits the chosen code in place of the name shown.
  queueMicrotask(() => {
    const form = input.form;
    if (form) form.addEventListener("formdata", (event) => {
      if (input.dataset.code && input.value.trim()) event.formData.set(name, input.dataset.code);
    });
  });

  // A code given in the address is shown as its name.
  if (value) {
    get("/api/countries", { q: value, limit: 5 }).then((body) => {
      const match = matchesOf(body).find((m) => m.code.toLowerCase() === value.trim().toLowerCase());
      if (match && input.value === value) {
        input.value = match.name;
        input.dataset.code = match.code;
      }
    }).catch(() => {});
  }

  const problem = error ? h("span", { class: "field-error", role: "alert", id: `error-${name}` }, error) : null;
  return h("label", { class: error ? "picker invalid" : "picker" }, h("span", null, label), input, list, problem);
}
