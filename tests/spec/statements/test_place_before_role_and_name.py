"""A weekly's "PLACE elder NAME, who has ..., said she was ..." where the one-word place is misread
as a common noun and parsed as the subject, the name hanging on it: the speaker is the name, and
the quote after it ("..., she said.") is hers, not an earlier woman's. Every article is invented."""

from tests.spec.invented import speaker_of, statements_of

WEEKLY = """THE NORTH SHORE COURIER

News | Sports

Winter ferry timetable halves sailings

Harald Quistby
Thursday, February 12, 2026 - 4:35 pm

The ferry to Pikeholm Island will run twice a day instead of four times, the operator announced Wednesday.

"We looked at every option," said Rosamund Haugvik, the operator's general manager. "Nobody wants to cut sailings."

Haugvik said the decision was made after two engines failed in January.

Harbour pilot Dermot Frostick said winds had reached 80 km/h on Sunday.

Fernbanks elder Edna Tom, who has ridden the ferry since the 1970s, said she was worried that the store would run out of milk.

"The children take it to school," she said. "We bake bread. This year we'll have to plan ahead."

The operator said extra sailings would run at midsummer.
"""


def test_the_name_after_a_misread_place_and_role_is_the_speaker():
    stmts = statements_of(WEEKLY)
    assert speaker_of(stmts, "run out of milk") == "Edna Tom"


def test_her_quote_after_is_hers_not_the_earlier_womans():
    stmts = statements_of(WEEKLY)
    assert speaker_of(stmts, "take it to school") == "Edna Tom"
    assert speaker_of(stmts, "plan ahead") == "Edna Tom"
    assert speaker_of(stmts, "every option") == "Rosamund Haugvik"


ISLES = """THE NORTH ISLES ADVERTISER
Published in Scalpay every Friday

Friday 6 March 2026          No. 2,118          £1.10

NEWS

Maker says chain copied her glaze patterns

by Oswy Tallack
oswy@nia-advertiser.co.uk

A SCALPAY knitwear designer says a national homeware chain is selling jumpers copied from patterns she has sold since 2017.

Brenna Quoyness, who sells through a gallery in the harbour, said she was sent a photograph of one of the jumpers by a customer in Dundee on Good Friday.

"I knew it at once," she said this week.
"""


def test_a_lead_describing_a_designer_by_her_island_is_the_designer_named_next():
    stmts = statements_of(ISLES)
    assert speaker_of(stmts, "national homeware chain") == "Brenna Quoyness"


def test_a_feasts_weekday_is_no_day_of_the_reports_week():
    from index.statements.dates import find_time_phrases

    assert [p.text for p in find_time_phrases("a customer sent it on Good Friday.")] == []
    assert [p.text for p in find_time_phrases("the shop shut on Shrove Tuesday and reopened on Thursday.")] == ["on Thursday"]


NEWSLETTER = """PARISH OF ST BRANNOC, HALLOWAY
Weekly Newsletter

Sunday 15th March 2026 · Fourth Sunday of Lent

PARISH PASTORAL COUNCIL
Our chairperson, Wenna Traskell (no relation to Fr Piran Traskell, she asks us to point out!), writes:

"At our meeting on Monday night the council agreed to hold a cake sale on the first Sunday of every month."
"""


def test_an_aside_whose_act_holds_only_a_pronoun_is_no_statement():
    stmts = statements_of(NEWSLETTER)
    assert not [s for s in stmts if s.content.strip().lower() in ("us", "them", "me")], [(s.speaker, s.content) for s in stmts]
