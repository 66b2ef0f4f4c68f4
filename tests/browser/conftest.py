"""Fixtures of the browser tests: the app served on 127.0.0.1 and Chromium driven by Playwright."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # uihelp
sys.path.insert(1, str(Path(__file__).parents[1]))  # tests/: api_data

from uihelp import CHROMIUM, REVIEW_TOKEN, free_port, launch  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Base URL of the app over the API test database, with reviews enabled."""
    from api_data import build_database
    from defcoop.api import create_app
    from defcoop.bench_api import serve_in_thread
    from defcoop.store.db import engine_of

    path = tmp_path_factory.mktemp("ui") / "ui.db"
    engine_of(build_database(str(path))).dispose()
    with serve_in_thread(create_app(str(path), review_token=REVIEW_TOKEN), free_port()) as base:
        yield base


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run should have installed Debian's chromium")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = launch(p, tmp_path_factory.mktemp("chromium-profile"))
        context.set_default_timeout(10_000)
        yield context
        context.close()


@pytest.fixture
def page(browser_context):
    """A fresh tab that records dialogs and script errors (a test fails on either)."""
    tab = browser_context.new_page()
    tab.dialogs = []
    tab.errors = []
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    yield tab
    errors, dialogs = tab.errors, tab.dialogs
    tab.close()
    assert dialogs == [], f"dialogs opened: {dialogs}"
    assert errors == [], f"script errors: {errors}"
