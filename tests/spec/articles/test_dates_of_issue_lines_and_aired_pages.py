"""An issue line ("Bulletin No. 9 — Tuesday 3 March 2026", "Vol. 12 | Thursday, May 7, 2026") under a
school's, a club's or a parish's name and motto dates the document; so does a broadcast page's "Aired
Monday, March 9, 2026 | 5 min listen" line under a question headline ("When the ferry stops, who moves
the mail?"). Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned, statements_of


@pytest.mark.parametrize(
    "issue_line, expected",
    [
        ("Bulletin No. 9 — Tuesday 3 March 2026", date(2026, 3, 3)),
        ("Newsletter No. 21 - Friday 15 May 2026", date(2026, 5, 15)),
        ("Vol. 12, Iss. 4 | Thursday, May 7, 2026", date(2026, 5, 7)),
    ],
)
def test_an_issue_line_with_its_number_dates_a_newsletter(issue_line, expected):
    text = ("ORCHARD VALE SAILING CLUB\n\n\"Fair winds, full hands\"\n\n"
            f"{issue_line}\n\nDear Members,\n\n"
            "I hope the winter treated your boats kindly. I am pleased to say the slipway is finished.\n\n"
            "Our bosun, Mr Gwilym Trebarwith, says the new moorings will be laid by Easter.\n\n"
            "With thanks,\n\nMrs Wenna Treleaven\nCommodore\n")
    assert cleaned(text).published == expected


def test_a_sentence_on_the_line_is_still_no_issue_line():
    text = ("ORCHARD VALE SAILING CLUB\n\n\"Fair winds, full hands\"\n\n"
            "We met on Monday. The vote is on Friday 15 May 2026\n\n"
            "Our bosun, Mr Gwilym Trebarwith, says the new moorings will be laid by Easter.\n")
    assert cleaned(text).published is None


def test_an_aired_line_under_a_question_headline_dates_a_broadcast_page():
    text = ("Fjordside Community Radio\nEvening Report | Islands\n\n"
            "When the ferry stops, who moves the mail?\n\n"
            "Aired Monday, March 9, 2026 | 5 min listen\nTranscript\n\n"
            "ASTRID VOLLAN, HOST:\n\nThe island ferry is out of service until spring. Per Lyngmo reports.\n\n"
            "PER LYNGMO, BYLINE: Postmaster Ragnhild Bakke says the mail now comes twice a week by fishing boat.\n\n"
            "RAGNHILD BAKKE: We sort it on the quay. Nobody complains, not yet.\n\n"
            "LYNGMO: Her cousin, Tor Bakke, skippers the boat.\n\n"
            "TOR BAKKE: If the wind is over twenty knots, I stay in.\n")
    assert cleaned(text).published == date(2026, 3, 9)
    stmts = statements_of(text)
    assert next(s for s in stmts if "sort it on the quay" in s.content).when_start == date(2026, 3, 9)


def test_a_question_of_several_sentences_is_no_headline():
    from index.articles import _question_headline

    assert _question_headline("When the ferry stops, who moves the mail?")
    assert not _question_headline("Who moves the mail now? Nobody knows. Will the ferry run?")


def test_an_issue_line_under_a_quoted_motto_outweighs_the_bodys_weekdays():
    text = ("ORCHARD VALE SAILING CLUB\n\n\"Fair winds, full hands\"\n\nBulletin No. 9 — Friday 6 March 2026\n\n"
            "Dear Members,\n\nThe committee gathered on Tuesday. Our bosun, Mr Caspar Nankervis, has promised that "
            "31 of our 44 boats will be afloat by Easter.\n\nWith thanks,\n\nMrs Wenna Treleaven\nCommodore\n")
    a = cleaned(text)
    assert (a.published, a.date_confidence) == (date(2026, 3, 6), "stated")
