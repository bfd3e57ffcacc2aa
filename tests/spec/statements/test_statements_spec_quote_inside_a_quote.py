"""A quotation inside a quotation: the sentence is the outer speaker's; the inner words are the inner speaker's.

Every article here is invented. 'X said: "The councillor stood here and told us, 'By Friday ...'"'
and '"The minister told them, and I'm quoting her, '...'," X says': the sentence is X's statement,
dated as X's words are; the inner words alone are the inner speaker's, who is the one person the
article gives that job (named before or after), else the job as written; a day inside the inner
words dates neither.
"""

from datetime import date

from tests.spec.invented import statements_of

DAILY = """Flooded road still closed after promise

Published 14 May 2025

Residents of Marrow Lane say the road has been shut for nine days.

"We have waited nine days now," Edwina Coltart said on Wednesday. "The councillor stood here last month and told us, 'By Friday, the road will be open.' Which Friday did he mean?"

Councillor Rufus Pengelly, who represents the ward, did not deny making the promise. He said he had repeated what highways engineers told him.
"""

RADIO = """Toll rise: the roads official responds

Posted 3 March 2026

Commuters will pay more on the Vukani bridge from Monday.

Zondiwe Mabuza, the city's roads official, says the minister raised the toll with the operator last year. "The minister told them, and I'm quoting her, 'Every cent on the toll is a cent off the bread,'" Mabuza says. "That hasn't changed."
"""


def _by_text(stmts, fragment):
    return [s for s in stmts if fragment in s.content]


def test_the_retold_sentence_is_the_residents_and_the_promise_the_named_councillors():
    stmts = statements_of(DAILY)
    outer = [s for s in _by_text(stmts, "stood here last month") if s.speaker == "Edwina Coltart"]
    assert outer, [(s.speaker, s.content) for s in stmts]
    inner = [s for s in stmts if s.content.startswith("By Friday")]
    assert [s.speaker for s in inner] == ["Rufus Pengelly"]
    assert inner[0].end - inner[0].start < 40  # the inner words alone, not the resident's sentence
    assert all(s.when_start == date(2025, 5, 14) for s in inner)  # "By Friday" dates nothing


def test_a_present_tense_retelling_keeps_the_outer_speaker_and_an_unnamed_inner_one():
    stmts = statements_of(RADIO)
    assert any(s.speaker.endswith("Mabuza") and "quoting her" in s.content for s in stmts)
    inner = [s for s in stmts if s.content.startswith("Every cent")]
    assert [s.speaker for s in inner] == ["The minister"]
    assert inner[0].end - inner[0].start < 60
