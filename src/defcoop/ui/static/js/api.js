// Calls to the JSON API; errors become ApiError with the server's message.

import { query } from "./dom.js";

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
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
    throw new ApiError(response.status, `${response.status}: ${detail}`);
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
