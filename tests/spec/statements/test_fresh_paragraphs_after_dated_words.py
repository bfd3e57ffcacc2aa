"""After a speaker's words dated by a bare day ("..., she said on Friday"), a quotation paragraph goes
on in that day's words, but a new paragraph opening on the speaker's own cue in reported speech
("Ms X said her group would ...", "She directed that ...") is the report's summary of what the
speaker told it: the publication day (words told an occasion, "told reporters on Friday", go on). Words the cue says were told the story's meeting
("..., he told the meeting") are that meeting's, whatever day the speaker's words before had.
Every article here is invented; published Thursday 9 May 2024 (conftest)."""

from datetime import date

DEBATE = (
    "Savers' groups have condemned a plan to tax interest on small deposits.\n\n"
    "\"People put money aside for a rainy day and now the rain is taxed,\" opposition finance "
    "spokeswoman Ottoline Fenwold said on Friday. \"It is a raid on savers.\"\n\n"
    "\"We will fight it line by line.\"\n\n"
    "Ms Fenwold said her group would table an amendment when the budget is debated on May 20.\n\n"
    "She directed her members to vote against the plan until the amendment is heard.")


def _day(stmts, fragment):
    st = next(s for s in stmts if fragment in s.content)
    return st.when_start, st.date_basis


def test_a_quotation_paragraph_goes_on_in_the_dated_occasion(statements):
    assert _day(statements(DEBATE), "line by line")[0] == date(2024, 5, 3)


def test_a_new_paragraph_in_reported_speech_on_the_speakers_own_cue_is_told_the_report(statements):
    stmts = statements(DEBATE)
    assert _day(stmts, "table an amendment") == (date(2024, 5, 9), "publication")
    assert _day(stmts, "vote against the plan") == (date(2024, 5, 9), "publication")


def test_an_added_point_still_goes_on_in_the_occasion(statements):
    added = DEBATE.replace("Ms Fenwold said her group", "Ms Fenwold added that her group")
    assert _day(statements(added), "table an amendment")[0] == date(2024, 5, 3)


def test_words_told_an_occasion_go_on_in_the_paragraphs_after(statements):
    told = DEBATE.replace("said on Friday", "told reporters at the town hall on Friday")
    assert _day(statements(told), "table an amendment")[0] == date(2024, 5, 3)


MEETING = (
    "Plans to reopen the harbour baths have been rejected by the town's trustees.\n\n"
    "The trust board voted four to two against the scheme at a meeting on Monday night.\n\n"
    "Trust chairman Osric Pellingham said the board had \"no stomach\" for the running costs.\n\n"
    "'Our reserves are thin,' he told the meeting. 'One bad winter and the bill comes to every household.'\n\n"
    "Swimmer Greta Olund said the town would regret it.")


def test_words_told_the_meeting_are_the_meetings_after_undated_words(statements):
    stmts = statements(MEETING)
    assert _day(stmts, "no stomach") == (date(2024, 5, 9), "publication")
    assert _day(stmts, "Our reserves are thin")[0] == date(2024, 5, 6)


def test_a_speakers_own_earlier_words_do_not_place_him_at_the_event(statements):
    later = MEETING.replace("\n\nSwimmer Greta Olund said the town would regret it.",
                            "\n\nMr Pellingham said the trust would consult on a paddling pool instead.")
    later = later.replace("'Our reserves are thin,' he told the meeting. 'One bad winter and the bill comes to every household.'\n\n", "")
    assert _day(statements(later), "paddling pool") == (date(2024, 5, 9), "publication")
