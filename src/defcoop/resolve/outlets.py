"""The country an outlet reports from, read from its web address: "www.nzherald.co.nz" -> NZL.

A national paper names its own officials without their country ("Defence Minister Jonathan Coleman
returned from Tonga"); knowing whose paper it is gives them one. A country-code domain counts, and so do
the national outlets `outlets.json` lists under .com, .net and vanity domains ("vanguardngr.com") and the
.mil and .gov of the United States; other .com, .org and the country codes sites use as vanity domains
(.io, .tv, .co) say nothing.
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


@lru_cache(maxsize=1)
def _known() -> tuple[dict[str, str], dict[str, str]]:
    """(registered domain -> country of a national outlet under a generic domain, state-only top-level
    domain -> country)."""
    data = load_lexicon("outlets.json")
    return data["outlets"], data["state_domains"]


@lru_cache(maxsize=4096)
def outlet_country(address: str | None) -> str | None:
    """ISO alpha-3 code of the country an outlet reports from: its domain's (`domain_country`), else the
    country `outlets.json` lists it under (`listed_outlet`)."""
    return domain_country(address) or listed_outlet(address)


def _host(address: str) -> str:
    return (urlsplit(address if "//" in address else f"//{address}").hostname or "").rstrip(".").lower()


@lru_cache(maxsize=4096)
def listed_outlet(address: str | None) -> str | None:
    """The country of a national outlet under a generic or vanity domain that `outlets.json` lists
    ("vanguardngr.com", and "timesofindia.indiatimes.com" by its registered domain), else None."""
    if not address:
        return None
    outlets, _ = _known()
    labels = _host(address).split(".")
    for i in range(len(labels) - 1):
        code = outlets.get(".".join(labels[i:]))
        if code:
            return code
    return None


@lru_cache(maxsize=4096)
def domain_country(address: str | None) -> str | None:
    """ISO alpha-3 code of the country whose domain the address (a URL or a bare host) is under, or None."""
    if not address:
        return None
    _, state_domains = _known()
    suffix = _host(address).split(".")[-1]
    if suffix in state_domains:  # ".mil", ".gov": one state's own
        return state_domains[suffix]
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
