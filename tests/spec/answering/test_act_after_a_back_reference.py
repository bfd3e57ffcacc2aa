"""The answer sits in the sentence after the one naming the subject, which refers back to it:

    What did Hollin Lifts blame for its loss?            "... Hollin Lifts fell 9% after the lift maker warned ..."
                                                         "The company blamed a worn cable contract ..." (next paragraph)
    What reasons did the council give for refusing it?   "The council refused to grant Mr T the licence. It said the hall ..."
"""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

WRAP = """MARKETS: Oslo bourse edges up; Hollin Lifts slides

12 May 2026 | By Maren Sollie

The Oslo benchmark index rose 0.4% on Tuesday as energy stocks gained.

At the bottom of the board, Hollin Lifts fell 9% to 41 crowns after the lift maker warned that its first-half earnings would be weaker, with a loss for the first half.

The company blamed a costly cable contract in Bergen and a strike at its Drammen plant. It said the strike had ended on Friday.

Analyst Rune Hegstad at Fjordvik Markets said the warning had been expected.
"""

DECISION = """Licensing appeal: the Corner Hall

The complaint

Mr T complains that Kelsby District Council won't grant a late-night licence for the Corner Hall, which he runs.

What happened

Mr T applied for a licence to stay open until 2am in March. The council refused to grant Mr T the licence. It said the hall had no soundproofing and that neighbours had already reported noise on six nights in February.

Mr T said he had fitted new doors since then.
"""

wrap = app_fixture("oslo_wrap.txt", WRAP)
decision = app_fixture("corner_hall.txt", DECISION)


def test_the_company_in_the_next_paragraph_is_the_one_named_before(wrap):
    answers(wrap, "What did Hollin Lifts blame for its weaker first-half earnings?", "cable contract")


def test_it_said_after_a_refusal_gives_the_reasons(decision):
    answers(decision, "What reasons did the council give for refusing to grant Mr T the licence?", "soundproofing")


def test_back_references_and_the_names_they_carry():
    from bot.answering.antecedents import names_in, opens_with_reference

    assert opens_with_reference("The company blamed a strike.")
    assert opens_with_reference("The packaged-food group said it would sell.")
    assert opens_with_reference("It said the strike had ended.")
    assert not opens_with_reference("The Oslo benchmark index rose.")
    assert not opens_with_reference("Theresa Molde said the group would sell.")
    assert names_in("At the bottom, Hollin Lifts fell 9% in March.") == {"hollin", "lift"}
