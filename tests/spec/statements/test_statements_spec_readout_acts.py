"""A readout of talks reports what was said by its acts, each in its own shape.

Every article here is invented. A foreign ministry's readout and an agency's account of a
courtesy call say "X thanked Y for Z", "X informed her counterpart about Z", "X also raised the
situation of Z", "X invited Y to visit"; each is a statement of X's. "Raised prices", "thanked the
crowd" and "invited guests" are no statements.
"""

from tests.spec.invented import statements_of, the_one

READOUT = """Readout: Foreign Minister Lindqvar's meeting with Chile's Foreign Minister Arancibia Toro

Ministry of Foreign Affairs | Press release | Date: 4 March 2026

Foreign Minister Helka Lindqvar today received Chile's Minister of Foreign Affairs, Tomás Arancibia Toro, in Helsinki.

Foreign Minister Arancibia Toro thanked Finland for its support to the Chilean glacier monitoring network.

The Chilean minister also raised the situation of the salmon farms in the southern fjords.

Foreign Minister Lindqvar informed her counterpart about the Finnish experience with icebreaker cooperation.

Foreign Minister Arancibia Toro invited Foreign Minister Lindqvar to visit Santiago next year.

The ministers welcomed the progress towards a joint glacier research station.
"""

AGENCY = """Governor receives trade delegation

PADANG MERAH, June 2 (SNA) - Governor Rusdi Halimun on Monday thanked the Japanese delegation for its help in rebuilding the fish market after the floods.

Halimun raised the issue of export permits for dried fish, which traders say take three months to obtain.

The delegation's head, Kenji Moriwaki, invited the governor to attend a seafood fair in Osaka in October.

The governor welcomed the delegation at the airport.

The market raised prices for stalls by ten percent this year. The governor thanked the crowd and invited guests to the evening programme.

Asked whether traders had raised concerns about the stall fees, the market manager said she would check.
"""


def test_the_acts_of_a_readout_are_statements():
    stmts = statements_of(READOUT)
    assert the_one(stmts, "glacier monitoring network").speaker == "Tomás Arancibia Toro"
    assert the_one(stmts, "salmon farms in the southern fjords").speaker == "Tomás Arancibia Toro"
    assert the_one(stmts, "icebreaker cooperation").speaker == "Helka Lindqvar"
    assert the_one(stmts, "to visit Santiago").speaker == "Tomás Arancibia Toro"
    assert the_one(stmts, "glacier research station")


def test_an_agencys_account_of_a_call_has_them_too():
    stmts = statements_of(AGENCY)
    assert the_one(stmts, "rebuilding the fish market").speaker == "Rusdi Halimun"
    assert the_one(stmts, "export permits for dried fish").speaker == "Rusdi Halimun"
    assert the_one(stmts, "seafood fair in Osaka").speaker == "Kenji Moriwaki"


def test_the_same_verbs_without_their_shape_say_nothing():
    stmts = statements_of(AGENCY)
    assert not [s for s in stmts if "prices" in s.content or "crowd" in s.content or "evening programme" in s.content]
    assert not [s for s in stmts if "traders" in s.speaker.lower() or "at the airport" in s.content]


TYPEWRITER_MARKS = """Readout: Minister Lindqvar's talks on Arctic shipping

Ministry of Foreign Affairs | Press release | Date: 4 March 2026

'Shipping lanes are opening faster than rules are written. We must close that gap together,' said Foreign Minister Helka Lindqvar.

MEDIA RELEASE - Minister for Ports Dana Whitcombe - 9 May 2026

'The new berth opens in July. The pilots' union has agreed the roster,' Ms Whitcombe said.

The growers' co-operative has asked for a second berth.
"""


def test_typewriter_single_marks_are_quotations_over_several_sentences():
    stmts = statements_of(TYPEWRITER_MARKS)
    assert the_one(stmts, "Shipping lanes are opening faster").speaker == "Helka Lindqvar"
    assert the_one(stmts, "close that gap together").speaker == "Helka Lindqvar"
    assert the_one(stmts, "The new berth opens in July").speaker == "Dana Whitcombe"
    assert the_one(stmts, "agreed the roster").speaker == "Dana Whitcombe"
