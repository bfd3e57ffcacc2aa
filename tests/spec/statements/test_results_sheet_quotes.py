"""Organisers' "flash quotes" and mixed-zone sheets: each finisher's results line (place, name with
the surname in capitals, country code, result) over her quotation paragraphs, with no speech
verb. The quotations are the finisher's, so is one after the question put to her ("On the
record: "..."", "Asked about ...: "...""), up to the next results line. Every article here is invented."""

from tests.spec.invented import speaker_of, statements_of

_SWIM = (
    "PACIFIC RIM SWIMMING OPEN\nFLASH QUOTES\nMen's 200m Butterfly - Final - 14.03.2026\n\n"
    "1. Kaito BRENNAN-OKAFOR (AUS) 1:53.40 CR\n\n"
    '"The last fifty hurt more than anything I have done in a pool. I wanted this one for my mum."\n\n'
    'On the championship record: "I had no idea until I looked up at the board."\n\n'
    "2. Ruben DELACOUR-VANE (NZL) 1:54.02\n\n"
    '"Silver is fine. I was ill all week, so I will take it."\n'
)

_SKI = (
    "Mixed zone - Women's giant slalom - 2 February 2026\n\n"
    "3. Liesl ORTHWAITE-BERG (AUT) +0.45\n\n"
    '"The second run was a fight from the first gate. I nearly went out at the bottom."\n\n'
    'Asked about reports that she will retire this season: "That is not true. I will race next winter."\n\n'
    "4. Nadja KVERNELAND (NOR) +0.61\n\n"
    '"Fourth again. I am tired of fourth."\n'
)


def test_a_finisher_s_quotations_are_hers():
    stmts = statements_of(_SWIM)
    assert "BRENNAN-OKAFOR" in speaker_of(stmts, "wanted this one for my mum").upper()
    assert "DELACOUR-VANE" in speaker_of(stmts, "ill all week").upper()


def test_a_quotation_after_the_question_put_to_her():
    assert "BRENNAN-OKAFOR" in speaker_of(statements_of(_SWIM), "no idea until").upper()
    stmts = statements_of(_SKI)
    assert "ORTHWAITE-BERG" in speaker_of(stmts, "race next winter").upper()
    assert "KVERNELAND" in speaker_of(stmts, "tired of fourth").upper()
