"""A time phrase that bounds a span ("until Friday", "through Sunday") or names a day still to
come ("will meet on Monday") does not date the saying; words said to the reporter ("showed us
... and said") are not set on the day a narrative sentence before them dates.

The invented articles are published on Thursday 9 May 2024 (see conftest)."""

from datetime import date

import pytest


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("Meanwhile, the weather office has warned of heavy snow in the hills until Saturday.", "heavy snow"),
        ("The coastguard warned of gales along the coast until Monday, a spokesman said.", "gales along the coast"),
        ("The park authority said the trails would stay shut through Sunday.", "trails would stay shut"),
        ("Ada Lorne said the pier would stay closed till Friday at the earliest.", "pier would stay closed"),
    ],
)
def test_a_span_bound_is_not_the_day_of_the_saying(statements, text, fragment):
    stmts = statements(text)
    st = next(s for s in stmts if fragment in s.content)
    assert st.when_start in (None, date(2024, 5, 9)) and st.when_start != date(2024, 5, 4), (st.when_text, st.when_start)
    assert st.date_basis in ("publication", "none"), (st.when_text, st.when_start, st.date_basis)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("The harbour board will meet on Monday to decide, its chair Ivo Brandt said.", "will meet on Monday"),
        ("Ada Lorne said the council would vote on Tuesday.", "would vote on Tuesday"),
    ],
)
def test_a_day_still_to_come_is_not_the_day_of_the_saying(statements, text, fragment):
    st = next(s for s in statements(text) if fragment in s.content)
    assert st.when_start is None or st.when_start <= date(2024, 5, 9), (st.when_text, st.when_start)


@pytest.mark.parametrize(
    "told",
    [
        'Ada Lorne showed us the medal she won in 1998 and said: "That one stays with me."',
        'Ada Lorne told us: "That one stays with me."',
        '"That one stays with me," Ada Lorne told this newspaper.',
    ],
)
def test_words_said_to_the_reporter_are_not_set_on_a_narrated_day(statements, told):
    text = "The eviction notice arrived at the boathouse last Friday. " + told
    st = next(s for s in statements(text) if "stays with me" in s.content)
    assert (st.when_start, st.date_basis) == (date(2024, 5, 9), "publication"), (st.when_text, st.when_start)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("The ferry to Inchmore will stop running after the summer, Harbour Lines has confirmed.", "will stop running"),
        ("The council's leader, Ada Lorne, has denied that the library closure was planned in secret.", "planned in secret"),
        ("The weather office has warned of flooding in low-lying streets.", "flooding in low-lying"),
        # a daily's lead: residents "have accused" / "have vowed": the news of the day
        ("Traders in Portmore have accused the county of abandoning the market project.", "abandoning the market"),
        # words "told" the outlet for this report
        ("Pier manager Ada Lorne has told Harbour Radio she expects the pier to reopen by June.", "pier to reopen"),
        ("Residents have vowed to march on the county offices if work does not resume.", "march on the county"),
    ],
)
def test_news_just_confirmed_or_denied_is_dated_at_the_report(statements, text, fragment):
    st = next(s for s in statements(text) if fragment in s.content)
    assert (st.when_start, st.date_basis) == (date(2024, 5, 9), "publication"), (st.when_text, st.when_start)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("Ada Lorne, who chairs the board, has said the pier will reopen in the spring.", "pier will reopen"),
        ("The minister has repeatedly denied that the hospital will close.", "hospital will close"),
    ],
)
def test_what_someone_has_said_at_some_time_stays_undated(statements, text, fragment):
    st = next(s for s in statements(text) if fragment in s.content)
    assert st.when_start is None, (st.when_text, st.when_start)



def test_the_day_before_yesterday_dates_the_saying_two_days_back(statements):
    st = next(s for s in statements("Ada Lorne told the harbour board the day before yesterday that the pier was safe.")
              if "pier was safe" in s.content)
    assert (st.when_start, st.date_basis) == (date(2024, 5, 7), "context"), (st.when_text, st.when_start)
