"""A government press office's transcript labels each turn by the post alone, named for its
portfolio ("Secretary for Transport:", "Director of Water Supplies (Ms Lo Mei-shan):"), the
holder named once in the lead or in the label's brackets, in the family-name-first order with a
hyphenated given name; the reporters' turns relay what others say and are no one's statement.
Every article is invented."""

from tests.spec.invented import speaker_of, statements_of

PORTFOLIO = """Transcript of remarks by STH at media stand-up

     Following is the transcript of remarks by the Secretary for Transport, Mr Leung Wai-chun, at a media stand-up after visiting the flooded underpass at Pak Lok Road this afternoon (October 9):

Reporter: Secretary, drivers say the pumps failed for the third time this year. Why?

Secretary for Transport: I share the drivers' frustration. The pumps were serviced in August, but one of them tripped during the storm. I have asked for a full report within two weeks.

Reporter: When will the underpass reopen?

Director of Water Supplies (Ms Lo Mei-shan): Our crews cleared most of the water overnight. We expect the underpass to reopen to traffic by Saturday morning.

Reporter: Will drivers be compensated?

Secretary for Transport: Drivers whose cars were damaged can apply to the department. Each claim will be assessed on its own facts.

Ends/Thursday, October 9, 2025
"""


def test_a_portfolio_posts_turns_are_the_holder_named_in_the_lead():
    stmts = statements_of(PORTFOLIO)
    assert speaker_of(stmts, "pumps were serviced in August") == "Leung Wai-chun"
    assert speaker_of(stmts, "Each claim will be assessed") == "Leung Wai-chun"


def test_a_post_with_its_holder_in_brackets_is_the_bracketed_name_whole():
    stmts = statements_of(PORTFOLIO)
    assert speaker_of(stmts, "cleared most of the water") == "Lo Mei-shan"
    assert speaker_of(stmts, "reopen to traffic") == "Lo Mei-shan"


def test_what_a_reporter_relays_is_no_ones_statement():
    stmts = statements_of(PORTFOLIO)
    assert not [s for s in stmts if "failed for the third time" in s.content]
