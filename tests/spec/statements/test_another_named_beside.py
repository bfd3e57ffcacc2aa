""""Another, Given Middle Surname of Place, said his village council had ...": one more of the group
just told of, named beside "another" by commas, speaks (the statement was missed), and is the "He" of
the next sentence. Every article here is invented (a real country only as a setting)."""

from tests.spec.invented import speaker_of, statements_of

ECHO = """THE NUKU'ALOFA ECHO
Tonga's independent voice

Local

Villages told to pen goats

By Teuila Fanene
3 October 2026, 7:30PM

Not all the village heads were convinced. The head of one of the villages, who did not want to be named, said after the meeting that households would not pen goats if pens meant paying for them. "People will just say the goat is not theirs," he said.

Another, Tavake Losefo Amituanga of Nukunuku, said his village council had already banned loose goats in 2023 and fined owners two pigs for a second offence. He said the fines worked better than any pen.
"""


def test_the_one_named_beside_another_speaks():
    stmts = statements_of(ECHO)
    assert speaker_of(stmts, "already banned loose goats") == "Tavake Losefo Amituanga"
    assert speaker_of(stmts, "worked better than any pen") == "Tavake Losefo Amituanga"


def test_another_with_no_name_beside_it_is_left_alone():
    from index.statements.nlp import pipeline
    from index.statements.speakers_np import _named_one_more

    doc = pipeline()("Another, who asked not to be named, said the fines had worked.")
    assert _named_one_more(doc[0]) is None
