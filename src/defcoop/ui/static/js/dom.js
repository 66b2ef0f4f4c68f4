// DOM building without HTML parsing: every string becomes a text node, so stored text
// (article text, titles, names) can never turn into markup or script.

const SVG_NS = "http://www.w3.org/2000/svg";

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function setAttrs(el, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      el.addEventListener(name.slice(2), value);
    } else if (name === "dataset") {
      Object.assign(el.dataset, value);
    } else if (name === "href" && !safeHref(String(value))) {
      continue; // never a javascript: or data: link
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  return el;
}

/** An HTML element: h("a", {href: "/x", class: "y"}, "text", child, ...). */
export function h(tag, attrs, ...children) {
  return append(setAttrs(document.createElement(tag), attrs), children);
}

/** An SVG element, same call shape as h(). */
export function s(tag, attrs, ...children) {
  return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), children);
}

/** True for links the UI may follow: same-site paths and http(s) URLs. */
export function safeHref(value) {
  if (value.startsWith("/") && !value.startsWith("//")) return true;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** Replace the children of `el`. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === "" || v === false) continue;
    out.set(k, String(v));
  }
  const text = out.toString();
  return text ? `?${text}` : "";
}

/** An internal link handled by the router. */
export function link(href, ...children) {
  return h("a", { href }, ...children);
}

export function fmtNumber(n) {
  return Number(n || 0).toLocaleString("en-GB");
}

/** "1 event", "2 events". */
export function plural(n, word) {
  return `${fmtNumber(n)} ${word}${n === 1 ? "" : "s"}`;
}
