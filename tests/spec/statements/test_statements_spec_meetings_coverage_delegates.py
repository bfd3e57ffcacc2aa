"""Intergovernmental meetings coverage: each delegate introduced as "the representative of
COUNTRY, NAME, TITLE, said", often after a fronted phrase ("Speaking in explanation of vote after
the vote, ..."), and named again later only by office and country ("the Minister for X of COUNTRY
said", "Responding, the representative of COUNTRY said").

Every article here is invented. The speaker is the delegate the phrase names, never the one who
spoke just before; a pronoun after a delegate's turn is that delegate's.
"""

from tests.spec.invented import speaker_of, statements_of

COVERAGE = """Lakeshore Basin Commission
Meetings Coverage

LBC/GA/77
14 May 2026

General Assembly
Twelfth Meeting (PM)

Assembly Adopts Fisheries Quota Text, Estonia Voting Against

The General Assembly of the Lakeshore Basin Commission this afternoon adopted a resolution on fishing quotas for the upper lake by a recorded vote of 6 in favour to 1 against (Estonia).

Opening the meeting, Secretary-General Oskar Belventi said catches of lake trout had fallen by a third since 2019. The quota board would meet in Lisbon in June, he said.

Briefing the Assembly, the Commission's chief biologist, Ilse Varro, said juvenile stocks had recovered in the southern bays. Spawning grounds in the north, however, had shrunk by nearly half. She told delegates that the survey for the northern shore was incomplete because a boat had broken down.

Presenting the draft, the representative of Uruguay, Tomas Varro, Minister for Fisheries, said the quotas were "fair to every shore" and that the board would prove as much. He added that his Government had published its own catch data since March.

The representative of Ghana, Ruta Odenhall, said her delegation had co-sponsored the text. The lake was a shared resource, and Accra had no wish to "take a single fish more than its share". She warned, however, that the board must not become "a tribunal".

The head of the survey unit, Henrik Sallow, said the boats were old. He was appointed in 2019. He added that two would be replaced. The boats were bought in 1998. He said a third had failed a test.

Speaking in explanation of vote after the vote, the representative of Estonia, Pieter Grauwen, Deputy Minister for Agriculture and Rural Affairs, said his delegation had voted against because the resolution ignored the small boats that fed whole villages.

"We asked for a season for the small boats. We got nothing," he said.

The representative of Portugal, Marta Quell, said her country would send two inspectors to the board.

Taking the floor again in exercise of the right of reply, the Minister for Fisheries of Uruguay said the small boats were "a matter for national law, not for this Assembly". He denied that any village had lost its licence.

Responding, the representative of Estonia said the Minister had quoted "last year's list, not this year's".
"""


def test_the_delegate_named_after_the_country_speaks():
    stmts = statements_of(COVERAGE)
    assert speaker_of(stmts, "fair to every shore") == "Tomas Varro"
    assert speaker_of(stmts, "published its own catch data") == "Tomas Varro"


def test_a_cue_after_a_fronted_explanation_of_vote_is_the_delegates():
    stmts = statements_of(COVERAGE)
    assert speaker_of(stmts, "voted against because the resolution ignored") == "Pieter Grauwen"
    assert speaker_of(stmts, "We got nothing") == "Pieter Grauwen"


def test_a_right_of_reply_by_office_and_country_is_the_delegate_who_holds_it():
    stmts = statements_of(COVERAGE)
    assert speaker_of(stmts, "a matter for national law") == "Tomas Varro"
    assert speaker_of(stmts, "any village had lost its licence") == "Tomas Varro"
    assert speaker_of(stmts, "last year's list") == "Pieter Grauwen"


def test_a_bare_report_between_two_of_a_delegates_statements_is_theirs():
    stmts = statements_of(COVERAGE)
    assert speaker_of(stmts, "Spawning grounds in the north") == "Ilse Varro"
    assert speaker_of(stmts, "Accra had no wish") == "Ruta Odenhall"  # the capital stands for the delegation


def test_a_sentence_about_the_speaker_or_in_the_plain_past_between_their_statements_is_narration():
    stmts = statements_of(COVERAGE)
    assert not [s for s in stmts if "appointed in 2019" in s.content or "bought in 1998" in s.content]
