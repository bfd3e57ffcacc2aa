"""An unnamed spokesman for a named body ("A spokesman for the X Society, a charity for ..., said")
goes on speaking in the "he said" and "He declined to say" after him: those are not the words of
the last person the story named. Every article is invented."""

from tests.spec.invented import statements_of, the_one

ORCHIDS = """Rare orchids stolen from reserve

By Ena Fallon

Thirty orchids were dug up on Tuesday, the trust said.

Dennis Moult, the trust's volunteer warden, said he had seen a man with a torch on the reserve late on Tuesday.

"I kicked myself when I heard," the 74-year-old said.

A spokesman for the Botanical Society of the North, a charity for plant recorders, said thefts of native orchids had risen since the pandemic.

"Some people clearly see a photograph as a shopping list," he said.

He declined to say whether the society would stop publishing exact locations.
"""


def test_the_he_after_an_unnamed_spokesman_is_the_spokesman():
    stmts = statements_of(ORCHIDS)
    for words in ("risen since the pandemic", "shopping list", "stop publishing"):
        assert "Botanical Society of the North" in the_one(stmts, words).speaker, words
    assert the_one(stmts, "kicked myself").speaker == "Dennis Moult"
