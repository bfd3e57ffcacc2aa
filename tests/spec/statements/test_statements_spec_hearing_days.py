"""Words said at a hearing are dated by the sentence that names the hearing, not by an earlier
day of the story; "last night" is the evening before the report. Invented articles, published
on Thursday 9 May 2024 (see conftest)."""

from datetime import date

import pytest

_INQUEST = ("A walker who fell from a cliff path slipped on wet grass, an inquest has heard.\n\n"
            "Ellen Marsh, 61, a retired teacher from Polwenna, died on 2 January after falling 30 metres.\n\n"
            "The inquest, at Truro Coroner's Court on Tuesday, heard that she had walked the path for years.\n\n"
            "{said}\n")


@pytest.mark.parametrize(
    "said, fragment",
    [
        ("Tom Reddy, a coastguard, told the hearing the path had been closed the week before.", "path had been closed"),
        ("Nia Cole, a council officer, told the inquest that the fence had been mended in the autumn.", "fence had been mended"),
        ("Speaking outside court, her son, Alan Marsh, said the family was relieved.", "family was relieved"),
    ],
)
def test_words_said_at_the_hearing_take_the_hearing_s_day_not_an_earlier_death(statements, one, said, fragment):
    st = one(statements(_INQUEST.format(said=said)), fragment)
    assert (st.when_start, st.date_basis) == (date(2024, 5, 7), "context")


def test_an_audience_no_sentence_dates_still_takes_the_story_s_first_day(statements, one):
    text = ("Magistrates fined a builder on Monday for dumping rubble in a lay-by.\n\n"
            "Prosecutor Amy Fenn told the court the rubble had blocked a drain.\n")
    st = one(statements(text), "blocked a drain")
    assert st.when_start == date(2024, 5, 6)


@pytest.mark.parametrize("phrase", ["last night", "late last night"])
def test_last_night_is_the_evening_before_the_report(statements, one, phrase):
    st = one(statements(f"A spokeswoman for the ferry company, Rosa Lind, told the Gazette {phrase} that the fares would not rise."),
             "fares would not rise")
    assert (st.when_start, st.date_basis) == (date(2024, 5, 8), "context")


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        ("The plan was attacked at the planning committee on 2 May by Councillor Rhys Tate, who has opposed it "
         "from the start. Tate said the tower would block the sun from the harbour.", "block the sun", date(2024, 5, 2)),
        ("The budget was approved by the board on Monday after a long debate. Ms Lorne said the cuts were painful.",
         "cuts were painful", date(2024, 5, 6)),
    ],
)
def test_a_passive_narrative_sentence_sets_the_scene_like_an_active_one(statements, one, text, fragment, expected):
    st = one(statements(text), fragment)
    assert (st.when_start, st.date_basis) == (expected, "context")


def test_a_passive_sentence_still_to_come_sets_no_scene(statements, one):
    st = one(statements("The budget will be approved by the board on Monday. Ms Lorne said the cuts were painful."),
             "cuts were painful")
    assert st.date_basis == "publication"


_BOARD = ("RIVERTON, Ohio - The Riverton school board voted 5-2 Tuesday night to close the town pool.\n\n"
          "Superintendent Ann Reyes told the board the district could not afford a new pump.\n\n"
          "At a forum on May 1, Reyes had said she would look for a sponsor.\n\n"
          "Reyes, asked by a reporter after the meeting whether she would resign, said her contract ran through 2027.")


@pytest.mark.parametrize("fragment", ["could not afford a new pump", "contract ran through 2027"])
def test_words_told_a_board_that_voted_on_a_weekday_night_take_that_night(statements, one, fragment):
    # "Tuesday night" is a time of day as the parser reads it, and still the meeting's day
    st = one(statements(_BOARD), fragment)
    assert (st.when_start, st.date_basis) == (date(2024, 5, 7), "context")


def test_words_told_a_council_that_met_last_night_take_that_night(statements, one):
    st = one(statements("The council met late last night and agreed to sell the depot.\n\n"
                        "Councillor Jo Hart told the council the sale was a mistake."), "sale was a mistake")
    assert (st.when_start, st.date_basis) == (date(2024, 5, 8), "context")


_COURT = ("A landlord who let out a flat with no fire alarms has been fined £9,000.\n\n"
          "Owen Pryce, 58, of Mill Street, was sentenced at Kenby Magistrates' Court on Tuesday after admitting "
          "three breaches of fire safety rules.\n\n"
          "{said}\n")


@pytest.mark.parametrize(
    "said, fragment",
    [
        ("Prosecuting, Lucy Vane said the tenants had been woken by smoke at 3am.", "woken by smoke"),
        ("Mitigating, Carl Ebbs said his client had fitted alarms since the fire.", "fitted alarms"),
    ],
)
def test_counsel_s_words_take_the_day_of_the_hearing(statements, one, said, fragment):
    st = one(statements(_COURT.format(said=said)), fragment)
    assert (st.when_start, st.date_basis) == (date(2024, 5, 7), "context")


def test_another_participle_does_not_take_the_hearing_s_day(statements, one):
    st = one(statements(_COURT.format(said="Writing on his blog, Tom Reese said the fine was too small.")),
             "fine was too small")
    assert st.when_start != date(2024, 5, 7)
