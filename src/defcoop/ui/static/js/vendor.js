// The vendored libraries (static/vendor/, see VENDORED.md), loaded on demand as classic scripts
// in order (each UMD build sets a global the next one reads); each is loaded once per page.

const loaded = new Map();

function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(script);
    }));
  }
  return loaded.get(src);
}

async function loadInOrder(srcs) {
  for (const src of srcs) await loadScript(src);
}

/** d3-geo and topojson-client: { d3, topojson }. */
export async function mapLibraries() {
  await loadInOrder(["/static/vendor/d3-array/d3-array.min.js", "/static/vendor/d3-geo/d3-geo.min.js",
    "/static/vendor/topojson-client/topojson-client.min.js"]);
  return { d3: window.d3, topojson: window.topojson };
}

let atlas = null;

/** The world-atlas TopoJSON (Natural Earth 1:50m countries), fetched once. */
export function worldAtlas() {
  atlas ||= fetch("/static/vendor/world-atlas/countries-50m.json").then((r) => {
    if (!r.ok) throw new Error(`could not load the world map (${r.status})`);
    return r.json();
  });
  return atlas;
}

let fcoseRegistered = false;

/** cytoscape with the fcose layout registered. */
export async function graphLibrary() {
  await loadInOrder(["/static/vendor/cytoscape/cytoscape.min.js", "/static/vendor/layout-base/layout-base.js",
    "/static/vendor/cose-base/cose-base.js", "/static/vendor/cytoscape-fcose/cytoscape-fcose.js"]);
  if (!fcoseRegistered) {
    // Cytoscape adds an inline <style> (which the Content-Security-Policy blocks) unless an element
    // with this id exists; the one rule it would add is in graphics.css.
    if (!document.getElementById("__________cytoscape_stylesheet")) {
      document.head.append(Object.assign(document.createElement("meta"), { id: "__________cytoscape_stylesheet" }));
    }
    window.cytoscape.use(window.cytoscapeFcose);
    fcoseRegistered = true;
  }
  return window.cytoscape;
}
