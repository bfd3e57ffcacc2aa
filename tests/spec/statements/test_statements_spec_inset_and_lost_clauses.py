"""Statements the parser's tree hides: a that-clause it lost after "told X this morning", a
title-first lead with a quoted nickname, a cue set between commas inside the clause it reports,
an -es plural of a role ("coaches"). Invented articles."""

from datetime import date

from tests.spec.invented import statements_of, the_one, day_of

_RADIO = """Posted: 14 April 2026 | 4:05 pm

Chairman of the Westbrook Ferrymen's Guild, Osric "Dizzy" Fennelbrook, told Seawall FM this morning that around 30 of the guild's 90 launches had stayed in port since March.
"""

_RURAL = """Posted: 14 April 2026 | 4:05 pm

Chair of the Tollgate Growers Co-operative, Winifred "Wren" Ashdowne, told Valley Radio this morning that about 20 of the roughly 70 farms that sell at the market had not picked since the end of June.
"""

_RADIO_PLAIN = """Posted: 14 April 2026 | 4:05 pm

Secretary of the Lannock Pilots' Union, Quenna Everdeen, told Harbour Radio this morning that around 12 of the union's 40 pilots had been sent home since March.
"""


def test_a_title_first_lead_with_a_nickname_is_the_persons():
    stmts = statements_of(_RADIO)
    s = the_one(stmts, "around 30 of the guild's 90 launches")
    assert s.speaker == "Osric Fennelbrook"
    assert s.when_start == date(2026, 4, 14)
    assert the_one(statements_of(_RURAL), "about 20 of the roughly 70 farms").speaker == "Winifred Ashdowne"


def test_told_a_station_this_morning_that_keeps_the_clause():
    stmts = statements_of(_RADIO_PLAIN)
    assert the_one(stmts, "around 12 of the union's 40 pilots").speaker == "Quenna Everdeen"


_PREP_SITE = """Posted Thu, Mar 5, 2026 9:30 pm ET

Before the ruling, Brackenhurst was projected as the top seed; at 9-12, several coaches told this site, the team could fall to seventh or lower.
"""

_RUGBY_UK = """Published Saturday 7 February 2026

The club's hopes of promotion rest on Saturday. At the bottom of the table, two rival coaches told the Sentinel-Gazette, the league could yet be decided on points difference.
"""


def test_a_cue_inset_between_commas_reports_the_clause_after_it():
    stmts = statements_of(_PREP_SITE)
    s = the_one(stmts, "the team could fall to seventh or lower")
    assert s.speaker == "several coaches" and s.generic_speaker
    assert s.when_start == date(2026, 3, 5)  # (not "9-12", nor the day of the ruling)
    stmts = statements_of(_RUGBY_UK)
    s = the_one(stmts, "the league could yet be decided on points difference")
    assert s.generic_speaker and "coaches" in s.speaker


_PLAIN_SAID = """Published Saturday 7 February 2026

The new stand will not open until August, the club's chairman said on Friday.
"""


def test_a_trailing_cue_is_left_as_it_was():
    stmts = statements_of(_PLAIN_SAID)
    assert day_of(stmts, "The new stand will not open until August") == date(2026, 2, 6)


def _parsed(words, heads, deps, pos):
    """An invented sentence with the parse the model sometimes gives it (set by hand: the model's
    choice varies with the names)."""
    from spacy.tokens import Doc

    from index.statements.nlp import pipeline

    return Doc(pipeline().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_that_the_parser_hung_on_the_cue_still_opens_the_clause():
    from index.statements.attribution import _content

    words = ["Skipper", "Ione", "Vallender", "told", "the", "station", "this", "morning", "that", "around", "40",
             "boats", "that", "land", "there", "had", "stayed", "in", "."]
    heads = [2, 2, 3, 3, 5, 3, 7, 3, 3, 10, 8, 10, 13, 16, 13, 16, 11, 16, 3]
    deps = ["compound", "compound", "nsubj", "ROOT", "det", "dobj", "det", "npadvmod", "mark", "prep", "pobj",
            "prep", "det", "nsubj", "advmod", "aux", "relcl", "prt", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "DET", "NOUN", "SCONJ", "ADV", "NUM", "NOUN", "DET",
           "NOUN", "ADV", "AUX", "VERB", "ADP", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    toks, _ = _content(doc[3], doc[:], set(), {3}, doc[2])
    assert " ".join(t.text for t in toks).startswith("around 40 boats")
