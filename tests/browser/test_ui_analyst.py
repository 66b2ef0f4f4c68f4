"""The analyst's desk in headless Chromium (issue 11, items 3, 4, 6, 7): the events page's download control,
countries typed by name, the transfer register's columns, the HTML 404 page, filter and search errors shown
next to their field."""
from __future__ import annotations

import io

import pytest

from uihelp import ready, shot

pytestmark = pytest.mark.browser


def test_ui_download_control_builds_each_export(server, page):
    page.goto(server + "/events?type=TRANSFER")
    ready(page)
    link = page.locator("#export-download")
    assert "format=csv" in link.get_attribute("href") and "type=TRANSFER" in link.get_attribute("href")
    page.select_option("#export-table", "dyad-year")
    page.select_option("#export-file", "xlsx")
    href = link.get_attribute("href")
    assert "format=dyad-year" in href and "xlsx=true" in href and link.get_attribute("download") == "defcoop-dyad-year.xlsx"
    openpyxl = pytest.importorskip("openpyxl")
    response = page.request.get(server + href)
    assert response.status == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(response.body())).active.iter_rows(values_only=True))
    assert rows[0][:6] == ("country_a", "name_a", "country_b", "name_b", "year", "events")
    page.select_option("#export-file", "excel")
    assert "excel=true" in link.get_attribute("href")
    assert page.request.get(server + link.get_attribute("href")).body().startswith(b"\xef\xbb\xbf")
    shot(page, "events-download")


def test_ui_country_filter_takes_a_name(server, page):
    page.goto(server + "/events")
    ready(page)
    page.fill("form.filters input[name=country]", "Kazakhstan")
    page.click("form.filters button[type=submit]")
    ready(page)
    assert page.inner_text("#event-count") == "4 events"


def test_ui_filter_errors_show_next_to_the_field(server, page):
    page.goto(server + "/events?since=2021-13&country=Kazakhztan")
    ready(page)
    assert "did you mean Kazakhstan" in page.locator("#error-country").inner_text()  # every bad filter at once
    since = page.locator("form.filters label.invalid:has(input[name=since])")
    assert "not a real date" in since.locator(".field-error").inner_text()
    assert page.locator("input[name=since]").get_attribute("aria-invalid") == "true"
    assert page.locator("#filter-problem").is_visible()
    assert page.locator("table.events-table").count() == 0
    page.goto(server + "/events?country=Kazakhztan")
    ready(page)
    assert "did you mean Kazakhstan" in page.locator("#error-country").inner_text()
    page.goto(server + "/events?q=drones%20OR%20tanks")
    ready(page)
    assert "OR is not supported" in page.locator("#error-q").inner_text()
    shot(page, "events-filter-error")


@pytest.mark.parametrize("path", ["/map", "/network"])
def test_ui_map_and_network_show_filter_errors_next_to_the_field(server, page, path):
    page.goto(server + path + "?country=Narnia")
    ready(page)
    assert "Narnia" in page.locator("#error-country").inner_text()
    assert page.locator("#filter-problem").is_visible()
    assert "Something went wrong" not in page.inner_text("main")


def test_ui_search_syntax_errors_are_reported(server, page):
    page.goto(server + "/search?q=*copter")
    ready(page)
    assert "end of a word" in page.locator("#error-q").inner_text()
    assert "Something went wrong" not in page.inner_text("main")


def test_ui_unknown_pages_get_a_page(server, page):
    response = page.goto(server + "/no/such/page")
    assert response.status == 404 and page.locator("h1").inner_text() == "Page not found"
    page.goto(server + "/events/999")
    ready(page)
    assert page.locator("section.not-found h1").inner_text() == "Not found"
    assert "event 999 not found" in page.inner_text("section.not-found")
    shot(page, "not-found")


def test_ui_transfer_register_reads_the_item(server, page):
    page.goto(server + "/transfers")
    ready(page)
    headers = page.locator("table.register thead th").all_inner_texts()
    assert headers[:7] == ["date", "supplier", "recipient", "qty", "designation", "category", "order / delivery"]
    row = page.locator("table.register tbody tr", has_text="UH-60").first.locator("td").all_inner_texts()
    assert row[3:7] == ["5", "UH-60 Black Hawk", "aircraft", "delivered 2022"]


def test_ui_transfer_register_takes_country_names(server, page):
    page.goto(server + "/transfers")
    ready(page)
    page.fill("input[name=supplier]", "American")
    page.click("form.filters button[type=submit]")
    ready(page)
    assert "supplier=American" in page.url
    assert page.locator("table.register tbody tr").count() == 1
    page.goto(server + "/transfers?recipient=Kolombia")
    ready(page)
    assert "did you mean Colombia" in page.locator("#error-recipient").inner_text()
    assert page.locator("table.register").count() == 0
