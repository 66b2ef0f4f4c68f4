"""The country an outlet reports from, by its web address (defcoop.resolve.outlets)."""
from __future__ import annotations

import pytest

from defcoop.resolve.outlets import outlet_country


@pytest.mark.parametrize("address, country", [
    ("https://www.nzherald.co.nz/nz/politics/story", "NZL"),
    ("https://www.dawn.com.pk/news/1", "PAK"),
    ("https://www.bbc.co.uk/news/world", "GBR"),
    ("https://tass.ru/armiya", "RUS"),
    ("www.pna.gov.ph", "PHL"),
    ("https://x.de:8080/a", "DEU"),
    ("https://www.defensenews.com/air/2020/", None),  # generic top-level domain
    ("https://t.co/abc", None),  # a country code used as a vanity domain
    ("https://news.example/story", None),
    ("https://europa.eu/news", None),  # a union, not a country
    ("https://www.vanguardngr.com/2025/04/story/", "NGA"),  # a national outlet on a generic domain
    ("https://timesofindia.indiatimes.com/india/story", "IND"),  # a subdomain of one
    ("https://tempo.co/read/1", "IDN"),  # and on a vanity domain
    ("https://www.army.mil/article/1", "USA"),  # a state-only top-level domain
    ("https://www.reuters.com/world/", None),  # an international service has no home
    ("", None),
    (None, None),
])
def test_outlet_country_by_domain(address, country):
    assert outlet_country(address) == country
