// Calls to the JSON API; errors become ApiError with the server's message.

import { query } from "./dom.js";

export class ApiError extends Error {
  /** `fields`: {query parameter: message} for a 422 that names the fields at fault (shown next to them). */
  constructor(status, message, fields = {}) {
    super(message);
    this.status = status;
    this.fields = fields;
  }
}

function fieldErrors(body) {
  const out = {};
  for (const err of (body && Array.isArray(body.errors) ? body.errors : [])) {
    const loc = Array.isArray(err.loc) ? err.loc : [];
    if (loc[0] !== "query" || typeof loc[1] !== "string" || out[loc[1]]) continue;
    const msg = String(err.msg || "invalid");
    out[loc[1]] = msg.startsWith(`${loc[1]}: `) ? msg.slice(loc[1].length + 2) : msg; // shown beside the field already
  }
  return out;
}

async function parse(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const detail = body && typeof body.detail === "string" ? body.detail : response.statusText;
    throw new ApiError(response.status, `${response.status}: ${detail}`, response.status === 422 ? fieldErrors(body) : {});
  }
  return body;
}

export async function get(path, params) {
  return parse(await fetch(path + query(params), { headers: { Accept: "application/json" } }));
}

export async function post(path, body, token) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  return parse(await fetch(path, { method: "POST", headers, body: JSON.stringify(body) }));
}

// The filters every aggregate endpoint accepts, taken from a URLSearchParams.
export const FILTER_KEYS = ["type", "country", "pair", "status", "since", "until", "min_confidence", "q", "reviewed",
  "decision", "include_rejected"];

export function filtersFrom(params) {
  const out = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null && value !== "") out[key] = value;
  }
  return out;
}
