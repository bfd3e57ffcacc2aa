"""Magazine and trade-paper Q&As whose turn labels are initials, surnames or the magazine's own
name: the interviewer is the label whose turns ask (a question, or a prompt such as "Energy must
be your biggest cost."), or the magazine by its name or initials; every other label is the person
the introduction names with that name or those initials. A saying the interviewee quotes of
someone else is that person's, not the interviewee's. An interview day with no year in the intro
takes its year from the issue line ("Issue 61 | April 2024"). Every article here is invented."""

from datetime import date
from functools import partial

from tests.spec.invented import statements_of

_stmts = partial(statements_of, name="interview.txt")


MAGAZINE_INITIALS = """HARBOUR FREIGHT MONTHLY
Issue 61 | April 2024
THE BIG INTERVIEW

"Nobody builds a quay for one ship"

Tobias Quarnstrom took over as managing director of Lindqvarn Shipping, the family-owned ferry operator, in May last year. Since then the firm has ordered two hybrid ferries and closed its oldest route. We met him at the company's yard in Karlskrona on 12 March.

HFM: You ordered two hybrid ferries in January. When do they arrive?

TQ: The first in autumn, the second a year later. We paid a deposit of 9 per cent, and the yard has kept every date so far.

HFM: Fuel must be your biggest cost.

TQ: It is the second biggest, after wages. Shore power at our two ports cut our diesel bill by about a fifth last year.

HFM: Then in February you closed the island route.

TQ: Yes, and it was the hardest decision I have made here. Fewer than forty people a day used it. My predecessor used to say that a ferry is a bridge you pay for every day, and he was right.

HFM: Are you selling the company? People talk.

TQ: No. The family owns all of it and intends to keep it.

SECOND OPINION

Annika Sjoberg, transport analyst at Baltic Routes Research, said the hybrid order had put the company ahead of its rivals. "They will burn less fuel than anyone on the coast," she told HFM.

Lindqvarn Shipping runs eleven ferries and employs 240 people.
"""


def test_initials_turns_under_a_magazine_s_initials_are_the_interviewee_s():
    stmts = _stmts(MAGAZINE_INITIALS)
    mine = " ".join(s.content for s in stmts if s.speaker == "Tobias Quarnstrom")
    for fragment in ("The first in autumn", "deposit of 9 per cent", "It is the second biggest",
                     "Fewer than forty people a day", "The family owns all of it"):
        assert fragment in mine, mine


def test_the_magazine_s_questions_and_prompts_are_no_one_s_statements():
    stmts = _stmts(MAGAZINE_INITIALS)
    for prompt in ("When do they arrive", "Fuel must be your biggest cost", "you closed the island route", "People talk"):
        assert not [s for s in stmts if prompt in s.content], prompt


def test_the_turns_are_dated_at_the_intro_s_day_in_the_issue_s_year():
    stmts = _stmts(MAGAZINE_INITIALS)
    mine = [s for s in stmts if s.speaker == "Tobias Quarnstrom"]
    assert mine and all(s.when_start == date(2024, 3, 12) and s.date_basis == "context" for s in mine)


def test_a_saying_quoted_inside_an_answer_is_the_predecessor_s():
    stmts = _stmts(MAGAZINE_INITIALS)
    said = [s for s in stmts if "a bridge you pay for every day" in s.content]
    assert said and all(s.speaker != "Tobias Quarnstrom" for s in said), [(s.speaker, s.content) for s in said]
    assert any("predecessor" in s.speaker.lower() for s in said), [(s.speaker, s.content) for s in said]


def test_the_sidebar_after_a_heading_is_not_the_interviewee_s():
    stmts = _stmts(MAGAZINE_INITIALS)
    assert not [s for s in stmts if s.speaker == "Tobias Quarnstrom" and ("burn less fuel" in s.content or "eleven ferries" in s.content)]
    assert any(s.speaker == "Annika Sjoberg" and "burn less fuel" in s.content for s in stmts)


SURNAMES_TWO_GUESTS = """Two founders on the bakery that grew too fast

By Marit Ellefsen
Published: 3 October 2024

Oda Brekkestad and Kwame Mensah-Ruud started Kornloft in a rented kitchen in 2019. Brekkestad runs the bakeries; Mensah-Ruud runs the money. They spoke to us at their first shop on Tuesday.

Ellefsen: How many shops do you have now?

Brekkestad: Nine, and a tenth opens in January. We bake everything in one place and drive it out before six.

Ellefsen: That sounds like a lot of borrowing.

Mensah-Ruud: It was. We borrowed against the ovens in 2022, and that was a mistake. We have paid most of it back.

Brekkestad: I disagree with him a little. The shops were full from the first week.

Ellefsen: What worries you most?

Mensah-Ruud: Flour prices. A bag costs twice what it did.
"""


def test_surname_labels_of_two_interviewees_are_each_one_s():
    stmts = _stmts(SURNAMES_TWO_GUESTS)
    oda = " ".join(s.content for s in stmts if s.speaker == "Oda Brekkestad")
    kwame = " ".join(s.content for s in stmts if s.speaker == "Kwame Mensah-Ruud")
    assert "a tenth opens in January" in oda and "The shops were full" in oda, oda
    assert "borrowed against the ovens" in kwame and "Flour prices" in kwame, kwame
    assert not [s for s in stmts if "lot of borrowing" in s.content or "worries you most" in s.content]
    assert all(s.when_start == date(2024, 10, 1) for s in stmts if s.speaker in ("Oda Brekkestad", "Kwame Mensah-Ruud"))


NAMED_MAGAZINE = """Grain Trade Journal

Published: 14 May 2025

**"We sell to whoever pays on time"**

Jorunn Kvalheim, chief executive of the Nordfjell Grain cooperative, spoke to Grain Trade Journal at the cooperative's silo in Hamar on 9 May.

**Grain Trade Journal:** The harvest was poor last year.

**J.K.:** It was the worst in a decade. We lost about a third of the barley to rain.

**Grain Trade Journal:** Will prices rise?

**J.K.:** They already have. Feed barley is up by a quarter since January.

**Grain Trade Journal:** And exports?

**J.K.:** We sell to whoever pays on time. That has not changed.
"""


def test_dotted_initials_under_the_magazine_s_name_are_the_interviewee_s():
    stmts = _stmts(NAMED_MAGAZINE, name="interview.md")
    mine = " ".join(s.content for s in stmts if s.speaker == "Jorunn Kvalheim")
    for fragment in ("the worst in a decade", "Feed barley is up by a quarter", "whoever pays on time"):
        assert fragment in mine, [(s.speaker, s.content) for s in stmts]
    assert not [s for s in stmts if "The harvest was poor" in s.content or "Will prices rise" in s.content]
    assert all(s.when_start == date(2025, 5, 9) for s in stmts if s.speaker == "Jorunn Kvalheim")


TWO_BY_INITIALS = """Pressing on after the frost

Siblings Henna Ruokolainen and Veikko Ruokolainen-Staal run the Kuusela cider press, which their grandfather opened in 1961. We met them at the press on 2 April.

OTR: The frost in May cost you most of the crop last year. How bad was it?

HR: About two-thirds of it. We bought apples from neighbours to keep the press running. Was it worth it? Yes, because the shops kept our shelf space.

VRS: I wanted to close for a season. My sister talked me out of it.

OTR: And this year? The blossom looked good from the road.

HR: The blossom looks good. We have planted frost fans on the top rows.

OTR: Will you export? Germany is next door.

VRS: Not yet. The paperwork for one pallet to Germany took us three weeks.
"""


def test_two_interviewees_by_initials_each_have_their_turns_though_one_asks_herself_a_question():
    stmts = _stmts(TWO_BY_INITIALS)
    henna = " ".join(s.content for s in stmts if s.speaker == "Henna Ruokolainen")
    veikko = " ".join(s.content for s in stmts if s.speaker == "Veikko Ruokolainen-Staal")
    assert "About two-thirds of it" in henna and "frost fans" in henna, [(s.speaker, s.content) for s in stmts]
    assert "close for a season" in veikko and "three weeks" in veikko, [(s.speaker, s.content) for s in stmts]
    assert not [s for s in stmts if "frost in May cost you" in s.content or "Germany is next door" in s.content]
