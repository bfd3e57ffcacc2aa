"""Time phrases resolve against the article's published date."""

from datetime import date

import pytest

from index.statements.dates import find_time_phrases, resolve

THU_2022_12_29 = date(2022, 12, 29)
TUE_2023_01_17 = date(2023, 1, 17)


@pytest.mark.parametrize(
    "phrase, published, ref, expected",
    [
        ("on Tuesday", THU_2022_12_29, None, (date(2022, 12, 27), date(2022, 12, 27))),
        ("Tuesday", date(2023, 2, 28), None, (date(2023, 2, 28), date(2023, 2, 28))),
        ("on Thursday", THU_2022_12_29, None, (THU_2022_12_29, THU_2022_12_29)),
        ("earlier on Friday", date(2022, 12, 9), None, (date(2022, 12, 9), date(2022, 12, 9))),
        ("last week", TUE_2023_01_17, None, (date(2023, 1, 9), date(2023, 1, 15))),
        ("last month", date(2023, 2, 28), None, (date(2023, 1, 1), date(2023, 1, 31))),
        ("December 12", TUE_2023_01_17, None, (date(2022, 12, 12), date(2022, 12, 12))),
        ("January 17", date(2023, 2, 28), None, (TUE_2023_01_17, TUE_2023_01_17)),
        ("November 9, 2020", THU_2022_12_29, None, (date(2020, 11, 9), date(2020, 11, 9))),
        ("in February 2023", None, None, (date(2023, 2, 1), date(2023, 2, 28))),
        ("since mid-December", TUE_2023_01_17, None, (date(2022, 12, 11), date(2022, 12, 20))),
        ("the following day", date(2023, 2, 28), TUE_2023_01_17, (date(2023, 1, 18), date(2023, 1, 18))),
        ("last November", date(2023, 3, 28), None, (date(2022, 11, 1), date(2022, 11, 30))),
        ("last March", date(2023, 3, 28), None, (date(2022, 3, 1), date(2022, 3, 31))),
        ("next March", date(2023, 3, 28), None, (date(2024, 3, 1), date(2024, 3, 31))),
        ("this June", date(2023, 3, 28), None, (date(2023, 6, 1), date(2023, 6, 30))),
        ("next month", date(2025, 12, 6), None, (date(2026, 1, 1), date(2026, 1, 31))),
        ("next week", TUE_2023_01_17, None, (date(2023, 1, 23), date(2023, 1, 29))),
        ("next year", TUE_2023_01_17, None, (date(2024, 1, 1), date(2024, 12, 31))),
        ("in early March", date(2023, 3, 28), None, (date(2023, 3, 1), date(2023, 3, 10))),
        ("late October", date(2023, 3, 28), None, (date(2022, 10, 21), date(2022, 10, 31))),
    ],
)
def test_time_phrase_resolves_to_expected_range(phrase, published, ref, expected):
    assert resolve(phrase, published, ref=ref) == expected


def test_relative_day_without_reference_stays_unresolved():
    assert resolve("the following day", date(2023, 2, 28)) is None


def test_weekday_on_publication_day_is_that_day():
    assert resolve("on Tuesday", TUE_2023_01_17) == (TUE_2023_01_17, TUE_2023_01_17)


def test_lowercase_may_is_not_a_month():
    assert find_time_phrases("forces may 5 times be involved") == []


def test_time_phrase_offsets_slice_the_text():
    text = "Lavrov called for it during a January 17 phone call."
    (tp,) = find_time_phrases(text)
    assert text[tp.start:tp.end] == "January 17"


@pytest.mark.parametrize(
    "phrase, start, end, shown",
    [
        ("Tuesday", date(2023, 2, 28), None, "on Tuesday (28 February 2023)"),
        ("Earlier on Thursday", THU_2022_12_29, None, "earlier on Thursday (29 December 2022)"),
        ("last month", date(2023, 1, 1), date(2023, 1, 31), "last month (January 2023)"),
        ("January 17", TUE_2023_01_17, None, "on January 17 (17 January 2023)"),
        (None, TUE_2023_01_17, None, "on 17 January 2023"),
    ],
)
def test_phrase_is_shown_with_its_resolved_date(phrase, start, end, shown):
    from index.statements.dates import with_date

    assert with_date(phrase, start, end) == shown


def test_says_time_knows_words_that_place_a_sentence_in_time():
    from index.statements.dates import says_time

    for text in ("It has been in orbit since the autumn.", "The plant closed in Sept. last year.",
                 "He resigned 3 days ago.", "A ruling is expected within a few weeks.", "It was built in 1998.",
                 "The vote was held on Tuesday."):
        assert says_time(text), text
    # A four-digit count is no year.
    assert not says_time("The council approved 2500 permits for new homes.")


def test_time_phrases_read_again_are_the_same_and_a_fresh_list():
    """Kept per text (an answer reads a sentence's phrases for its label and its day ahead): the
    same phrases again, in a list of the caller's own."""
    text = "The ferry will sail on Friday, the harbour master said on Monday, March 3."
    first = find_time_phrases(text)
    first.append("changed by a caller")
    again = find_time_phrases(text)
    assert again == first[:-1] and [p.text for p in again] == ["on Friday", "on Monday, March 3"]


def test_a_text_without_any_time_word_is_not_scanned_and_one_with_is():
    """The cheap gate before the time expression lets through every text the expression could match."""
    from index.statements.dates import _TIME_NEEDS, find_time_phrases

    assert find_time_phrases("The harbour board approved the plan after a long debate.") == []
    for text in ("She spoke on Tuesday.", "Talks ended on the 16th.", "It opened in 2019.",
                 "He left last night.", "They met the following day.", "Prices rose last week.",
                 "The vote is in mid-Sept 2027.", "It closed on Jan. 4."):
        assert _TIME_NEEDS.search(text) and find_time_phrases(text), text
