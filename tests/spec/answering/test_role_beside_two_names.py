"""A role asked about is written next to one of two people named in one sentence ("the drainage
officer, Ken Ostrowe, wrote to the director works, Ana Pelterby"), and another speaker shares a
surname ("the inspector, Tomas Pelterby"): the role is the one whose own words describe them, found
by full name where a surname is shared; the words after "X said ..." are what X said, not X's job."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

# A council's reply to an information request: letterhead, reference, numbered parts, extracts of
# e-mails told in the third person.
LETTER = """Carnbrea Vale District Council
Civic Offices, PO Box 418, Carnbrea Vale | 0800 555 0190

9 March 2026

Our ref: INFO 2026-044

Dear Ms Halloran

Request for information: Millbeck culvert

Thank you for your email of 2 February 2026 asking for information about the culvert under Millbeck Lane.

1. Inspection

The culvert was inspected on 3 November 2025 by the council's senior drainage inspector, Tomas Pelterby. His report found the headwall cracked and the barrel half blocked. He wrote: "I recommend replacement before winter."

2. Correspondence

On 10 November 2025, the drainage officer, Ken Ostrowe, emailed the director works, Ana Pelterby, about the inspection. He wrote: "Tomas's report is right. A contractor thinks it is about $400,000 to do properly."

Ana Pelterby replied on the same day. She wrote that the job should be done within this year's budget "if we possibly can" and asked for a cheaper interim fix. She also wrote: "I cannot take a six-figure number to the committee."

Kind regards
Information Officer
"""

SHOP = """Village shop changes hands

Ms Gwen Lundquist said the co-operative would take on a director and two staff, paid for by the
shop. She said the works to the roof would be done by a local firm.
"""

two = articles_fixture({"millbeck_culvert.txt": LETTER, "village_shop.txt": SHOP})


def test_the_role_next_to_the_second_name_is_hers(two):
    answers(two, "What did the director ask for instead of the full culvert replacement?", "interim fix",
            starting="Ana Pelterby")


def test_an_apposition_after_a_name_describes_it_but_what_follows_said_does_not():
    from bot.answering.described import own_words

    text = "On 10 May, the drainage officer, Ken Ostrowe, emailed the director works, Ana Pelterby, about it."
    at = text.index("Ana Pelterby")
    assert "director" in own_words(text, at, at + 12, {"Ostrowe"})
    at = text.index("Ken Ostrowe")
    assert "director" not in own_words(text, at, at + 11, {"Pelterby"})
    text = "Ms Lundquist said the co-operative would take on a director."
    at = text.index("Lundquist")
    assert "director" not in own_words(text, at, at + 9, set())


def test_a_role_of_many_is_not_told_apart_by_full_name():
    from bot.answering.described import plural_role

    assert plural_role("the rice farmers") and plural_role("the campaigners")
    assert not plural_role("the director") and not plural_role("the boss") and not plural_role("the union's chair")
