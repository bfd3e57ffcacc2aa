"""A quotation followed by its comma outside the marks and an inverted cue (the continental order of
French, German and other translated copy): '„...“, criticised club chairwoman X.', '« ... »,
lamented X, head of ...', '"...," declared the mayor, X, during a press conference.'

Every article here is invented. The parser takes such a cue for an adjective of the speaker's name,
or takes the occasion after the speaker for part of the cue's object; the speaker is still the name
after the cue.
"""

from tests.spec.invented import statements_of, the_one

STORY = """Valmont: the tram depot will not move, the opposition denounces "a scandal"

Published on 4 June 2024 at 17h10

The tram depot will stay in the Saint-Aubin district, the city confirmed on Tuesday.

« We prefer to keep the depot where it is rather than spend 40 million euros on a new site », declared the deputy mayor for transport, Hélène Marchetti, during a press conference.

The residents see it differently. „Our street has had trams passing at night for ten years“, criticised residents' spokeswoman Odile Ferrand.

For the opposition, the decision is a mistake. « It is a scandal. We proposed a site by the ring road in 2021 », lamented Bastien Corre, leader of the opposition group.
"""


def test_a_cue_after_the_speakers_phrase_and_an_occasion_names_the_speaker():
    assert the_one(statements_of(STORY), "keep the depot where it is").speaker == "Hélène Marchetti"


def test_a_cue_the_parser_takes_for_an_adjective_of_the_name_names_the_speaker():
    stmts = statements_of(STORY)
    assert the_one(stmts, "trams passing at night").speaker == "Odile Ferrand"
    assert the_one(stmts, "It is a scandal").speaker == "Bastien Corre"
    assert the_one(stmts, "We proposed a site by the ring road").speaker == "Bastien Corre"
