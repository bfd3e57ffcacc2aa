"""Feature-writing forms: a quotation with no cue after a sentence narrating what one named person
did is that person's; the question put to a speaker ("Asked whether ..., she said") is not their
statement; present-tense "says" after a quotation. Every article here is invented."""

from datetime import date

FEATURE = """The town that said no to the motorway

Published: Saturday, 18 January 2025

"It felt like the end of the world," says Brigid Mallory, 67, a retired teacher from Castlerea.

Mallory led the campaign against the road for six years. "We had no money and no lawyers. We had the parish hall and a kettle."

Asked whether she regretted the fight, she said: "Not for a second."

The county engineer at the time, Colm Devaney, met the campaigners on Tuesday. "It was a hard meeting," he says.

The hall was full every week. "Nobody wanted to miss it."
"""


def test_a_cue_less_quotation_after_a_sentence_about_a_named_person_is_theirs(statements, one):
    stmts = statements(FEATURE, published=date(2025, 1, 18))
    assert one(stmts, "We had no money and no lawyers").speaker == "Brigid Mallory"
    assert one(stmts, "We had the parish hall").speaker == "Brigid Mallory"


def test_a_quotation_after_a_sentence_about_no_person_stays_unattributed(statements):
    stmts = statements(FEATURE, published=date(2025, 1, 18))
    assert not [s for s in stmts if "Nobody wanted to miss it" in s.content]


def test_the_question_put_to_a_speaker_is_not_their_statement(statements, one):
    stmts = statements(FEATURE, published=date(2025, 1, 18))
    assert not [s for s in stmts if "regretted the fight" in s.content]
    assert one(stmts, "Not for a second").speaker == "Brigid Mallory"


def test_a_present_tense_quote_after_a_dated_narrative_sentence(statements, one):
    st = one(statements(FEATURE, published=date(2025, 1, 18)), "It was a hard meeting")
    assert st.speaker == "Colm Devaney"
