"""A court round-up: several cases under their own headings. A question about one case ("the
Ballyroe van driver", "the Drumcliffe farmer") is answered from that case's item, whose first line
names who it is about, not from another case that shares the question's words. A role asked in
another country's word ("which garda", "which cop") is the rank the report writes
("Sergeant X"); "who acted for" a party is the lawyer the report names by their part ("Defending
solicitor X", "X's solicitor"). "Near which town" asks for a place: a case adjourned in another
item ("outside a chipper on the town's Bridge Street was adjourned") is no town still to come. The
article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

ARTICLE = """THE KILBRACKEN CHRONICLE
12th March 2026

DISTRICT COURT ROUND-UP

Bales left on the public road

A Drumcliffe farmer who left silage bales on a county road has been given a conditional discharge at Kilbracken District Court.

Fintan Rooney (58), of Lisheen Road, pleaded guilty to obstructing a public road.

Council engineer Sorcha Dunleavy gave evidence that the bales had blocked the road for two days and that motorists had been put at risk.

Defending solicitor Mr Tadhg Ó Briain said his client had been in hospital at the time and had "lost track of things".

Judge Maeve Gillick said she accepted the explanation. She granted the discharge on condition that Mr Rooney pay €400 to the Drumcliffe First Responders.

Van driver over the limit

A Ballyroe man who drove a van at more than twice the legal limit has been banned from driving for two years.

Piaras Costigan (29), of Quarry Brae, Ballyroe, was stopped at a checkpoint near Glenvarra at 2.15am on February 2nd.

Sergeant Eamon Keville told the court the accused had been "calm and apologetic" but had failed a breath test.

Mr Costigan's solicitor, Ms Roisin Farrelly, said her client had since sold the van.

Assault case adjourned

The case of a Carnlough man charged with assault outside a chipper on the town's Bridge Street was adjourned at Kilbracken District Court on Monday.

All other cases in this week's round-up were heard on Wednesday last.
"""

app = app_fixture("kilbracken_roundup.txt", ARTICLE)


test_answers = table(answers, [
    ask("app", "Which garda gave evidence against the Ballyroe van driver?", "Keville", lacking="Dunleavy",
        id="a_garda_is_the_sergeant_of_the_case_asked_about"),
    ask("app", "Which cop gave evidence about the Ballyroe motorist?", "Keville", lacking="Dunleavy",
        id="a_cop_is_the_sergeant_of_the_case_asked_about"),
    ask("app", "Who acted for the farmer from Drumcliffe?", "Ó Briain", lacking="Farrelly",
        id="who_acted_for_a_party_is_the_defending_solicitor_of_its_case"),
    ask("app", "Who acted for the Ballyroe driver?", "Farrelly", lacking="Ó Briain",
        id="who_acted_for_the_other_party_is_the_solicitor_of_the_other_case"),
    ask("app", "Near which town was the van driver pulled over?", "Glenvarra",
        id="which_town_asks_for_a_place_not_for_a_town_still_to_come"),
    ask("app", "What was the farmer ordered to do as the condition of his discharge?", "€400",
        id="a_condition_stated_in_the_judge_sentence_answers"),
])
