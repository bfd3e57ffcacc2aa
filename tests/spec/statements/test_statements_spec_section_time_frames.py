"""A time frame stated once for a run of captions or items ("These pictures were taken over three
days last week", "The interviews were conducted between 3 and 9 May"): the words the items quote
were said within it, not on the publication day; words said before that sentence keep the
publication's day. Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import statements_of, the_one

_GALLERY = (
    "THE VALLEY RECORD\nPhoto Essay\n\nIn pictures: The quarry town waiting for its bus\n\n"
    "Photos: Ilse Marvody\nPublished: 09:00 AM, {published}\n\n"
    "The last bus to Orrinford stopped running in June. Local councillors say about 900 people now have no "
    "way into town without a car. {frame}\n\n"
    "1/3\nTeodor Vask, 71, waits at the empty shelter. \"I still come here out of habit,\" he said.\n"
    "Photo: Ilse Marvody\n\n"
    "2/3\nShopkeeper Brenna Lowick said her takings had fallen by a third since the route was cut.\n"
    "Photo: Ilse Marvody\n\n"
    "3/3\nThe parish hall, photographed on Tuesday. Parish clerk Aldo Pennick said volunteers drove 40 people "
    "to appointments in August.\nPhoto: Ilse Marvody\n"
)


@pytest.mark.parametrize("published, frame, first, last", [
    ("October 12, 2025", "These pictures were taken over three days last week.", date(2025, 10, 5), date(2025, 10, 11)),
    ("October 15, 2025", "The photographs were made over three days last week.", date(2025, 10, 6), date(2025, 10, 12)),
    ("October 15, 2025", "The interviews for this essay were conducted between 3 and 9 October.",
     date(2025, 10, 3), date(2025, 10, 9)),
])
def test_the_items_after_a_frame_are_dated_within_it(published, frame, first, last):
    stmts = statements_of(_GALLERY.format(published=published, frame=frame))
    for fragment in ("I still come here out of habit", "her takings had fallen", "volunteers drove 40 people"):
        st = the_one(stmts, fragment)
        assert (st.when_start, st.when_end) == (first, last), fragment


def test_words_before_the_frame_keep_the_publication_day():
    stmts = statements_of(_GALLERY.format(published="October 15, 2025",
                                          frame="These pictures were taken over three days last week."))
    st = the_one(stmts, "about 900 people now have no way")
    assert (st.when_start, st.when_end) == (date(2025, 10, 15), None)


def test_a_sentence_about_pictures_with_no_time_frames_nothing():
    stmts = statements_of(_GALLERY.format(published="October 15, 2025", frame="These pictures were taken by a local photographer."))
    st = the_one(stmts, "her takings had fallen")
    assert (st.when_start, st.when_end) == (date(2025, 10, 15), None)


def test_a_sunday_papers_last_week_is_the_week_just_gone():
    from index.statements.when import resolve

    assert resolve("last week", date(2025, 10, 12))[:2] == (date(2025, 10, 5), date(2025, 10, 11))
    assert resolve("last week", date(2025, 10, 15))[:2] == (date(2025, 10, 6), date(2025, 10, 12))  # a Wednesday's


def test_an_answer_labels_a_framed_statement_with_its_run_of_days():
    from bot.answering.attribution import attribute
    from tests.spec.invented import cleaned

    text = _GALLERY.format(published="October 12, 2025", frame="These pictures were taken over three days last week.")
    article = cleaned(text)
    st = the_one(statements_of(text), "her takings had fallen")
    label = attribute(text[st.start:st.end], st, article, "when", st.start)
    assert "5 October to 11 October 2025" in label and "on 5 October" not in label
