"""Sentence boundaries: abbreviations in names, titles and wire datelines never end a sentence."""
import pytest

from index.chunking import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentence_spans(text)]


@pytest.mark.parametrize("lede", [
    "HARLOW, Sept. 14 (AP) — Hundreds of nurses walked out on Thursday.",
    "OSLAND, Jan. 3 (Reuters) - The central bank held rates.",
    "Gen. Amos Tarrow said the drill was routine.",
    "Talks were hosted by U.S. Trade Representative Ina Vell.",
])
def test_an_abbreviation_inside_a_sentence_does_not_split_it(lede):
    assert _sentences(lede + " A second sentence follows.") == [lede, "A second sentence follows."]


def test_spans_are_offsets_into_the_text():
    text = "Intro. VELDEN, Aug. 2 (AP) — Workers struck."
    spans = sentence_spans(text, offset=100)
    assert [(s.start - 100, s.end - 100) for s in spans] == [(0, 6), (7, len(text))]


def test_a_state_abbreviation_before_a_wire_tag_stays_in_the_dateline():
    lede = "SALEM, Ore. (AP) — Pupils slept longer after the bell moved, a study found."
    assert _sentences(lede + " It was published Wednesday.") == [lede, "It was published Wednesday."]


def test_a_time_of_day_abbreviation_before_a_lower_case_word_does_not_split():
    text = "The bell moved to 8:45 a.m. last year, the district said. It rang at 7:30 a.m. Pupils were late."
    assert _sentences(text) == [
        "The bell moved to 8:45 a.m. last year, the district said.", "It rang at 7:30 a.m.", "Pupils were late.",
    ]


def test_a_turn_label_in_capitals_is_not_cut_after_its_title():
    assert _sentences("MS. BRENNOCK: We think it is funded. We will ask.") == ["MS. BRENNOCK: We think it is funded.", "We will ask."]
    assert _sentences("She was diagnosed with MS. Doctors said it was mild.") == [
        "She was diagnosed with MS.", "Doctors said it was mild."]


@pytest.mark.parametrize("title", ["Coun.", "Cllr.", "Capt.", "Atty.", "Rev."])
def test_a_dotted_title_before_a_name_does_not_end_the_sentence(title):
    # The correction's sentence names whom it misquoted: cut after the title, the name is in no sentence of its own.
    lede = f"A story on the ferry levy misquoted {title} Odile Fenwarrow."
    assert _sentences(lede + " The Courier regrets the error.") == [lede, "The Courier regrets the error."]
