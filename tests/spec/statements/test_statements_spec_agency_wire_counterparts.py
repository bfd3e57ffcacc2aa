"""A state agency's wire on a meeting of two ministers: "For his part, the Norwegian minister ...".

Every article here is invented. The host minister is named with no nationality, the guest with
his country ("Norway's Minister of Trade"); a paragraph about the host comes between. "The
Norwegian minister" is the guest, the minister of that nation, not the host last named.
"""

from tests.spec.invented import statements_of, the_one

WIRE = """Minister affirms trade ties with Norway

Valmora, 14 May 2025 (VNA) -- His Excellency Sheikh Tariq bin Saeed Al Mazrooq, Minister of Economy, affirmed the strength of relations with Norway.

This came during his meeting today with Mr. Oddvar Lindqvist-Haugen, Norway's Minister of Trade and Fisheries, according to a statement carried by the agency.

His Excellency lauded the efforts of the joint business council, and stressed the keenness of the leadership to double trade by 2030.

For his part, the Norwegian minister expressed his country's appreciation, and revealed that 31 Valmoran firms were operating in Norway.
"""


def test_the_minister_of_the_named_nation_is_the_guest():
    stmts = statements_of(WIRE)
    assert the_one(stmts, "31 Valmoran firms").speaker == "Oddvar Lindqvist-Haugen"


def test_a_demonym_the_tagger_may_miss_still_names_the_nation():
    for guest, country, demonym in (("Mr. Almazbek Turdaliev", "Kyrgyzstan", "Kyrgyz"),
                                    ("Mr. Yerzhan Temirbayuly", "Kazakhstan", "Kazakh")):
        wire = WIRE.replace("Mr. Oddvar Lindqvist-Haugen", guest).replace("Norway's", f"{country}'s") \
                   .replace("Norwegian", demonym).replace("in Norway", f"in {country}")
        assert the_one(statements_of(wire), "31 Valmoran firms").speaker == guest.removeprefix("Mr. ")
