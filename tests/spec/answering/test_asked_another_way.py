"""A question asked another way is answered as its plain form is: a request round it ("Tell me who
...", "I'd like to know when ...", "Do the articles say ..."), a request to name ("Name the engineer
who ...", "Give the date ..."), the answer's kind in other words ("What number of", "For what reason",
"What amount of"), and a spoken contraction ("what'd"). Two articles in different styles: a wire
report and council minutes."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, ask, declines, table

WIRE = """KELVEDGE, 14 March 2025 (Harbour Wire) — The ferry operator Brannock Sound Lines will cut 85 jobs and suspend its winter route to Isle Tarrow because fuel costs have doubled since 2023, its chief executive, Orsolya Brandvik, said on Thursday.

"We cannot sail empty boats at a loss through the winter," Ms Brandvik told reporters at the company's offices in Kelvedge.

The company's chief engineer, Tamsin Oyelaran-Hight, warned last year that the older vessel's hull was badly corroded.

The new vessel will be financed by a bank the company declined to name.

The Tarrow Link, a covered walkway between the ferry terminal and the bus station, will stay open.
"""

MINUTES = """MINUTES OF THE MEETING OF SELBRAITH PARISH COUNCIL
Held on Tuesday 4 February 2025 in the Selbraith Village Hall

Present: Cllr Jarvis Penhallow-Reed (Chair), Cllr Ysolde Marchetti, Cllr Dobromir Achterfeld

Item 4. Budget. The treasurer, Cllr Marchetti, reported that the council's reserves stood at 41,000 pounds and warned that they would be "gone within three years" if the precept were frozen.

RESOLVED to raise the precept by 6 per cent (proposed Cllr Achterfeld, seconded Cllr Penhallow-Reed; 5 for, 1 against).

Item 5. Playing field. Cllr Achterfeld reported that the drainage works would cost 12,500 pounds.
"""

two = articles_fixture({"kelvedge_ferry.txt": WIRE, "selbraith_minutes.txt": MINUTES})

test_asked_another_way = table(answers, [
    ask("two", "Tell me who warned that the older vessel's hull was corroded.", "Oyelaran-Hight", id="tell_me_who"),
    ask("two", "Name the engineer who warned that the older vessel's hull was corroded.", "Oyelaran-Hight", id="name_the_role_who"),
    ask("two", "I'd like to know what the treasurer reported about the council's reserves.", "41,000", id="id_like_to_know_what"),
    ask("two", "Do the articles say where Ms Brandvik spoke to reporters?", "Kelvedge", id="do_the_articles_say_where"),
    ask("two", "What number of jobs will Brannock Sound Lines cut?", "85", id="what_number_of"),
    ask("two", "For what reason is Brannock Sound Lines suspending its winter route?", "fuel costs", id="for_what_reason"),
    ask("two", "how come the ferry operator is suspending its winter route", "fuel costs", id="how_come_lowercase"),
    ask("two", "so what'd the treasurer warn about the reserves?", "three years", id="whatd_contraction"),
    ask("two", "Give the number of jobs Brannock Sound Lines will cut.", "85", id="give_the_number_of"),
    ask("two", "Give the date the parish council resolved to raise the precept.", "4 February 2025", id="give_the_date"),
    ask("two", "By which councillor was the cost of the drainage works reported?", "Achterfeld", id="by_which_councillor_passive"),
    ask("two", "Why was the winter route suspended by Brannock Sound Lines?", "fuel costs", id="why_passive_with_doer"),
    ask("two", "By which engineer was the older vessel's hull said to be corroded?", "Oyelaran-Hight", id="by_which_role_passive"),
])

test_still_declined_another_way = table(declines, [
    ask("two", "Name the bank that is financing the new vessel.", id="name_the_unnamed_bank"),
    ask("two", "I'd like to know which bank is financing the new vessel.", id="id_like_to_know_which_bank"),
])
