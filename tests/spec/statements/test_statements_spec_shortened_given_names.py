"""A given name written short with a point ("Regional Director Ma. Corazon Villadiego", Ma. for
Maria): the point ends neither the sentence nor the name, so the speaker is the one person named,
not a second speaker "Regional Director Ma". After a given name the same word is a surname that
may end a sentence ("said chief executive Lin Ma. The company ..."). Every article is invented."""

from tests.spec.invented import contents_by_speaker, speaker_of, statements_of

STOCKS = """---
title: Rice stocks steady in Tarlo province
date: 2025-03-04
---

Rice stocks in the province will last until June, the regional office said on Monday.

"We have enough rice for the next three months," said Regional Director Ma. Corazon Villadiego of the agriculture office.

"The seed is already in the warehouses," Villadiego said.
"""

FIRM = """---
title: Lamp maker grows
date: 2025-03-04
---

Shares in the lamp maker rose on Monday.

"Sales will grow this year," said chief executive Lin Ma. The company also hired staff.

"We are hiring," Ma said.
"""


def test_a_shortened_given_name_after_a_job_is_one_speaker():
    stmts = statements_of(STOCKS)
    assert speaker_of(stmts, "enough rice") == "Corazon Villadiego"
    assert not any(s.endswith(" Ma") or s == "Ma" for s in contents_by_speaker(stmts))


def test_the_same_word_after_a_given_name_is_a_surname_ending_the_sentence():
    stmts = statements_of(FIRM)
    assert speaker_of(stmts, "Sales will grow") == "Lin Ma"
    assert speaker_of(stmts, "We are hiring") == "Lin Ma"
