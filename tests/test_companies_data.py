"""Integrity checks for src/defcoop/data/companies.jsonl (defence companies -> home country)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "defcoop" / "data" / "companies.jsonl"

REQUIRED = {"name": str, "country": str, "aliases": list, "kind": str}
OPTIONAL = {"ambiguous": bool, "parent": str, "note": str}
KINDS = {"company", "organisation"}


def _load() -> list[dict]:
    rows = []
    with DATA.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            assert line.strip(), f"blank line {lineno}"
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - failure path
                pytest.fail(f"line {lineno} is not valid JSON: {exc}")
    return rows


ROWS = _load()
BY_NAME = {r["name"]: r for r in ROWS}


def _lookup(alias: str) -> set[str]:
    key = alias.casefold()
    return {
        r["country"]
        for r in ROWS
        if key in {a.casefold() for a in [r["name"], *r["aliases"]]}
    }


def test_file_is_utf8_jsonl_objects():
    assert ROWS, "companies.jsonl is empty"
    assert all(isinstance(r, dict) for r in ROWS)


def test_required_and_optional_fields():
    for r in ROWS:
        for field, typ in REQUIRED.items():
            assert field in r, f"{r.get('name')!r} missing {field}"
            assert isinstance(r[field], typ), f"{r['name']!r}: {field} has wrong type"
        extra = set(r) - set(REQUIRED) - set(OPTIONAL)
        assert not extra, f"{r['name']!r}: unknown fields {extra}"
        for field, typ in OPTIONAL.items():
            if field in r:
                assert isinstance(r[field], typ), f"{r['name']!r}: {field} has wrong type"
        assert r["name"].strip() == r["name"] and r["name"]
        assert r["kind"] in KINDS, f"{r['name']!r}: bad kind {r['kind']!r}"
        for a in r["aliases"]:
            assert isinstance(a, str) and a.strip() == a and a, f"{r['name']!r}: bad alias {a!r}"
        assert len(r["aliases"]) == len(set(r["aliases"])), f"{r['name']!r}: duplicate aliases"
        if "ambiguous" in r:
            assert r["ambiguous"] is True, "only write ambiguous when true"


def test_country_codes_are_iso_alpha3():
    for r in ROWS:
        code = r["country"]
        assert len(code) == 3 and code.isupper(), f"{r['name']!r}: {code!r}"
        assert pycountry.countries.get(alpha_3=code) is not None, f"{r['name']!r}: unknown {code!r}"


def test_at_least_200_entries():
    assert len(ROWS) >= 200


def test_names_unique():
    names = [r["name"].casefold() for r in ROWS]
    assert len(names) == len(set(names))


def test_no_alias_maps_to_two_countries():
    seen: dict[str, set[str]] = defaultdict(set)
    for r in ROWS:
        for a in [r["name"], *r["aliases"]]:
            seen[a.casefold()].add(r["country"])
    clashes = {a: c for a, c in seen.items() if len(c) > 1}
    assert not clashes, f"aliases mapping to several countries: {clashes}"


def test_no_alias_shared_between_entries():
    owner: dict[str, str] = {}
    for r in ROWS:
        for a in [r["name"], *r["aliases"]]:
            key = a.casefold()
            assert owner.setdefault(key, r["name"]) == r["name"], (
                f"{a!r} used by both {owner[key]!r} and {r['name']!r}"
            )


def test_parents_exist():
    for r in ROWS:
        if "parent" in r:
            assert r["parent"] in BY_NAME, f"{r['name']!r}: unknown parent {r['parent']!r}"
            assert r["parent"] != r["name"]


def test_banned_bare_aliases_absent():
    # Ordinary words / ambiguous acronyms that must never be a bare alias.
    banned = {"bel", "stm", "bell", "mil", "arsenal", "taurus", "eurofighter", "csg", "hit", "awe"}
    for r in ROWS:
        for a in [r["name"], *r["aliases"]]:
            assert a.casefold() not in banned, f"{r['name']!r}: banned alias {a!r}"


@pytest.mark.parametrize(
    "alias,country",
    [
        ("Aselsan", "TUR"),
        ("Norinco", "CHN"),
        ("Rosoboronexport", "RUS"),
        ("Embraer", "BRA"),
        ("Hanwha Aerospace", "KOR"),
        ("Denel", "ZAF"),
        ("EDGE Group", "ARE"),
        ("Yugoimport-SDPR", "SRB"),
        ("Lockheed Martin", "USA"),
        ("Raytheon", "USA"),
        ("BAE Systems", "GBR"),
        ("Krauss-Maffei Wegmann", "DEU"),
        ("KMW", "DEU"),
        ("Nexter", "FRA"),
        ("TUSAŞ", "TUR"),
        ("TUSAS", "TUR"),
        ("Turkish Aerospace Industries", "TUR"),
        ("Rafael Advanced Defense Systems", "ISR"),
        ("Hindustan Aeronautics Limited", "IND"),
        ("Mitsubishi Heavy Industries", "JPN"),
        ("ST Engineering", "SGP"),
        ("Belspetsvneshtechnika", "BLR"),
        ("Ukroboronprom", "UKR"),
        ("Polska Grupa Zbrojeniowa", "POL"),
        ("Czechoslovak Group", "CZE"),
        ("Saudi Arabian Military Industries", "SAU"),
        ("Pakistan Ordnance Factories", "PAK"),
        ("NCSIST", "TWN"),
        ("FAdeA", "ARG"),
        ("Bell Helicopter", "USA"),
    ],
)
def test_spot_checks(alias, country):
    assert _lookup(alias) == {country}


def test_ambiguous_flag_on_wordlike_entries():
    for name in ["Bell Textron", "Rafael Advanced Defense Systems", "Patria", "Hindustan Aeronautics"]:
        assert BY_NAME[name].get("ambiguous") is True, name


def test_organisations_marked():
    for name in ["DRDO", "Armscor", "General Authority for Military Industries", "Tawazun Council"]:
        assert BY_NAME[name]["kind"] == "organisation", name
