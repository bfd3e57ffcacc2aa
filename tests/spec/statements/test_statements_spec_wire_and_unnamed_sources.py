"""Wire and business-desk forms: an unquoted reported clause before its cue ("A deal could come
next week, one of the people said"), one of a group of unnamed sources, a described unnamed
source that a body named next is not ("a bank spokesman said. / The union said"), the outlet that
relayed the words ("quoted by the agency X") kept out of what was said, and a wire dateline kept
out of the lede's statement. Every article here is invented."""

from datetime import date

from index.articles import clean, parse_front_matter
from index.statements.extract import extract

BANK = """Bank weighs job cuts

Published: Monday, 3 March 2025

Harwell Bank is considering cutting up to 2,000 jobs, according to two people with knowledge of the plans.

The cuts could be announced with the bank's results later this month, one of the people said, asking not to be named because the talks are private.

"Nothing is final," a bank spokesman said.

The union said on Sunday that it had not been consulted.
"""

PORT = """Port strike enters second week

Published: 14 February 2025

VALMERE (Reuters) - Dock workers at the port extended their strike on Thursday, the union said.

Deputy minister Olena Hrytsenko said exports would fall by a fifth, quoted by the agency Novynar.

The transport minister said, as cited by the daily Kurjer, that the government would not intervene.
"""


def test_an_unquoted_clause_before_its_cue_is_what_one_of_the_sources_said(statements, one):
    st = one(statements(BANK, published=date(2025, 3, 3)), "could be announced")
    # (named as one of the group the lead described: "one of the two people with knowledge of the plans")
    assert st.generic_speaker and st.speaker.startswith("one of the") and "people" in st.speaker
    assert "asking not to be named" not in st.content


def test_a_described_unnamed_source_is_not_given_the_next_body_s_name(statements, one):
    stmts = statements(BANK, published=date(2025, 3, 3))
    st = one(stmts, "Nothing is final")
    assert "spokesman" in st.speaker and "union" not in st.speaker.lower()
    assert one(stmts, "had not been consulted").speaker.lower() == "the union"


def test_the_relaying_outlet_is_no_part_of_what_was_said(statements, one):
    stmts = statements(PORT, published=date(2025, 2, 14))
    fall = one(stmts, "would fall by a fifth")
    assert fall.speaker == "Olena Hrytsenko" and "Novynar" not in fall.content
    assert "Kurjer" not in one(stmts, "would not intervene").content


def test_a_wire_dateline_is_no_part_of_the_lede_s_statement():
    stmts = extract(clean(parse_front_matter(PORT), "port.txt"))
    lede = [s for s in stmts if "extended their strike" in s.content]
    assert lede and lede[0].content.startswith("Dock workers") and lede[0].speaker.lower() == "the union"


FARES = """Airline chief defends fare rises

Published: Thursday, 10 April 2025

In a post on X, formerly Twitter, transport secretary Priya Nandakumar wrote: "Passengers deserve better."

A statement from the consumer group Fairfly read: "These rises are indefensible."

A letter signed by union leader Tom Hale said the talks had failed.

Speaking on the Broadcasting Service's Today programme on Wednesday, Dunmore said the tax was "a tax on holidays".
"""


def test_a_phrase_split_at_its_commas_is_no_list_of_speakers(statements, one):
    assert one(statements(FARES, published=date(2025, 4, 10)), "Passengers deserve better").speaker == "Priya Nandakumar"


def test_a_statement_or_letter_from_someone_is_theirs(statements, one):
    stmts = statements(FARES, published=date(2025, 4, 10))
    assert "consumer group" in one(stmts, "indefensible").speaker
    assert one(stmts, "talks had failed").speaker == "Tom Hale"


def test_a_day_word_in_a_programme_s_name_is_no_time(statements, one):
    st = one(statements(FARES, published=date(2025, 4, 10)), "a tax on holidays")
    assert st.when_start == date(2025, 4, 9)  # Wednesday, not "Today"
