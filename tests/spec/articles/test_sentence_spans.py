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
