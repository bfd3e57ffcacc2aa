"""A question that takes a thing as found, reported or done, where a quoted sentence says otherwise in
its own words: "How many people were reported missing?" / "We have had no reports of anyone missing";
"Which chemical did they find had killed the fish?" / "We have not found any sign of a chemical spill";
"Why did the company refuse to apologise?" / "We are sorry for that". The answer says the articles do
not say so and cites the sentence that corrects it; a question the article does answer is answered."""

from bot.answering.none_found import absences
from bot.answering.terms import stems
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

STORM = """Gale brings down trees across Tremmick

Published 3 December 2025

More than 60 trees came down across Tremmick overnight as gusts of 90 km/h hit the coast, the district council said.

Council emergency lead Oskar Pellinen said crews had cleared most of the main roads by morning. "We have had no reports of anyone missing or injured, and I am grateful to everyone who stayed indoors," he said.

About 1,400 homes lost power. Around 85 people were moved from caravans at Sandy Reach to the Tremmick leisure centre.
"""

DIE_OFF = """Thousands of trout found dead in Lannagh reservoir

Published 21 August 2025

About 7,000 trout have died in the Lannagh reservoir since Monday, the regional water board said.

Board scientist Dr. Renske Haverkamp said tests showed very low oxygen in the water after a week of heat. "Based on what we have measured, the fish ran out of oxygen. We have not found any sign of a chemical leak, but we have sent water samples away to be sure," she said.

Anglers have been asked to stay away from the reservoir until the end of the month.
"""

BUS = """Passengers stranded as bus breaks down on moor road

Published 12 May 2025

Forty passengers were left on the Hollin Moor road for three hours on Saturday when a Greyfell Coaches service broke down in the rain.

Greyfell Coaches operations director Ilse Marchetti said a fuel pump had failed. "The replacement coach took far too long to reach them. We are sorry for that, and every passenger will get a refund," Ms Marchetti said.

Passenger Bronwen Achterberg said nobody from the company had told them what was happening.
"""

POLL = """Independents take seats in Kelvara ward vote

Published 18 March 2025

Independents won six of the 40 wards in the Kelvara municipal election, according to the results declared by the election office late on Monday.

Election officer Radhika Venkataswamy said the office had received five complaints of vote buying and that police had seized cash, but that none of the seizures had been linked to a candidate.
"""

poll = app_fixture("kelvara_poll.txt", POLL)
storm = app_fixture("tremmick_gale.txt", STORM)
die_off = app_fixture("lannagh_trout.txt", DIE_OFF)
bus = app_fixture("hollin_bus.txt", BUS)


def test_a_noun_of_finding_with_no_denies_what_it_is_of():
    found = absences("We have not found any sign of a chemical leak, but we have sent samples away.")
    assert [a.noun for a in found] == ["leak"] and stems("chemical")[0] in found[0].thing
    assert [a.noun for a in absences("We have had no reports of anyone missing or injured.")] == ["nobody"]
    assert absences("We have found signs of a chemical leak.") == ()


def test_none_reported_missing_corrects_how_many_missing(storm):
    answers(storm, "How many people have been reported missing after the gale in Tremmick?", "no reports of anyone missing",
            starting="The articles do not say")


def test_a_count_the_article_gives_is_still_answered(storm):
    answers(storm, "How many people were moved from the caravans at Sandy Reach?", "85")


def test_none_of_something_else_does_not_correct_a_count(poll):
    answers(poll, "How many wards did independent candidates take in Kelvara?", "six", lacking="do not say")


def test_no_sign_of_a_chemical_corrects_which_chemical(die_off):
    answers(die_off, "Which chemical did the water board find had killed the trout?", "not found any sign of a chemical leak",
            starting="The articles do not say")


def test_an_apology_in_other_words_corrects_a_refusal_to_apologise(bus):
    answers(bus, "Why did Greyfell Coaches refuse to apologise to the passengers?", "We are sorry",
            starting="The articles do not say")
