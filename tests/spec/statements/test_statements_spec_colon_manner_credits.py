"""A quotation after a colon whose credit describes the speaker's manner, with no speech verb:
"Coach Ann Roe was gracious, if clearly hurting: "..."", "The minister was blunt: "..."". The
words are the copula's subject's: a name, a role the story named, a pronoun. Invented stories."""

from tests.spec.invented import statements_of

_STORY = """Rovers beaten in the county final

Posted Sunday, April 5, 2026

Marsh Rovers lost the county cup final 3-1 to Fellside on Saturday afternoon.

{credit}: "We gave away two soft goals in the first half and you cannot do that in a final. I am proud of the way the players kept going."

Fellside will play in the regional cup in August.
"""


def _speakers(stmts):
    return {s.speaker for s in stmts if "two soft goals" in s.content}


def test_a_named_speaker_described_before_the_colon():
    stmts = statements_of(_STORY.format(credit="Rovers manager Brielle Okonedo was gracious, if clearly hurting"))
    assert _speakers(stmts) == {"Brielle Okonedo"}


def test_a_role_the_story_named_described_before_the_colon():
    text = _STORY.replace("on Saturday afternoon.", "on Saturday afternoon, the manager, Brielle Okonedo, said after the match.")
    stmts = statements_of(text.format(credit="The manager was blunt"))
    assert _speakers(stmts) == {"Brielle Okonedo"}


def test_a_colon_after_a_description_of_no_one_credits_no_one():
    stmts = statements_of(_STORY.format(credit="The mood in the stand was grim"))
    assert not any(s.speaker and "mood" in s.speaker for s in stmts if "two soft goals" in s.content)


def test_a_speaker_who_sounded_so_before_the_colon():
    stmts = statements_of(_STORY.format(credit="Rovers manager Brielle Okonedo sounded weary"))
    assert _speakers(stmts) == {"Brielle Okonedo"}
