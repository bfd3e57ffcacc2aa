"""A quotation in single marks that runs on over two paragraphs after a closed one in the same
paragraph ('..., she said. 'Nobody ... / 'And another thing ...') is the same speaker's, as it is
in double marks; apostrophes ('tis, the '90s, rock 'n' roll, possessives s') open no quotation."""

import pytest

from tests.spec.invented import statements_of

CURLY = """Ferry crews vote to strike over rosters

Thursday 14 May 2026

By Brielle Varley

PORT ELLERAY \u2013 Harbour staff will walk out next week. The crews' organiser, Wenna Trask, spoke to them on Tuesday.

\u2018We have waited three years for a fair roster,\u2019 she told the crews. \u2018Nobody in the office has ever worked a night shift on the water.

\u2018And another thing: the rota was changed on a Friday, when the office was already shut.\u2019

The ferry company did not reply. Its boats date from the \u201990s and the skippers\u2019 pay has not risen since.

\u2018We play rock \u2019n\u2019 roll on the late boat,\u2019 said a deckhand, Jory Bosanko. Fans of the old songs come aboard at the quay and the bar stays open till the last crossing of the night.
"""

STRAIGHT = CURLY.replace("\u2018", "'").replace("\u2019", "'")


@pytest.mark.parametrize("text", [CURLY, STRAIGHT], ids=["curly", "straight"])
def test_a_run_on_after_a_closed_quotation_is_the_speakers(text):
    stmts = statements_of(text)
    said = {s.content: s.speaker for s in stmts}
    assert said.get("Nobody in the office has ever worked a night shift on the water") == "Wenna Trask", said
    assert [s.speaker for s in stmts if s.content.startswith("And another thing")] == ["Wenna Trask"], said


@pytest.mark.parametrize("text", [CURLY, STRAIGHT], ids=["curly", "straight"])
def test_apostrophes_open_no_quotation(text):
    stmts = statements_of(text)
    assert not any("Fans of the old songs" in s.content or "skippers" in s.content for s in stmts), \
        [(s.speaker, s.content) for s in stmts]
