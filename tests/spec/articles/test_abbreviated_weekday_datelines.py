"""A dateline with an abbreviated weekday and month and a trailing double hyphen, as some island
and West African papers print it ("PORT TOWN, Thurs. Jan. 22, 2026--"), dates the article."""

from datetime import date

from tests.spec.invented import cleaned

STORY = """Ferry fares to rise in March

By Henrietta Marchmont

PORT HALWICK, Thurs. Jan. 22, 2026-- The island's ferry operator will raise fares by nine per cent from March, its chairman Barnaby Quillfeather said.

"We have held prices for three years and cannot do it any longer," Quillfeather said.
"""


def test_a_thurs_dateline_with_a_double_hyphen_dates_the_article():
    assert cleaned(STORY).published == date(2026, 1, 22)


def test_tues_and_weds_and_a_spaced_double_hyphen_too():
    tues = STORY.replace("Thurs. Jan. 22, 2026--", "Tues. Sept. 8, 2026 --")
    weds = STORY.replace("Thurs. Jan. 22, 2026--", "Weds. Jan. 21, 2026-- ")
    assert cleaned(tues).published == date(2026, 9, 8)
    assert cleaned(weds).published == date(2026, 1, 21)


def test_a_double_hyphen_set_close_to_the_story_ends_the_dateline():
    close = STORY.replace("2026-- The", "2026--The")
    article = cleaned(close)
    assert article.published == date(2026, 1, 22)
    from index.datelines import read_dateline

    lede = next(article.slice(p) for p in article.paragraphs if "PORT HALWICK" in article.slice(p))
    assert lede[read_dateline(lede).end:].startswith("The island's")
