"""Helpers of the browser tests (and docs/ui_screenshot.py): how Chromium is launched, waiting, screenshots.

The browser is Debian's /usr/bin/chromium (`.ci/run` installs it), launched with a new
empty profile; Playwright never downloads a browser.
"""
from __future__ import annotations

import socket
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).parent / "screenshots"
REVIEW_TOKEN = "browser-token"


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch(playwright, profile: Path, **options):
    """A persistent Chromium context on a new profile folder."""
    return playwright.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
        viewport={"width": 1280, "height": 900}, **options)


def ready(tab) -> None:
    """Wait until the router has drawn the page in the address bar."""
    tab.wait_for_selector('main#app[aria-busy="false"]')


def shot(tab, name: str) -> Path:
    """Save a full-page screenshot as tests/browser/screenshots/NAME.png."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    return path
