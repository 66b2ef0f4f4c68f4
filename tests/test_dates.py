import pytest

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
