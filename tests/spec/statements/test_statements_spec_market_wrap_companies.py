"""A market wrap names a company in every sentence. A description of a company in the sentence
that names it ("X jumped after the junior miner said") is that company, not a person whose job
word matches nor the company the sentence before named; "The company" and "It" of the next
sentences stay with it. A share price's move ("Y added 1.9%") is no one's words."""

from tests.spec.invented import speaker_of, statements_of

WRAP = """HARBOUR DESK | MARKETS

CLOSE: Miners lead as Tarrowby Copper soars; Kelderwick Foods slides

3 June 2024 | 17:45
By Odilia Marcotti-Suvande

The all share index closed 0.9% higher on Monday as metal prices firmed.

Tarrowby Copper was the day's biggest gainer, jumping 21% after the junior miner said early on Monday that its Brackwenna project had returned "the widest intersection we have drilled".

"A good hole is still only a hole," said Fernand Oyebanji-Stark, a mining analyst at Quennell Securities.

Among the majors, Orrinder Platinum rose 2.1% and Bexwold Gold added 1.9%.

Retailers were mixed. Pendle Home eased 0.4% while Carrack Stores gained 1.2% after saying it would open 25 new stores next year.

At the other end of the board, Kelderwick Foods fell 9.2% after the snacks group warned in a trading statement that half-year profit would be about a third lower.

The company blamed higher wheat costs and a recall of two crisp lines. It said the recalled lines would be back on shelves "by the end of August".
"""


def test_a_description_in_the_sentence_that_names_the_company_is_that_company():
    stmts = statements_of(WRAP)
    assert speaker_of(stmts, "widest intersection we have drilled") == "Tarrowby Copper"
    assert speaker_of(stmts, "half-year profit would be about a third lower") == "Kelderwick Foods"


def test_the_company_and_it_in_the_next_sentences_stay_with_it():
    stmts = statements_of(WRAP)
    assert speaker_of(stmts, "higher wheat costs") == "Kelderwick Foods"
    assert speaker_of(stmts, "back on shelves") == "Kelderwick Foods"


def test_a_share_price_move_is_no_statement():
    stmts = statements_of(WRAP)
    assert not any(s.speaker == "Bexwold Gold" for s in stmts), [(s.speaker, s.content) for s in stmts]


def test_a_share_price_move_before_the_cue_dates_nothing():
    from datetime import date

    from tests.spec.invented import day_of

    assert day_of(statements_of(WRAP), "half-year profit would be about a third lower") == date(2024, 6, 3)


def test_the_speakers_own_after_clause_is_no_event_the_words_were_said_at():
    from tests.spec.invented import the_one

    when = the_one(statements_of(WRAP), "half-year profit would be about a third lower").when_text
    assert not (when or "").startswith("after the"), when


def test_a_company_that_moved_after_saying_something_said_it():
    assert speaker_of(statements_of(WRAP), "open 25 new stores") == "Carrack Stores"


def test_a_deed_after_a_participle_with_no_clause_is_no_statement():
    text = "Published: 3 June 2024\n\nOswin Tarraday, 44, was sentenced at Lowfield Crown Court yesterday after admitting 14 counts of fraud.\n"
    assert not statements_of(text), [(s.speaker, s.content) for s in statements_of(text)]
