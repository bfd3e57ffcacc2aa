"""A question names a person's job in other words than the article: "aide" for "Special
Adviser to the Governor", "captain" for "skippered", "spoke for the company" for "a company
spokeswoman", "the Marlow roads commissioner" for "the Commissioner for Roads and Parks" in an
article about Marlow, "mapmaker" for "cartographer". The person so described answers it, and a
"councillor" is not anyone described by the council."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

WIRE = """Marlow County bans e-scooters from harbour front

KESTON, March 4 (Reuters) - Marlow County will ban rented e-scooters from its harbour front from April 1, officials said on Tuesday.

The Commissioner for Roads and Parks, Mr Tobias Ferrante, announced the ban on Monday at the end of a cabinet meeting in Keston.

When contacted, the Special Adviser to the Governor on Transport, Mrs Delphine Okoro, said the government remained open to talks with the operators.

Dr Lena Marsh, a road safety consultant, said the government should have held talks with riders before any ban. "Every town that banned scooters without better buses moved the problem elsewhere," she said.

Ferrante said the harbour path was too narrow for scooters and pushchairs. Governor Aurelio Banks said the county would review the ban after six months.

Zipway's founder, Max Hale, spoke to reporters outside the town hall about the firm's plans. In a statement, a Zipway spokeswoman, Ines Caldwell, said Zipway would appeal against the decision.

The council's director of parks, Ruth Amani, told councillors that people from the villages would still be able to park at the harbour.

Independent Cllr Brendan Solly said the plan ignored the thousands who drive in from Upton and Brede because they have no bus. "This plan has nothing for them," Solly said.
"""

FEATURE = """The ferry that stopped

For thirty years the Heron carried cars, post and sheep between Inchmor and the mainland. Since January it has sat in a dry dock.

"An island without a boat is just a rock," says Morag Lindsay, who skippered the Heron for 19 years.

Its director, Pia Rasmussen, spoke to us from the island's heritage centre. She said visitor numbers had halved.

A spokesman for the ferry operator, Ewan Doig, said a replacement vessel was being designed.
"""

OBITUARY = """Ruth Okonkwo-Berg, who charted the Andean glaciers, dies at 88

Ruth Okonkwo-Berg, a cartographer whose surveys of the Andean ice fields showed their retreat, died on 4 May at her home in Cusco.

Her former assistant, Dr. Tomas Quispe, said she drew every map by hand.
"""


wire = app_fixture("marlow_scooters.txt", WIRE)
feature = app_fixture("inchmor_ferry.txt", FEATURE)


def test_an_aide_is_the_special_adviser_to_the_governor(wire):
    from bot.answering.question import analyse

    question = "Which aide to the Marlow governor said the government was open to talks?"
    assert analyse(question, None).role_phrase == "aide to the Marlow governor"
    answer = wire.answer(question)
    assert not answer.abstained and "Okoro" in answer.citations[0].text, answer.text


def test_who_spoke_for_a_company_is_its_spokeswoman(wire):
    answers(wire, "Who spoke for the scooter firm?", "Caldwell")


def test_a_councillor_is_not_the_councils_director(wire):
    answer = wire.answer("Which Marlow councillor complained that people from the villages had been forgotten?")
    assert not answer.abstained and "Solly" in answer.citations[0].text, answer.text


def test_a_commissioner_qualified_by_the_articles_place_is_its_commissioner(wire):
    answer = wire.answer("When did the Marlow roads commissioner announce the ban?")
    assert not answer.abstained and "Ferrante" in answer.citations[0].text, answer.text


def test_who_used_to_captain_is_who_skippered(feature):
    answers(feature, "Who used to captain the old ferry?", "Lindsay")


def test_who_spoke_for_the_operator_is_not_who_spoke_to_us(feature):
    answer = answers(feature, "Who spoke for the ferry operator?", "Doig")
    assert "Rasmussen" not in answer.text, answer.text


def test_a_mapmaker_is_a_cartographer(app_over):
    with app_over("okonkwo_berg_obituary.md", OBITUARY) as whosaid:
        answers(whosaid, "When did the Andean mapmaker die?", "4 May")


def test_a_job_word_matches_another_word_for_that_job():
    from bot.answering.people import term_match
    from bot.answering.terms import stems

    assert term_match(stems("aide")[0], frozenset(stems("special adviser")))
    assert term_match(stems("captain")[0], frozenset(stems("skippered")))
    assert not term_match(stems("councillor")[0], frozenset(stems("council director")))


LIVE_BLOG = """Blackout across Peru: live updates

Updated 14:05
Power has been cut across much of Peru's coast since shortly after 9am. The grid operator, Luzandes, says about 2 million customers lost power.

Updated 14:40
Energy minister Rosa Quispe told a press conference that every household should have power back by midnight. She said the government would demand a full technical report from Luzandes within ten days.

Updated 15:10
A hospital director, Dr Mateo Cruz, says his generators kept intensive care running. Cruz said no patient was harmed.
"""


def test_a_role_qualified_by_a_demonym_is_found_in_an_article_naming_the_country(app_over):
    with app_over("peru_blackout_live.txt", LIVE_BLOG) as whosaid:
        answers(whosaid, "What did the Peruvian energy minister say she would require the grid operator to hand over?",
                "technical report")


POLL = """Riverton, March 3, 2025 (PTI) The People's Front on Monday won 30 of the 50 wards in the Riverton City Corporation, ending the National Alliance's decade-long hold on the civic body.

Chief Minister R. K. Naidu, whose government is led by the People's Front, congratulated the party's candidates on taking control of the corporation. "Riverton has shown the way for the whole state," he said.

The National Alliance's city unit chief, Suresh Menon, conceded defeat but alleged that money had changed hands in several wards. Menon said the party would go to the election commission.
"""


def test_the_role_s_own_job_word_outranks_another_leader_named_with_the_place(app_over):
    with app_over("riverton_poll.txt", POLL) as whosaid:
        answer = whosaid.answer("Who is the Riverton city chief of the party that lost control of the corporation?")
    assert not answer.abstained and "Menon" in answer.citations[0].text, answer.text


STATE_NEWS = """Delta bans night trucks on five Warri roads

By Ada Okon, Warri
Published 5th March, 2025

The Delta State Government has banned heavy trucks from five major roads in Warri at night, with effect from Monday, 17th March, 2025.

The Commissioner for Roads and Transport, Mr Ifeanyi Duru, disclosed this on Tuesday while briefing journalists after the State Executive Council meeting.

Duru said the trucks had caused 40 crashes in the first two months of the year.
"""


def test_a_when_question_about_a_described_official_is_answered_by_the_officials_sentence(app_over):
    with app_over("warri_trucks.txt", STATE_NEWS) as whosaid:
        answer = whosaid.answer("When did the Delta transport commissioner announce the truck ban?")
    assert not answer.abstained and "Duru" in answer.citations[0].text and "4 March 2025" in answer.text, answer.text


BORDER = """Truck queues grow at Malaba border

MALABA — Hundreds of trucks were stuck at the Kenya-Uganda border on Monday after a new electronic cargo system failed.

Uganda's transport minister, Grace Nankya, said the system would be fixed within two days. "We apologise to the drivers," Nankya said.

Drivers said they had waited for up to four days without food or water.
"""

CLUB = """Castlebridge out of the cup

Castlebridge were knocked out of the county cup on Saturday, losing 3-0 at home to Harwell Town.

Harwell Town's manager, Dean Foley, said his side had deserved the win. "We were sharper in every area," Foley said.
"""


@pytest.mark.parametrize("filename,text,question", [
    ("malaba_border.txt", BORDER, "What did the Kenyan transport minister say about the cargo system?"),
    ("castlebridge_cup.txt", CLUB, "What did the Castlebridge manager say about the defeat?"),
])
def test_a_role_of_another_place_or_club_in_the_story_is_not_the_one_asked_about(app_over, filename, text, question):
    with app_over(filename, text) as whosaid:
        declines(whosaid, question)


EARNINGS = """Varmo cuts 400 jobs as boiler sales slump

OSLO, Oct 24 (Reuters) - Norwegian boiler maker Varmo said on Thursday it would cut 400 jobs after third-quarter sales fell by a quarter.

Chief Executive Ingrid Solheim told reporters the market would not recover before 2026.

She blamed the slump on the end of state grants for new heating systems and on high interest rates. "Homeowners are waiting," she said.
"""


def test_a_companys_boss_is_its_chief_executive_in_a_story_about_it(app_over):
    with app_over("varmo_earnings.txt", EARNINGS) as whosaid:
        answers(whosaid, "Why does Varmo's boss think the boiler market has slumped?", "interest rates")
