import pytest

from defcoop.clean.dates import date_from_url, find_date, numeric_order, publication_date
from defcoop.resolve.dates import resolve_date


@pytest.mark.parametrize("expression, published, expected", [
    ("on Thursday", "2021-02-05", "2021-02-04"),      # Friday publication -> the day before
    ("on Monday", "2017-10-09", "2017-10-09"),        # same weekday as publication -> that day
    ("last Monday", "2017-10-09", "2017-10-02"),
    ("Nov. 14", "2013-11-20", "2013-11-14"),
    ("December 2", "2019-03-01", "2018-12-02"),       # a month after publication is last year's
    ("in November 2012", "2013-11-20", "2012-11"),
    ("early in June", "2017-08-07", "2017-06"),
    ("in 2014", "2017-08-07", "2014"),
    ("Wednesday, Oct. 31", "2018-11-01", "2018-10-31"),
    ("last week", "2018-11-01", "2018-10"),
    ("this year", "2014-08-15", "2014"),
    ("next year", "2017-10-09", "2018"),
    ("yesterday", "2020-01-01", "2019-12-31"),
    ("earlier today", "2023-07-12", "2023-07-12"),
    ("late this afternoon", "2023-07-12", "2023-07-12"),
])
def test_resolve_date_against_publication(expression, published, expected):
    assert resolve_date(expression, published) == expected


@pytest.mark.parametrize("expression", ["2013-2017", "several years", "the past decade", "recent months"])
def test_spans_and_vague_periods_give_no_date(expression):
    assert resolve_date(expression, "2020-05-05") is None


def test_weekday_without_publication_date_is_unknown():
    assert resolve_date("on Friday", None) is None
    assert resolve_date("in March 2019", None) == "2019-03"


def test_planned_month_without_year_is_the_next_one():
    assert resolve_date("in November", "2021-06-10", future=True) == "2021-11"
    assert resolve_date("in March", "2021-06-10", future=True) == "2022-03"
    assert resolve_date("in November", "2021-06-10") == "2020-11"


def test_numeric_dates_go_through_dateparser():
    assert resolve_date("on 05.03.2021", "2021-06-10") == "2021-03-05"


@pytest.mark.parametrize("expression,future,expected", [
    ("this autumn", True, "2024"),
    ("next spring", True, "2025"),
    ("last winter", False, "2023"),
    ("by the end of the year", True, "2024"),
    ("later this year", True, "2024"),
    ("early next year", True, "2025"),
    ("later this month", True, "2024-05"),
    ("in September", True, "2024-09"),
    ("in September", False, "2023-09"),
    ("summer 2023", False, "2023"),
])
def test_seasons_year_ends_and_months_resolve_against_publication(expression, future, expected):
    assert resolve_date(expression, "2024-05-14", future=future) == expected


@pytest.mark.parametrize("line,url,expected", [
    ("14/05/2024", None, "2024-05-14"),  # impossible month first: day first
    ("05/14/2024 09:12 AM", None, "2024-05-14"),  # impossible day first: month first
    ("Posted on 3/4/2021", "https://news.example.com/a", "2021-03-04"),  # US-style address: month first
    ("Posted on 3/4/2021", "https://news.example.co.uk/a", "2021-04-03"),  # elsewhere: day first
    ("Updated: 25-02-2020 19:44 IST", None, "2020-02-25"),
    ("2024-05-14T09:12:00+03:00", None, "2024-05-14"),
    ("14.05.2024", None, "2024-05-14"),
    ("May 14th, 2024", None, "2024-05-14"),
    ("5th of May 2021", None, "2021-05-05"),
])
def test_publication_dates_in_every_common_form(line, url, expected):
    assert find_date([line], order=numeric_order([line], url)) == expected


def test_one_unambiguous_date_fixes_the_order_of_the_others():
    lines = ["Published 04/03/2021", "Updated 23/03/2021"]
    assert find_date(lines, order=numeric_order(lines, "https://news.example.com/")) == "2021-03-04"


@pytest.mark.parametrize("url,expected", [
    ("http://www.example.com/news/report/india-russia/20081205.htm?print=true", "2008-12-05"),
    ("https://www.example.com/2019/04/03/story-title", "2019-04-03"),
    ("https://www.example.com/world/2020-02-25/headline", "2020-02-25"),
    ("https://www.example.com/article30915848.ece", None),
    ("https://www.example.com/2015/04/title.html", None),  # a month is not a publication date
])
def test_date_from_the_page_address(url, expected):
    assert date_from_url(url) == expected


def test_scraped_page_without_metadata_takes_its_address_date():
    from defcoop.clean import clean_document
    from defcoop.types import RawDocument

    raw = RawDocument(id="u", origin="u", url="https://example.com/2021/06/09/kazakh-drills",
                      text="Kazakh and Kyrgyz troops held joint drills on Tuesday, the ministry said.")
    assert clean_document(raw).published == "2021-06-09"


@pytest.mark.parametrize("lines,url,expected", [
    (["Navy ships sail for joint drills", "Published: 12.27.19 , 11:05"], None, "2019-12-27"),
    (["28.10.11 13:14", "", "Parade marks independence day"], None, "2011-10-28"),
    (["Mbarara 25/11/17 – Defence ministers from the region met on Friday."], None, "2017-11-25"),
    (["Posted 3/4/21"], "https://news.example.com/a", "2021-03-04"),  # US-style address: month first
])
def test_two_digit_year_stamps_date_a_page(lines, url, expected):
    assert publication_date(lines, [], url) == expected


@pytest.mark.parametrize("line", [
    "The team won 3.1.22 in the final and version 2.4.19 shipped.",  # not a stamp
    "Talks ended 25/11/17 without a deal being reached by the ministers.",  # not a dateline
])
def test_two_digit_years_elsewhere_are_not_dates(line):
    assert publication_date([line], [], None) is None


def test_the_earliest_date_stamp_of_the_header_is_the_articles():
    """A site's top bar shows the day the page was read; the article's own stamp is earlier."""
    header = ["Friday, 14th March 2025", "Coastguards train together", "Tuesday, 2nd May 2023"]
    lines = [*header, "Cutters from three island states began a week of drills on Tuesday."]
    assert publication_date(lines, header, None) == "2023-05-02"


def test_a_wire_dateline_beats_a_caption_date_and_takes_its_year():
    header = ["Border guards patrol the river crossing near the town, March 3, 2016.",
              "Helicopter deal denied"]
    lines = [*header, "TUNIS, Mar. 9 (Agency) -- The ministry denied on Wednesday that it had bought helicopters."]
    assert publication_date(lines, header, None) == "2016-03-09"


def test_a_labelled_stamp_opening_the_first_line_dates_the_page():
    lines = ["date 2022-04-11 DHAKA, Apr 11 (Agency): The navy commissioned two patrol craft built abroad.",
             "The ships were launched in 2019."]
    assert publication_date(lines, [], None) == "2022-04-11"


def test_a_prose_line_opening_with_a_date_is_not_a_stamp():
    lines = ["date 2025-06-30 Army chief back from Hanoi",
             "On 24 June 2025, on his arrival, the chief was received by his counterpart."]
    assert publication_date(lines, [], None) == "2025-06-30"


@pytest.mark.parametrize("words, expected", [
    ("The drill began on April 29, 2025 at the base.", "2025-09-03"),  # American writing: month first
    ("The drill began on 29 April 2025 at the base.", "2025-03-09"),
])
def test_numeric_dates_are_read_the_way_the_page_writes_dates_in_words(words, expected):
    lines = ["09/03/2025 | News release", words]
    assert publication_date(lines, [], "https://pub.example.io/view/1") == expected


@pytest.mark.parametrize("expression, published, future, expected", [
    ("on 05/11/2023", "2023-11-07", False, "2023-11-05"),  # both readings real: the one just before publication
    ("on 04/07/2024", "2024-05-16", False, "2024-04-07"),  # the day-first reading is after publication
    ("on 04/07/2024", "2024-05-16", True, "2024-07-04"),  # ... which a planned act takes
    ("on 25/04/2024", "2024-05-16", False, "2024-04-25"),  # only one reading is a date
    ("on 2023-11-05", "2024-05-16", False, "2023-11-05"),  # ISO in running text
    ("the day before", "2024-05-16", False, "2024-05-15"),
    ("on the 17th", "2023-08-19", False, "2023-08-17"),  # a day of the month alone: the last one so numbered
    ("the 25th", "2023-08-19", False, "2023-07-25"),
    ("the 25th", "2023-08-19", True, "2023-08-25"),
])
def test_numeric_and_agency_dates(expression, published, future, expected):
    assert resolve_date(expression, published, future=future) == expected
