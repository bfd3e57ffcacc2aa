"""Ordinary news answers a question put in other words than its own:
- "how many were meant to ..." is answered by "was due to open in 42 ...": the plan is what is asked,
  not a withholding;
- "when did she talk to the paper" by "told the Courier on Tuesday": telling someone is talking to them;
  and a sentence of another story about what someone "will talk about" does not make it still to come;
- "which batter did he single out" by a quote naming a player by his given name alone."""

from tests.spec.answering.apps import app_fixture, articles_fixture
from tests.spec.answering.asks import answers, ask, table

ARTS = """Film pulled days before release after classification row

ACCRA - A drama about a 1990s bus strike will not open as planned after the national board withheld its certificate.

The film, "Night Depot", directed by Kojo Mensah-Bright, was due to open in 27 cinemas across Accra and Kumasi on May 2.

The board gave the producers 21 days to submit a re-edited version.
"""

FEATURE = """The stage that never was

The Harbourside Players had planned a summer run of their new musical. The show was scheduled to play 14 nights at the Corn Exchange before the roof repairs closed the hall.

"We had sold most of the tickets," said director Maeve Tolland.
"""

FARM = """Growers ask for guarantees over dairy sale

(Southland Wire) -- Milk growers want written promises on prices before any sale of Copperleaf Dairy goes ahead.

Its chair, Rowan Pellingham, told the Southland Wire on Monday that farmers "will not sign up to a handshake."
"""

OTHER = """Cup final preview

Everyone will talk about the weather on Saturday, the groundsman said.
"""

PAPER = """Councillor backs harbour plan

Councillor Nuala Breen spoke to the Ledger on Thursday about the harbour plan, saying it "finally puts residents first".
"""

CRICKET = """Tide into final as Patel and Okafor steer chase

DUNEDIN, Feb 3: Opener Ravi Patel made 71 as Harbour Tide beat Valley Kings by five wickets.

Patel and wicketkeeper Chidi Okafor added 88 for the fourth wicket.

Tide coach Sandra Vaughn was full of praise for the partnership.

"People will talk about Ravi, rightly, but Chidi came in under pressure and ran hard," Vaughn said.
"""

arts = app_fixture("night_depot.txt", ARTS)
feature = app_fixture("harbourside_players.txt", FEATURE)
farm = articles_fixture({"copperleaf.txt": FARM, "cup_preview.txt": OTHER})
paper = app_fixture("harbour_plan.txt", PAPER)
cricket = app_fixture("tide_final.txt", CRICKET)

test_asked_in_other_words = table(answers, [
    ask("arts", "How many cinemas were meant to screen Night Depot?", "27", id="a_count_that_was_due_answers_meant_to"),
    ask("feature", "How many nights was the show meant to run?", "14", id="a_count_scheduled_answers_meant_to"),
    ask("farm", "On what date did Rowan Pellingham talk to the wire service?", "Monday", id="told_the_wire_is_talking_to_it"),
    ask("paper", "When did Nuala Breen talk to the paper?", "Thursday", id="spoke_to_the_paper_is_talking_to_it"),
    ask("cricket", "Which batter did Vaughn single out apart from Patel?", "Chidi", id="a_player_named_by_given_name"),
])


WIRE_NAME = """Pellucid weighs replacing chief executive

(Meridian News) -- Pellucid Devices Inc. is considering replacing Chief Executive Officer Roald Fenwick after a faulty update, according to people familiar with the matter.

The board discussed Fenwick's future at a meeting on Wednesday and has contacted two search firms, the people said.

Meridian News reported last month that sales had slowed.
"""

wire_name = app_fixture("pellucid_ceo.txt", WIRE_NAME)


def test_an_outlet_read_as_a_name_is_no_one_new(wire_name):
    from tests.spec.answering.asks import declines

    declines(wire_name, "Who did Pellucid's board choose to replace Roald Fenwick?")
