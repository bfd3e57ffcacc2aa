"""A day the speech verb itself takes ("..., saying on 22 March that", "telling the Gazette on 9
April that") dates the statement, over a day another act of the same stretch of text takes ("On
20 March a ferry began running ...") -- an encyclopaedia's note markers ("[2]") may run the two
sentences into one. Every article here is invented."""

from datetime import date

from tests.spec.invented import statements_of


def _day(stmts, fragment):
    return next(s for s in stmts if fragment in s.content).when_start


def test_the_saying_s_own_day_beats_the_sentence_before_it_across_a_note_marker():
    text = ("2024 Tarnby ferry dispute\n\nFrom Wikipedia, the free encyclopedia\n\n"
            "The 2024 Tarnby ferry dispute began after the bridge shut on 2 March 2024.[1]\n\n"
            "On 20 March a temporary ferry began running to the island, with a crossing time of 20 minutes.[2] "
            "The island's mayor, Rolf Tamm, described the first week as hard, saying on 22 March that "
            "\"nobody was left behind, and nobody will be\".[3]\n\nReferences\n\n"
            "1. ^ \"Bridge shut\". Tarnby Post. 2 March 2024.\n")
    assert _day(statements_of(text), "nobody was left behind") == date(2024, 3, 22)


def _times(text, *phrases):
    from index.models import Span

    return [(Span(text.index(p), text.index(p) + len(p)), p, False) for p in phrases]


def test_of_two_own_days_the_one_the_speech_verb_takes_comes_first():
    from index.statements.said_on import said_on_first

    text = ("On 20 March a temporary ferry began running to the island, with a crossing time of 20 minutes. "
            "The mayor described the first week as hard, saying on 22 March that nobody was left behind.")
    got = said_on_first(text, _times(text, "On 20 March", "on 22 March"))
    assert [t[1] for t in got] == ["on 22 March", "On 20 March"]


def test_telling_a_paper_on_a_day_comes_before_the_narrative_s_day():
    from index.statements.said_on import said_on_first

    text = ("Last Tuesday the county opened the new depot. Depot manager Yara Sundqvist welcomed it, "
            "telling the Gazette on Wednesday that hiring would double.")
    got = said_on_first(text, _times(text, "Last Tuesday", "on Wednesday"))
    assert [t[1] for t in got] == ["on Wednesday", "Last Tuesday"]


def test_a_day_of_another_act_keeps_its_place_when_no_speech_verb_takes_a_day():
    from index.statements.said_on import said_on_first

    text = "On 20 March the ferry began running, and on 22 March the mayor said it was full."
    got = said_on_first(text, _times(text, "On 20 March", "on 22 March"))
    assert [t[1] for t in got] == ["On 20 March", "on 22 March"]


def test_a_deadline_the_asking_sets_is_no_day_of_the_asking():
    from index.statements.said_on import said_on_first

    text = "The Gazette sent the questions to the candidates on 2 May and asked for written answers by 12 May."
    got = said_on_first(text, _times(text, "on 2 May", "by 12 May"))
    assert [t[1] for t in got] == ["on 2 May", "by 12 May"]
