"""The country an outlet reports from, read from its web address: "www.nzherald.co.nz" -> NZL.

A national paper names its own officials without their country ("Defence Minister Jonathan Coleman
returned from Tonga"); knowing whose paper it is gives them one. Only a country-code domain counts;
.com, .org and the country codes sites use as vanity domains (.io, .tv, .co) say nothing.
"""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import pycountry

from defcoop.resolve.gazetteer import load_lexicon


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], dict[str, str | None]]:
    data = load_lexicon("outlets.json")
    return frozenset(data["generic_country_domains"]), data["domain_codes"]


@lru_cache(maxsize=4096)
def outlet_country(address: str | None) -> str | None:
    """ISO alpha-3 code of the country whose domain the address (a URL or a bare host) is under, or None."""
    if not address:
        return None
    host = urlsplit(address if "//" in address else f"//{address}").hostname or ""
    suffix = host.rstrip(".").rsplit(".", 1)[-1].lower()
    if len(suffix) != 2 or not suffix.isalpha():
        return None
    generic, codes = _tables()
    if suffix in generic:
        return None
    alpha2 = codes.get(suffix, suffix.upper()) if suffix in codes else suffix.upper()
    if alpha2 is None:
        return None
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None
