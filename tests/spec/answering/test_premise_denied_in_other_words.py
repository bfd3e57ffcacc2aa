"""A why-question whose premise the article denies in words other than the question's: "axe the
late boat" / "No sailing has been withdrawn in the evening", "confirm the sale" / "declined to
comment", "joining a German club" / "turned down an offer from a club in Germany", "taxpayers will
foot the bill" / "the public purse would bear no direct cost". The answer says the articles do
not say so and cites the denial; a why whose act is told is still answered."""

from bot.answering.denials import denied_words

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, replies, table

LETTER = """Letters to the editor

Published 3 March 2025

Sir, your correspondents have got our spring timetable wrong. The two sailings we are dropping run at midday, when the boats carry fewer than ten passengers.

No sailing has been withdrawn in the evening: the last boat from the harbour will still leave at 20:15.

Tomas Breck, operations manager, Skerry Line Ferries
"""

WIRE = """Halvard Metals weighs sale of smelter unit - sources

OSLO, April 9 (Northline) - Norwegian group Halvard Metals is exploring a sale of its aluminium smelting unit, which could fetch about 9 billion crowns, two people familiar with the matter said.

The company has asked advisers to approach industrial buyers, the people said.

Halvard Metals declined to comment on the talks.

Shares in Halvard Metals rose 4% in Oslo.
"""

SPORT = """Five things we learned from Gareth Lowe's press conference

Published 14 May 2025

Grimsworth Town captain Dale Ashby will stay at the club next season, manager Gareth Lowe said on Tuesday.

Lowe said Ashby had turned down an offer from a club in Germany because his family wanted to stay in Yorkshire.

Town play Harlow on Saturday.
"""

RELEASE = """Ministry signs agreement for new grain terminal

Published 2 June 2025

The Ministry of Ports on Monday signed an agreement with a consortium of three companies to build a grain terminal at Port Selva, in a project valued at 410 million dollars.

The ministry said the terminal would be financed by the consortium's equity and by bank loans, and that the public treasury would bear no direct cost.

Construction is due to start next year.
"""

REPORTED = """Bakers walk out over night shifts

LEEDS, Oct 2 - Bakers at the Holm Bread plant walked out on Monday because the company had not consulted them about new night shifts, their union said.

The company said it had not received any notice of the strike.
"""


letter = app_fixture("skerry_letters.txt", LETTER)
wire = app_fixture("halvard_wire.txt", WIRE)
sport = app_fixture("grimsworth_five_things.txt", SPORT)
release = app_fixture("selva_release.txt", RELEASE)
reported = app_fixture("holm_bakers.txt", REPORTED)


def test_a_denial_covers_the_clause_it_governs():
    assert {"sail", "withdrawn", "evening"} <= denied_words("No sailing has been withdrawn in the evening.") \
        or {"sail", "evening"} <= denied_words("No sailing has been withdrawn in the evening.")
    assert "halvard" in denied_words("Halvard Metals declined to comment on the talks.")
    assert "club" in denied_words("He had turned down an offer from a club in Germany.")
    assert "treasuri" in denied_words("The public treasury would bear no direct cost.")
    assert denied_words("Bakers walked out on Monday over night shifts.") == frozenset()


test_replies = table(replies, [
    ask("letter", "Why did the ferry company axe the evening boat from the harbour?", "do not say so",
        "No sailing has been withdrawn", id="a_withdrawal_denied_in_a_letter_is_corrected"),
    ask("wire", "Why did Halvard Metals confirm it is selling its smelting unit?", "do not say so",
        "declined to comment", id="a_confirmation_the_company_declined_to_give_is_corrected"),
    ask("sport", "Why did Dale Ashby say he is joining a German club?", "do not say so", "turned down an offer",
        id="a_move_turned_down_is_corrected"),
    ask("release", "Why will the treasury pay most of the cost of the grain terminal?", "do not say so",
        "no direct cost", id="a_cost_the_treasury_does_not_bear_is_corrected"),
])


def test_a_told_act_is_answered_despite_a_negation_nearby(reported):
    answers(reported, "Why did the Holm Bread bakers walk out?", "consulted", lacking="do not say")


COLLAPSE = """Bridge reopens a year after span collapse

Published 9 September 2025

The Tarrow river bridge reopened to traffic on Monday, a year after part of its eastern span fell into the river during a storm.

The span gave way shortly before midnight. No car was on the bridge at the time, and a patrol had closed the road twenty minutes earlier.

Repairs cost 14 million pounds.
"""

CAPSIZE = """Colliery shaft floods after storm

Published 21 July 2025

Water from a burst culvert flooded the main shaft of the Brackley colliery on Sunday night, the operator said. No worker was underground when the shaft flooded, and pumping began on Monday morning.
"""


collapse = app_fixture("tarrow_bridge.txt", COLLAPSE)
capsize = app_fixture("brackley_colliery.txt", CAPSIZE)


def test_a_count_of_victims_where_no_vehicle_was_there_is_corrected(collapse):
    replies(collapse, "How many drivers were trapped when the Tarrow bridge span fell into the river?", "do not say so",
            "No car was on the bridge")


def test_a_count_of_trapped_where_no_one_was_there_is_corrected(capsize):
    replies(capsize, "How many miners were trapped when the Brackley shaft flooded?", "do not say so",
            "No worker was underground")


TARIFF = """Steel tariff row deepens

Published 12 March 2025

Norland introduced a 15% tariff on imported Westmark steel on March 1, saying it needed to protect its own mills.

Westmark's trade minister denied that its subsidies broke the 2021 trade treaty and said the tariff would be challenged.
"""


tariff = app_fixture("steel_tariff.txt", TARIFF)


def test_a_told_figure_with_the_wrong_doer_is_not_taken_as_denied(tariff):
    answer = tariff.answer("Why did Westmark slap a 15% tariff on Norland steel?")
    assert "introduced a 15% tariff" in answer.text and not answer.text.startswith("The articles do not say so"), answer.text


PRESSER = """Five things from the Millbrook Wanderers press conference

Published 2 October 2025

Millbrook Wanderers head coach Ivo Pellam named an unchanged side for the derby.

Captain Tobias Rendle-Okoro, who sat alongside Pellam, said he was "close" to agreeing a new deal with the board.

He said he had turned down an offer from a club in Portugal. He would not name it.

Wanderers are fourth in the table.
"""


presser = app_fixture("millbrook_presser.txt", PRESSER)


def test_a_move_the_described_speaker_turned_down_by_a_pronoun_is_corrected(presser):
    # The question names the speaker by role and the country by its demonym; the refusal says "he" and the country.
    replies(presser, "Why did the Wanderers captain say he is joining a Portuguese club?", "do not say so",
            "turned down an offer")


CRASH = """Driver was dazzled by low sun, inquest told

Published 6 March 2025

The inquest into the death of cyclist Marek Oduya-Lintz, 41, heard on Wednesday that the driver of the van that struck him had been dazzled by low winter sun.

The area coroner, Helga Brannstrom, recorded a conclusion of road traffic collision. She said the junction needed better signs.

A toxicology report found that no alcohol was in the driver's blood, the inquest heard.

The van's owner, Corbel Logistics, said it would fit sun visors to its fleet.
"""


crash = app_fixture("brannstrom_inquest.txt", CRASH)


def test_a_premise_act_the_article_denies_as_a_noun_is_corrected(crash):
    # "drinking" is denied by "no alcohol": the act named by a noun near it in meaning, under a negative quantifier.
    replies(crash, "Why did the coroner conclude the van driver had been drinking?", "do not say so", "no alcohol")


def test_a_told_act_beside_a_negated_noun_is_still_answered(crash):
    answers(crash, "Why did Corbel Logistics say it would fit sun visors?", "sun visors", lacking="do not say so")
