"""A headline or deck that credits its words ("Growers say frost cost half the crop", '"We are
forgotten," say islanders', "Ferry stays in port as inspector warns of rust") is a statement of the
one it names, made public on the page's day: a body the story names by that word, else the
headline's own word. A headline that credits no one is no statement. Invented stories."""

from datetime import date

from tests.spec.invented import statements_of

_STORY = """THE UPLAND GAZETTE

Tuesday, May 12, 2026

{headline}
{deck}

By Ines Calloway

The Tarrow Valley Growers' Federation said on Monday that a late frost had destroyed about half of this year's apple crop in the valley.

"We have not seen a May like it in thirty years," said the federation's chair, Morundy Brand.
"""


def _heads(stmts):
    return {s.content: s for s in stmts if s.content.startswith(("Growers", '"We are', "inspector"))}


def test_a_deck_crediting_a_body_the_story_names_is_the_body_s():
    stmts = statements_of(_STORY.format(headline="Frost hits Tarrow Valley orchards", deck="Growers say frost cost half the crop"))
    found = [s for s in stmts if "frost cost half the crop" in s.content]
    assert len(found) == 1 and "Growers" in found[0].speaker
    assert found[0].when_start == date(2026, 5, 12)


def test_a_headline_crediting_its_quotation_after_it():
    stmts = statements_of(_STORY.format(headline="Frost hits Tarrow Valley orchards", deck='"We are forgotten," say islanders'))
    found = [s for s in stmts if "We are forgotten" in s.content]
    assert len(found) == 1 and found[0].speaker == "islanders"


def test_a_headline_crediting_as_it_goes():
    stmts = statements_of(_STORY.format(headline="Ferry stays in port as inspector warns of rust", deck="Repairs could take a month"))
    found = [s for s in stmts if "warns of rust" in s.content]
    assert len(found) == 1 and found[0].speaker == "inspector"


def test_a_headline_crediting_no_one_is_no_statement():
    stmts = statements_of(_STORY.format(headline="Frost hits Tarrow Valley orchards", deck="Half the crop lost in a night"))
    assert not any("Half the crop lost" in s.content or "Frost hits" in s.content for s in stmts)


def test_a_headline_noun_before_a_verb_is_no_speaker():
    stmts = statements_of(_STORY.format(headline="Minister rejects claim that frost aid is late", deck="Repairs could take a month"))
    assert not any("frost aid" in s.content for s in stmts)
