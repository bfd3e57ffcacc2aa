"""Reported speech introduced in ways a plain "X said" reader misses: a thing "announced by the
Government on Monday" told as a participle on its noun; a document named with its issuer before it
("A Government news release said ..."); "described the change as a step backwards"; "related that";
a lead "A PLACE potter says" whose person is named next."""

from tests.spec.invented import speaker_of, statements_of

STORY = """Dog licence fee to double from May

By Staff Reporter
Tuesday 3 March 2026

Share  |  Comments (14)

New licensing rules announced by the Government on Monday will require every dog over six months old to be microchipped and registered by the end of the year.

A Government news release said the Animal Welfare Unit had logged 412 complaints about stray dogs since January.

Opposition spokesman Dermot Kealy described the change as a step backwards but said the fee was too high for pensioners.

A retired warden, Hugh Partington, related that strays had been a problem in the town for as long as he could remember.

Advertisement

A Corrane potter says her orders have doubled since the festival. Maeve Threlkeld, who runs a studio on Quay Street, said tourists had been buying jugs in July.

Related stories
"""


def test_a_thing_announced_by_a_body_told_on_its_noun_is_the_bodys_statement():
    assert speaker_of(statements_of(STORY), "will require every dog") == "Government"


def test_a_press_release_named_with_its_issuer_before_it_is_the_issuers():
    assert speaker_of(statements_of(STORY), "logged 412 complaints") == "Government"


def test_described_as_is_what_the_speaker_called_it():
    stmts = statements_of(STORY)
    assert speaker_of(stmts, "as a step backwards") == "Dermot Kealy"
    assert speaker_of(stmts, "too high for pensioners") == "Dermot Kealy"


def test_related_that_reports_speech():
    assert speaker_of(statements_of(STORY), "strays had been a problem") == "Hugh Partington"


def test_a_placed_job_lead_is_the_person_named_next():
    assert speaker_of(statements_of(STORY), "orders have doubled") == "Maeve Threlkeld"


def test_a_thing_criticised_by_residents_is_no_announcement():
    story = ("Bus route to be cut\n\nThe plan, criticised by residents at a packed meeting, will end the evening service "
             "from June.\n")
    assert not any("evening service" in s.content for s in statements_of(story))


ACCORD = """Ministers discuss border crossing by phone

Thursday 12 March 2026

Prime Minister Odile Varnesse discussed the closed crossing with her neighbour's president by phone on Wednesday.

Varnesse's press office said the two leaders discussed the shortages the closure has caused in the valley towns.

Varnesse and the president also discussed issues pertaining to the agreements signed by the leaders of the three countries, among them the March 4, 2021 statement, which specifically calls for the free flow of goods across the crossing.
"""


def test_a_dated_document_named_later_takes_no_earlier_words():
    # the issuer before a document's noun is a body, never its day ("the March 4, 2021 accord")
    stmts = statements_of(ACCORD)
    assert speaker_of(stmts, "shortages the closure has caused") == "Varnesse's press office"
