#!/usr/bin/env python3
"""Save one page from the search tool's `pages` corpus into a real-text set.

    python3 save_page.py SETDIR RECORD.json
    python3 save_page.py --restore SETDIR RECORD.json   # bring back a page of an existing set

RECORD.json holds one JSON object:
  {"id": "rl20a-001", "url": "...", "query": "the exact query sent",
   "page_date": "2024-05-14" or null, "why": "one line: what the page is",
   "text": "<the excerpt, exactly as the tool returned it (a JSON string)>"}

Writes SETDIR/pages/<id>.doc.json (title/published null, source = the site's domain) and appends (or
replaces) the id's line in SETDIR/manifest.jsonl. Refuses a URL that another set's manifest under
tests/data already has (a page is in one set only). Standard library only, so annotators run it anywhere.
"""
import json
import sys
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent


def used_urls(setdir: Path) -> set[str]:
    """The URLs of every other set's manifest."""
    urls = set()
    for manifest in HERE.rglob("manifest.jsonl"):
        if manifest.parent.resolve() != setdir.resolve():
            urls.update(json.loads(line)["url"] for line in manifest.read_text(encoding="utf-8").splitlines()
                        if line.strip())
    return urls


def main() -> int:
    args = sys.argv[1:]
    restore = args[0] == "--restore"
    if restore:
        args = args[1:]
    setdir, record_file = Path(args[0]), Path(args[1])
    rec = json.loads(record_file.read_text(encoding="utf-8"))
    for key in ("id", "url", "query", "page_date", "why", "text"):
        if key not in rec:
            sys.exit(f"{record_file}: missing key {key!r}")
    if not restore and rec["url"] in used_urls(setdir):
        sys.exit(f"{rec['url']} is already used by an earlier set")
    (setdir / "pages").mkdir(parents=True, exist_ok=True)
    domain = urlparse(rec["url"]).netloc.removeprefix("www.")
    doc = {"id": rec["id"], "url": rec["url"], "title": None, "published": None, "source": domain,
           "lang": "en", "text": rec["text"]}
    (setdir / "pages" / f"{rec['id']}.doc.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if restore:
        print(f"restored {rec['id']} ({len(rec['text'])} chars)")
        return 0
    manifest = setdir / "manifest.jsonl"
    lines = [json.loads(l) for l in manifest.read_text().splitlines() if l.strip()] if manifest.exists() else []
    lines = [l for l in lines if l["id"] != rec["id"]]
    lines.append({k: rec[k] for k in ("id", "url", "query", "page_date", "why")})
    lines.sort(key=lambda l: l["id"])
    manifest.write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines), encoding="utf-8")
    print(f"saved {rec['id']} ({len(rec['text'])} chars)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
