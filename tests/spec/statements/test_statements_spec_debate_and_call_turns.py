"""Transcripts of several speakers and no interviewer: a parliamentary debate's labelled turns
and an earnings call's speaker headings. Each turn is its speaker's, dated at publication; a
speaker who only asks questions states nothing. Every article here is invented."""

from datetime import date

from tests.spec.invented import statements_of as _statements


def test_a_debates_labelled_turns_are_their_speakers():
    stmts = _statements(
        "Harbour levy debate\n\nHouse of Commons, Wednesday 12 March 2025\n\n"
        "Tom Hale (Ashby) (Lab): The council says the levy is unfunded.\n\n"
        "The Minister for Ports (Paul Grant): I can confirm that it is fully funded.\n\n"
        "Tom Hale: That is not what the council says.\n\n"
        "Paul Grant: The council is mistaken."
    )
    said = {(s.speaker, s.content) for s in stmts}
    assert ("Paul Grant", "I can confirm that it is fully funded.") in said
    assert ("Tom Hale", "That is not what the council says.") in said
    assert all(s.when_start == date(2025, 3, 12) for s in stmts)


def test_an_earnings_calls_speaker_headings_give_the_turns_and_an_analyst_only_asks():
    stmts = _statements(
        "Kestrel Pumps Q3 2025 Earnings Call\n\nNov 13, 2025 / 5:00PM GMT\n\n"
        "Operator\n\nGood day and welcome to the call.\n\n"
        "Dana Whitlock -- Chief Financial Officer\n\nRevenue rose 12% in the quarter. We expect margins to improve next year.\n\n"
        "Omar Petty -- Chief Executive Officer\n\nWe are pleased with the quarter.\n\n"
        "Liam Ross -- Fjord Capital -- Analyst\n\nCan you talk about pricing?\n\n"
        "Dana Whitlock -- Chief Financial Officer\n\nPricing held firm in every region."
    )
    by = {s.content: s.speaker for s in stmts}
    assert by["We expect margins to improve next year."] == "Dana Whitlock"
    assert by["We are pleased with the quarter."] == "Omar Petty"
    assert by["Pricing held firm in every region."] == "Dana Whitlock"
    assert not any(s.speaker == "Liam Ross" for s in stmts)
    assert not any("welcome to the call" in s.content for s in stmts)  # the operator is no one


def test_labels_that_name_no_person_make_no_turns():
    stmts = _statements(
        "Storm notes\n\nNote: the ferry is cancelled.\n\nUpdate: the bridge is shut.\n\nWarning: roads are icy.\n\n"
        "Correction: an earlier version misnamed the bridge."
    )
    assert not any(s.speaker in ("Note", "Update", "Warning", "Correction") for s in stmts)
