"""Make docs/ui.png and docs/ui-event.png, the README's pictures of the web UI.

Runs the pipeline over samples/articles into a temporary database, serves the app on
127.0.0.1 and takes the screenshots with Debian's Chromium (see tests/browser/uihelp.py).

    .venv/bin/python docs/ui_screenshot.py
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "browser"))

from uihelp import free_port, launch  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from defcoop.api import create_app  # noqa: E402
from defcoop.bench_api import serve_in_thread  # noqa: E402
from defcoop.pipeline import Runner  # noqa: E402
from defcoop.settings import Settings  # noqa: E402
from defcoop.store.db import engine_of, open_database  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="defcoop-ui-") as tmp:
        db = str(Path(tmp) / "samples.db")
        factory = open_database(db)
        Runner(factory, Settings()).run([REPO / "samples" / "articles"])
        with factory() as session:
            from sqlalchemy import text

            # The event page shows the first TRANSFER with a supplier and a recipient.
            event_id = session.execute(text(
                "SELECT e.id FROM events e WHERE e.type = 'TRANSFER' AND e.item IS NOT NULL "
                "AND EXISTS (SELECT 1 FROM event_parties p WHERE p.event_id = e.id AND p.role = 'recipient') "
                "ORDER BY e.date DESC LIMIT 1")).scalar()
        engine_of(factory).dispose()
        with serve_in_thread(create_app(db, review_token="docs"), free_port()) as base, sync_playwright() as p:
            context = launch(p, Path(tmp) / "profile")
            page = context.new_page()
            for path, name in (("/", "ui.png"), (f"/events/{event_id}", "ui-event.png")):
                page.goto(base + path)
                page.wait_for_selector('main#app[aria-busy="false"]')
                page.screenshot(path=str(REPO / "docs" / name))
                print(f"wrote docs/{name}")
            context.close()


if __name__ == "__main__":
    main()
