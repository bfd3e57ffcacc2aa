"""When-questions of ordinary news:
- "what date is the final?" is answered by the final still to come, its weekday resolved against the
  report's date ("will meet ... in the final on Wednesday"), not by the semi-final just played, even
  with the league named in full before "final";
- "when did the hillside collapse?" is answered by "the slope gave way at 2:40 a.m. on Tuesday" in the
  story naming the place, not by another story's "the deal collapsed";
- "Sto. Cristo", "Sta. Maria": a place abbreviation with a full stop does not end the sentence."""

from tests.spec.answering.apps import app_fixture, articles_fixture
from tests.spec.answering.asks import answers, ask, table
from index.chunking import sentence_spans

CRICKET = """Rahul's 81 takes Lions into final

Published: 9th February 2026 07:10 AM

PUNE, Feb 8: Opener Rahul Deshmane made 81 as Deccan Lions beat Kolbrand Kings by five wickets in the first semi-final of the Western Plains T20 League at the Gahunje stadium on Sunday.

The Lions will meet Vidarbha Tigers in the final at the same venue on Thursday. The winners take home Rs 1 crore.

League chairman Sunil Patwardhan said the league would add two teams next season.
"""

RUGBY = """Harbour edge Cliffside to book cup final spot

By Nia Pryce, Sports Reporter | Monday, 6 October 2025

Harbour RFC beat Cliffside 21-18 in Saturday's County Cup semi-final at Mill Lane.

Harbour will face Eastbrook in the final at Mill Lane on Saturday, coach Owen Tregarth said.
"""

SLIDE = """Landslide buries homes in hill village

Published July 24, 2025

LEGAZPI CITY — Rescuers dug through mud on Wednesday after a landslide buried nine houses.

The slope above Sitio Malinao in Barangay Cabangan, in the town of Sto. Rosario, gave way at around 3:10 a.m. on Tuesday after two days of rain, officials said.
"""

FRAUD = """Tuition boss jailed

Published 8 October 2025

The owner said a planned investment would save the business. The deal collapsed in August 2023.
"""

cricket = app_fixture("lions_final.txt", CRICKET)
rugby = app_fixture("harbour_cup.txt", RUGBY)
slide = articles_fixture({"slide.txt": SLIDE, "fraud.txt": FRAUD})

test_days_ahead = table(answers, [
    ask("cricket", "what date is the Western Plains T20 League final", "12 February", lacking="semi-final",
        id="the_final_ahead_not_the_semi_final"),
    ask("cricket", "When is the final?", "12 February", id="a_bare_final_ahead"),
    ask("rugby", "When is the County Cup final?", "11 October", id="the_cup_final_ahead"),
    ask("slide", "When did the hillside above Sitio Malinao collapse?", "gave way", lacking="deal",
        id="gave_way_is_the_collapse_in_the_named_place"),
])


def test_a_place_abbreviation_does_not_end_the_sentence():
    text = "The slope above Sitio Malinao, in the town of Sto. Rosario, gave way on Tuesday. Sta. Maria Mayor Ana Cruz said so."
    assert len(sentence_spans(text)) == 2
