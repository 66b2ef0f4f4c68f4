"""The web UI in headless Chromium: dashboard, filters, event page with highlighted evidence,
reviewing (kept after a reload), country page, search, and escaping of article text
(the map, the network and the country picker: test_graphics.py)."""
from __future__ import annotations

import re

import pytest

from api_data import XSS_IMG, XSS_SCRIPT
from uihelp import REVIEW_TOKEN, ready, shot

pytestmark = pytest.mark.browser


def test_ui_dashboard_shows_totals_timeline_and_pairs(server, page):
    page.goto(server + "/")
    ready(page)
    cards = page.locator(".cards .card")
    assert cards.count() == 5
    assert cards.nth(0).inner_text().split("\n") == ["6", "events"]
    assert page.locator("svg.timeline rect.bar").count() == 5  # five events dated to a month
    assert page.inner_text("#dating-note") == ("6 events: 5 dated to the month (the bars), 1 only to the year "
                                               "(2019: 1), 0 undated.")  # issue 11: the parts add up to the total
    assert page.locator("table.data tbody tr").first.inner_text().startswith("Kazakhstan – Russia")
    shot(page, "dashboard")
    # Filtering the dashboard narrows every part of it.
    page.select_option("form.filters select[name=type]", "TRANSFER")
    page.click("form.filters button[type=submit]")
    ready(page)
    assert "type=TRANSFER" in page.url
    assert page.locator(".cards .card").nth(0).inner_text().startswith("3")
    assert page.locator("svg.timeline rect.bar").count() == 3


def test_ui_filter_open_event_review_and_reload(server, page):
    page.goto(server + "/events")
    ready(page)
    assert page.locator("table.events-table tbody tr").count() == 6
    page.select_option("form.filters select[name=type]", "TRANSFER")
    page.fill("form.filters input[name=country]", "KAZ")
    page.click("form.filters button[type=submit]")
    ready(page)
    assert re.search(r"type=TRANSFER.*country=KAZ|country=KAZ.*type=TRANSFER", page.url)
    rows = page.locator("table.events-table tbody tr")
    assert rows.count() == 1 and "Su-30SM fighters" in rows.first.inner_text()
    assert page.inner_text("#event-count") == "1 event"
    shot(page, "events-filtered")

    rows.first.locator("td.evidence-cell a").click()
    ready(page)
    assert page.url.endswith("/events/1")
    current = page.locator("mark.evidence.current")
    assert current.count() == 1
    assert current.inner_text() == "Russia will deliver Su-30SM fighters to Kazakhstan, the ministry said."
    assert page.locator("mark.evidence").count() == 2  # the other event of the article is marked too
    assert page.inner_text("#event-item") == "Su-30SM fighters"
    shot(page, "event")

    # A wrong token is refused with the server's message; nothing is stored.
    page.fill("#reviewer", "Ann Analyst")
    page.fill("#review-token", "wrong")
    page.click("#review-reject")
    page.wait_for_selector("#review-message.error")
    assert "403" in page.inner_text("#review-message")
    page.fill("#review-token", REVIEW_TOKEN)
    page.fill("#review-comment", "Matches the ministry's statement.")
    page.click("#review-confirm")
    ready(page)
    page.wait_for_selector("h1 .badge.review.confirmed")
    page.reload()
    ready(page)
    assert page.inner_text("h1 .badge.review") == "confirmed"
    history = page.inner_text("ol.history")
    assert "confirm by Ann Analyst" in history and "Matches the ministry's statement." in history
    assert page.input_value("#reviewer") == "Ann Analyst"  # remembered for the next review
    shot(page, "event-reviewed")

    # An edit through the form changes the event everywhere.
    page.click("#review-edit")
    page.fill("#edit-form input[name=item]", "12 Su-30SM fighters")
    page.click("#edit-form button[type=submit]")
    ready(page)
    page.wait_for_selector("h1 .badge.review.edited")
    assert page.inner_text("#event-item") == "12 Su-30SM fighters"
    assert "item: Su-30SM fighters → 12 Su-30SM fighters" in page.inner_text("ol.history")
    page.goto(server + "/events?decision=edited")
    ready(page)
    assert page.locator("table.events-table tbody tr").count() == 1


def test_ui_country_page_partners_and_transfers(server, page):
    page.goto(server + "/actors/KAZ")
    ready(page)
    assert page.inner_text("h1").startswith("Kazakhstan")
    partners = page.locator("table.heatmap tbody tr")
    assert partners.count() == 5 and partners.first.inner_text().startswith("Russia")
    transfers_in = page.locator("#transfers-in + table tbody tr")
    assert transfers_in.count() == 1 and "Su-30SM" in transfers_in.first.inner_text()
    assert "No transfers out." in page.locator("#transfers-out + table").inner_text()
    shot(page, "country")
    page.goto(server + "/transfers")
    ready(page)
    assert page.locator("table.register tbody tr").count() == 3
    shot(page, "transfers")
    page.goto(server + "/actors?kind=country")
    ready(page)
    assert page.locator("table.data tbody tr").first.inner_text().startswith("Kazakhstan")
    shot(page, "actors")


def test_ui_search_marks_matches(server, page):
    page.goto(server + "/search")
    ready(page)
    page.fill("input[name=q]", "helicopter")
    page.click("form.filters button[type=submit]")
    ready(page)
    assert page.locator("ol.results > li").count() == 2
    assert page.locator(".snippet mark").first.inner_text().lower().startswith("helicopter")
    shot(page, "search")


def test_ui_article_text_is_escaped_everywhere(server, page):
    page.goto(server + "/events/5")
    ready(page)
    article = page.inner_text(".article-text")
    assert XSS_SCRIPT in article and XSS_IMG in article
    assert page.inner_text("#event-item") == f"Bayraktar TB2 {XSS_IMG}"
    assert page.inner_text("mark.evidence.current").count(XSS_SCRIPT) == 1
    assert page.inner_text(".article h3") == f"Drones for Poland {XSS_IMG}"
    assert page.locator("main img").count() == 0 and page.locator("main script").count() == 0
    assert "javascript:alert(1)" in page.inner_text(".article")  # shown, but never a link
    assert page.locator('a[href^="javascript"]').count() == 0
    shot(page, "escaped-event")
    for path in ("/events?q=drones", "/documents/xss", "/transfers", "/search?q=drones", "/actors/POL"):
        page.goto(server + path)
        ready(page)
        assert XSS_IMG in page.inner_text("main"), path
        assert page.locator("main img").count() == 0 and page.locator("main script").count() == 0, path
        if path == "/documents/xss":
            assert page.locator("mark.evidence").inner_text().count(XSS_SCRIPT) == 1
            shot(page, "document")
    # The `page` fixture fails the test if any alert() ran or any script error happened.
