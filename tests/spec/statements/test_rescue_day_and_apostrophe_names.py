"""A rescue's day from the lead ("launched on Sunday afternoon (12 May)") for what was said at the
scene: "The caller, X, ..., told the crew when they returned that ..." (the told clause after a time
clause), "One of the kayakers, who asked not to be named, said at the harbour afterwards: '...'";
a crew post before a name ("Helm X said") is no part of it. And a name opening with an apostrophe
(a Sesotho prefix, "'Mamotsamai Tsehlo") is a name, not a quotation mark. Invented stories."""

from datetime import date

_RESCUE = """Lifeboat crew rescue kayakers cut off by tide

The volunteer crew of Hallbeck lifeboat station launched on Sunday afternoon (12 May) after a member of the public saw two kayakers cut off by the tide below the cliffs and called 999.

The inshore lifeboat reached the pair within 15 minutes and brought them back to the harbour.

The caller, Derwin Ashmole, who was walking his dog on the cliff path, told the crew when they returned that he had lost sight of the kayakers twice in the swell.

One of the kayakers, who asked not to be named, said at the harbour afterwards: "We misjudged the tide completely. We are very grateful."

Helm Wenna Farrance said: "The pair did the right thing by staying with their kayaks."
"""

_MEETING = """Villagers reject plan to move graves for dam

Villagers have rejected a plan to move a cemetery, speaking at a pitso called by the area chief last Saturday.

Thabo Lerotholi, who farms beside the river, told the pitso that the families had not been consulted.

'Mamotsamai Tsehlo, 58, who keeps a vegetable garden near the cemetery, told the pitso that she had already sold 40 bags of maize to pay for a lawyer.

'M'e Tsehlo said the women of the village would not move.
"""


def test_words_at_the_scene_take_the_rescues_day(statements, one):
    stmts = statements(_RESCUE, published=date(2024, 5, 16))
    caller = one(stmts, "lost sight of the kayakers")
    assert caller.speaker == "Derwin Ashmole" and caller.when_start == date(2024, 5, 12)
    kayaker = one(stmts, "misjudged the tide")
    assert kayaker.speaker.startswith("One of the kayakers") and kayaker.when_start == date(2024, 5, 12)
    assert one(stmts, "staying with their kayaks").speaker == "Wenna Farrance"


def test_a_name_opening_with_an_apostrophe_is_its_own_speaker(statements, one):
    stmts = statements(_MEETING)
    st = one(stmts, "40 bags of maize")
    assert st.speaker == "Mamotsamai Tsehlo" and "58" not in st.content
