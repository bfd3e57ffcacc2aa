"""A weekly names a company once ("the company, Kestrelby Outfitters Ltd") and otherwise calls it by
what it is ("a national clothing chain", "the chain's winter range"); its words come through a
spokeswoman ("A spokeswoman for Kestrelby said on Wednesday ... She said ..."). Asked "how did
the chain explain where ... came from": the spokeswoman's explanation, not a sentence that only
names the chain; the "where" after "explain" asks for the explanation, not a place. "Where did the
customer who spotted the copies live": the customer is unnamed ("by a customer in Dundee"), not
the designer the lede describes; and "on Good Friday" is no Monday of the report's week."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, table
from tests.spec.answering.asks import ask


WEEKLY = """THE NORTH ISLES ADVERTISER
Published in Scalpay every Friday

Friday 6 March 2026          No. 2,118          £1.10

NEWS

Potter says chain copied her glaze patterns

by Oswy Tallack
oswy@nia-advertiser.co.uk

A SCALPAY ceramics designer says a national homeware chain is selling mugs copied from glaze patterns she has sold since 2017.

Brenna Quoyness, who sells through a gallery in the harbour, said she was sent a photograph of one of the mugs by a customer in Dundee on Good Friday.

Ms Quoyness said she had found at least three mugs in the chain's winter range that matched her own designs, and that they sold for £9 while hers sold for £40.

Her lawyer wrote to the company, Kestrelby Outfitters Ltd, last Friday asking it to withdraw the mugs.

A spokeswoman for Kestrelby said on Wednesday that the company "respects designers" and was looking at the letter. She said the mugs had been bought in from an overseas workshop and that the company had no reason to think they were copies.

Craft guild chair Iona Pirie said on Monday that members had been asked to check the chain's range against their own work.
"""

weekly = app_fixture("potter_chain.txt", WEEKLY)


test_answers = table(answers, [
    ask("weekly", "how did the chain explain where the disputed mugs came from", "overseas workshop",
        id="the_chain_asked_bare_is_the_body_its_spokeswoman_speaks_for"),
    ask("weekly", "what did the chain say about the lawyer's letter", "looking at the letter",
        id="what_the_chain_said_is_its_spokeswomans"),
    ask("weekly", "where did the customer who spotted the copied mugs live", "Dundee", lacking=("on Monday (", "2 March"),
        id="an_unnamed_customer_is_not_the_designer_who_tells_of_her"),
])


def test_where_after_an_explaining_verb_asks_for_the_explanation():
    from bot.answering.question import kind_of

    assert kind_of("how did the chain explain where the disputed mugs came from") == "what"
    assert kind_of("how does the council justify why the pool closed") == "what"
    assert kind_of("where did the chain say the mugs came from") == "where"
