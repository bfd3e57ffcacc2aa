"""A tribute "posted on Tuesday" and the words its writer "wrote" in it are one occasion; a member
"who voted against" the plan spoke at the vote the story dates. Invented articles, published
Thursday 9 May 2024 (see conftest)."""

from datetime import date

import pytest

from tests.spec.invented import day_of as _day


@pytest.mark.parametrize("posted", ["said in a tribute posted on Tuesday", "said in a tribute published on Tuesday"])
def test_a_tribute_posted_on_a_day_and_what_its_writer_wrote_share_the_day(statements, posted):
    text = (f"Dr Lina Ferro, who sailed with her on the last survey, {posted} that she had taught "
            '"a generation of navigators".\n\n'
            '"She never raised her voice on deck. Every chart we use still starts from hers," Dr Ferro wrote.')
    stmts = statements(text)
    assert _day(stmts, "generation of navigators") == date(2024, 5, 7)
    assert _day(stmts, "never raised her voice") == date(2024, 5, 7)


@pytest.mark.parametrize(
    "who",
    ["Councillor Bea Strand, who voted against the plan,", "Board member Ivo Kahn, who voted for the closure,"],
)
def test_a_member_who_voted_spoke_at_the_vote_the_story_dates(statements, who):
    text = ("The harbour board voted 5-4 on Tuesday night to close the ferry office.\n\n"
            "The vote followed two hours of comment from the public.\n\n"
            f"{who} said the board had not looked at other options.")
    assert _day(statements(text), "other options") == date(2024, 5, 7)


def test_a_founder_is_no_voter(statements):
    text = ("The harbour board voted 5-4 on Tuesday night to close the ferry office.\n\n"
            "Ivo Kahn, who founded the ferry company in 1990, said the office had served the island well.")
    assert _day(statements(text), "served the island") == date(2024, 5, 9)


def test_a_shorter_form_of_the_name_continues_the_dated_tribute(statements):
    text = ("Dr Lina Ferro Castell, who sailed with her on the last survey, said in a tribute posted on Tuesday "
            'that she had taught "a generation of navigators".\n\n'
            '"She never raised her voice on deck," Ferro Castell wrote.')
    assert _day(statements(text), "never raised her voice") == date(2024, 5, 7)
