"""Written forms of a date that several stages look for: cleaning (a page's date stamp), extraction (the
dates a sentence gives) and resolution (what a date expression means). Defined once, so that a form one
stage learns the others read too."""
from __future__ import annotations

YEAR = r"(?:19|20)\d\d"
# 2024-05-14
ISO_DAY = rf"{YEAR}-[01]\d-[0-3]\d"
# 14.05.2024, 05/14/2024, 14-05-2024: which number is the day is for the reader (resolve.dates)
DIGIT_DAY = rf"\d{{1,2}}[./-]\d{{1,2}}[./-]{YEAR}"
# The label that opens a page's date stamp: "date 2024-07-29", "Published on: 12 May 2023", "Дата: ..."
STAMP_LABEL = r"(?:date|published|updated|last update|posted|время|дата)(?:\s+on)?"
