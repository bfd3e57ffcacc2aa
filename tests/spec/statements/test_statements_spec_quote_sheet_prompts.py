"""A team's post-game quote sheet: each speaker's name as a heading in capitals, then topic prompts
("On the loss:") each over a quotation.

Every article here is invented. The quotations are the heading's speaker's; the prompts are the
sheet's, no one's words.
"""

from tests.spec.invented import statements_of, the_one

SHEET = """KESTON FALCONS POSTGAME QUOTES
Falcons 2, Dunmere Wolves 3 (OT)
Friday, January 16, 2026

HEAD COACH RUAIRI CALLAGHAN

On the overtime goal:
"We lost the faceoff and we lost our shape. That can't happen in overtime."

On the penalty kill:
"It was the best part of our night. Six kills out of six."

DEFENCEMAN NIKLAS VOGELSANG

On his return from injury:
"My legs felt heavy in the third. I'll be sharper on Sunday."
"""


def test_a_topic_prompt_is_no_ones_words():
    stmts = statements_of(SHEET)
    assert not [s for s in stmts if s.content.strip().startswith("On the") or s.content.strip().startswith("On his")]


def test_the_quotation_under_a_prompt_is_the_headings_speakers():
    stmts = statements_of(SHEET)
    assert the_one(stmts, "We lost the faceoff").speaker == "Ruairi Callaghan"
    assert the_one(stmts, "My legs felt heavy").speaker == "Niklas Vogelsang"
