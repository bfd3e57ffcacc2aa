"""A company's incident statement in dated update blocks, newest first, under a "Last updated:"
line: the company's own sentences ("we have cancelled ...", "As a precaution, COMPANY has ...")
are its statements, each dated by its block; another speaker's words in a block stay theirs, and
the "About COMPANY" boilerplate is nobody's. An invented page."""

from datetime import date

from tests.spec.invented import statements_of

_PAGE = """Nordhavn Airways

Home | Newsroom | Travel updates | About us

Statement on the temporary grounding of our Q400 fleet

Last updated: 14 February 2025, 17:30

UPDATE 2 – 14 February 2025, 17:30

The Civil Flight Directorate has confirmed that it has no objection to our plan to return the first aircraft to service on Monday.

The aircraft manufacturer has told us that the inspections can be completed in around six hours per aircraft.

We have heard criticism from passengers about how we communicated the cancellations. We accept this criticism and we are sorry.

Our Chief Executive, Haakon Strindvik, said: "Safety will always come before our schedule, and we acted before anybody asked us to."

UPDATE 1 – 13 February 2025, 09:15

So far we have cancelled 86 flights, affecting about 7,400 passengers. Passengers on cancelled flights will be offered a full refund or a free rebooking.

The pilots' union, Skarvlund Flight Crew Association, said on Wednesday that it supported the decision.

ORIGINAL STATEMENT – 12 February 2025, 18:40

As a precaution, Nordhavn Airways has grounded all nine of its Q400 aircraft after a fault was found in a landing gear component during routine maintenance.

We have grounded nine aircraft while engineers inspect the component. No passengers or crew were hurt.

About Nordhavn Airways
Nordhavn Airways carries 2.1 million passengers a year on 40 routes.
"""


def _stmts():
    return statements_of(_PAGE, name="incident.txt")


def test_the_companys_own_sentences_are_its_statements_dated_by_their_block():
    stmts = _stmts()
    for fragment, day in (("We accept this criticism", date(2025, 2, 14)), ("cancelled 86 flights", date(2025, 2, 13)),
                          ("full refund", date(2025, 2, 13)), ("As a precaution", date(2025, 2, 12)),
                          ("grounded nine aircraft", date(2025, 2, 12))):
        found = [s for s in stmts if fragment in s.content]
        assert len(found) == 1 and found[0].speaker == "Nordhavn Airways", (fragment, [(s.speaker, s.content) for s in stmts])
        assert found[0].when_start == day, (fragment, found[0].when_start)


def test_others_words_in_a_block_stay_theirs_and_the_boilerplate_is_no_statement():
    stmts = _stmts()
    assert [s.speaker for s in stmts if "six hours per aircraft" in s.content] == ["The aircraft manufacturer"]
    assert [s.speaker for s in stmts if "acted before anybody asked" in s.content] == ["Haakon Strindvik"]
    assert [s.speaker for s in stmts if "it supported the decision" in s.content] == ["Skarvlund Flight Crew Association"]
    assert not any("2.1 million passengers" in s.content for s in stmts)


def test_a_news_story_with_update_lines_is_not_the_outlets_voice():
    story = ("Harbour Tidende\n\nFerry fleet halted after engine fault\n\nBy Eyvor Marsk\n\n"
             "A ferry operator halted its fleet on Tuesday after an engine fault was found, stranding hundreds of travellers.\n\n"
             "UPDATE 1 – 13 February 2025, 09:15\n\nThe operator said repairs would take a week. Travellers were angry.\n\n"
             "UPDATE 2 – 14 February 2025, 10:00\n\nThe first ferry sailed again on Friday morning, the harbour master said.\n")
    stmts = statements_of(story, name="story.txt")
    assert not any(s.speaker == "Harbour Tidende" for s in stmts)


def test_the_airline_is_the_page_owner_not_a_union_with_the_word_in_its_name():
    page = _PAGE.replace("The aircraft manufacturer has told us that the inspections",
                         "The Skarvlund Airline Pilots Association said the checks should have started sooner.\n\n"
                         "The airline says it will publish the findings. The aircraft manufacturer has told us that the inspections")
    stmts = statements_of(page, name="incident.txt")
    assert [s.speaker for s in stmts if "publish the findings" in s.content] == ["Nordhavn Airways"]
    assert [s.speaker for s in stmts if "six hours per aircraft" in s.content] == ["The aircraft manufacturer"]
