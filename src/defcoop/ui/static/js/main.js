// The router: one page per path, drawn into <main id="app">; internal links change the
// address without reloading (history API), so reload and back work on every page.

import { ApiError } from "./api.js";
import { h, replace } from "./dom.js";
import { dashboardPage } from "./pages/dashboard.js";
import { networkPage } from "./pages/network.js";
import { mapPage } from "./pages/map.js";
import { eventsPage, eventPage, documentPage } from "./pages/events.js";
import { actorsPage, actorPage } from "./pages/actors.js";
import { transfersPage } from "./pages/transfers.js";
import { searchPage } from "./pages/search.js";

const ROUTES = [
  [/^\/$/, "dashboard", dashboardPage],
  [/^\/map$/, "map", mapPage],
  [/^\/network$/, "network", networkPage],
  [/^\/events$/, "events", eventsPage],
  [/^\/events\/(\d+)$/, "events", eventPage],
  [/^\/documents\/(.+)$/, "events", documentPage],
  [/^\/actors$/, "actors", actorsPage],
  [/^\/actors\/([^/]+)$/, "actors", actorPage],
  [/^\/transfers$/, "transfers", transfersPage],
  [/^\/search$/, "search", searchPage],
];

const app = () => document.getElementById("app");
let renderCount = 0;

export function navigate(href, { replaceState = false } = {}) {
  const url = new URL(href, location.origin);
  if (replaceState) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render();
}

async function render() {
  const ticket = ++renderCount;
  const path = decodeURIComponent(location.pathname);
  const params = new URLSearchParams(location.search);
  for (const [pattern, section, page] of ROUTES) {
    const match = path.match(pattern);
    if (!match) continue;
    for (const a of document.querySelectorAll("nav a[data-section]")) {
      a.classList.toggle("active", a.dataset.section === section);
    }
    const root = app();
    root.dataset.page = section;
    root.setAttribute("aria-busy", "true");
    try {
      const view = await page({ args: match.slice(1), params, navigate });
      if (ticket === renderCount) replace(root, view);
    } catch (err) {
      if (ticket === renderCount) replace(root, errorView(err));
    } finally {
      if (ticket === renderCount) root.setAttribute("aria-busy", "false");
    }
    return;
  }
  replace(app(), errorView(new ApiError(404, "404: there is no page at this address")));
}

function errorView(err) {
  console.error(err);
  const missing = err instanceof ApiError && err.status === 404;
  return h("section", { class: missing ? "error not-found" : "error" },
    h("h1", null, missing ? "Not found" : "Something went wrong"),
    h("p", { class: "message" }, err instanceof Error ? err.message.replace(/^404: /, "") : String(err)),
    missing ? h("p", null, "Go back, or start again from the ", h("a", { href: "/events" }, "events"), ".") : null);
}

document.addEventListener("click", (event) => {
  const a = event.target.closest("a[href]");
  if (!a || a.target || a.hasAttribute("download") || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const url = new URL(a.href, location.origin);
  if (url.origin !== location.origin || url.pathname.startsWith("/api/") || url.pathname === "/openapi.json") return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

window.addEventListener("popstate", render);
render();
