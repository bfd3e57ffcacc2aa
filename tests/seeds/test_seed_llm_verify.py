"""bot.llm.verify: which sentences of a model's answer survive, measured on seed paragraphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.llm.prompts import CANNOT_ANSWER
from bot.llm.sentences import render, split_sentences
from bot.llm.verify import COS_MIN, LEX_MIN, Verifier, verify
from index.embeddings import OnnxMiniLMEmbedding

DATA = Path(__file__).resolve().parents[1] / "data" / "verify_claims.jsonl"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"

CHECKPOINTS = (
    "Russian Foreign Minister Sergey Lavrov said Tuesday that there would not be checkpoints on the "
    "Lachin Corridor, opposing Azerbaijan’s insistence for such a mechanism on the road that it has been "
    "blockading since December 12."
)
POPULATION = "Due to the blockade, the mountainous region of some 120,000 people lacks food, medicine and fuel."


@pytest.fixture(scope="module")
def embedder():
    return OnnxMiniLMEmbedding()


def seed_paragraphs() -> dict[str, list[str]]:
    return {p.name[:3]: [ln for ln in p.read_text().split("\n") if ln.strip()] for p in SEEDS.glob("*.txt")}


def labelled() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]


def kept(row: dict, paragraphs: dict, embedder) -> bool:
    paras, i = paragraphs[row["article"]], row["paragraph"]
    verifier = Verifier([paras[i]], embedder, [paras[i - 1] if i else ""])
    return verifier.check(row["claim"] + " [1]").claim is not None


def test_the_thresholds_are_the_measured_ones():
    assert (LEX_MIN, COS_MIN) == (0.7, 0.6)


def test_every_supported_paraphrase_in_the_labelled_set_is_kept(embedder):
    paragraphs = seed_paragraphs()
    rows = [r for r in labelled() if r["label"] == "supported"]
    assert len(rows) == 37
    assert [r["claim"] for r in rows if not kept(r, paragraphs, embedder)] == []


def test_every_unsupported_claim_in_the_labelled_set_is_dropped(embedder):
    paragraphs = seed_paragraphs()
    rows = [r for r in labelled() if r["label"] == "unsupported"]
    assert len(rows) == 35
    assert [r["claim"] for r in rows if kept(r, paragraphs, embedder)] == []


def test_a_supported_sentence_is_kept_with_its_citation(embedder):
    result = verify("Lavrov said there would not be checkpoints on the Lachin Corridor [1].", [CHECKPOINTS], embedder)
    assert result.text == "Lavrov said there would not be checkpoints on the Lachin Corridor [1]."
    assert result.citations_used == [1] and result.dropped == []


def test_an_out_of_range_citation_is_removed_from_a_kept_sentence(embedder):
    result = verify("Lavrov said there would not be checkpoints on the Lachin Corridor [1][4].", [CHECKPOINTS], embedder)
    assert result.text.endswith("Corridor [1].")


def test_a_sentence_citing_only_missing_passages_is_dropped(embedder):
    result = verify("Lavrov said there would not be checkpoints on the Lachin Corridor [3].", [CHECKPOINTS], embedder)
    assert result.text == "" and len(result.dropped) == 1


def test_a_sentence_without_a_citation_is_dropped(embedder):
    assert verify("Lavrov said there would be no checkpoints.", [CHECKPOINTS], embedder).text == ""


def test_a_wrong_number_is_dropped(embedder):
    assert verify("The region of some 200,000 people lacks food, medicine and fuel [1].", [POPULATION], embedder).text == ""


def test_a_dropped_negation_is_caught(embedder):
    assert verify("Lavrov said there would be checkpoints on the Lachin Corridor [1].", [CHECKPOINTS], embedder).text == ""


def test_a_second_citation_that_adds_nothing_is_removed(embedder):
    result = verify("The region of some 120,000 people lacks food, medicine and fuel [1][2].", [POPULATION, CHECKPOINTS], embedder)
    assert result.citations_used == [1]


def test_the_sentinel_is_reported_as_cannot_answer(embedder):
    result = verify(CANNOT_ANSWER, [CHECKPOINTS], embedder)
    assert result.cannot_answer and result.text == ""


def test_verification_works_without_an_embedder():
    result = verify("Lavrov said there would not be checkpoints on the Lachin Corridor [1].", [CHECKPOINTS], None)
    assert result.citations_used == [1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said so [1]. She agreed [2].", ["He said so [1].", "She agreed [2]."]),
        ("He said so. [1] She agreed. [2][3]", ["He said so. [1]", "She agreed. [2][3]"]),
        ("U.S. envoy Karen Donfried called Mr. Mirzoyan [1].", ["U.S. envoy Karen Donfried called Mr. Mirzoyan [1]."]),
        ("“No checkpoint is envisioned,” Lavrov said [1]. Fine [2].", ["“No checkpoint is envisioned,” Lavrov said [1].", "Fine [2]."]),
        ("- First point [1].\n- Second point [2].", ["First point [1].", "Second point [2]."]),
        ("On Dec. 12 the road was blocked [1].", ["On Dec. 12 the road was blocked [1]."]),
    ],
)
def test_answers_split_into_sentences_with_their_citations(text, expected):
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("body", "cites", "expected"),
    [
        ("He said so.", [1], "He said so [1]."),
        ("Did he say so?", [1, 2], "Did he say so [1][2]?"),
        ("“No checkpoint is envisioned,” he said", [2], "“No checkpoint is envisioned,” he said [2]."),
        ("He said: “it is not envisioned.”", [1], "He said: “it is not envisioned.” [1]"),
    ],
)
def test_citations_are_rendered_at_the_end_of_each_sentence(body, cites, expected):
    assert render(body, cites) == expected


@pytest.mark.parametrize("marks", ["[1, 2]", "[1-2]", "[1][2]", "[1; 2]"])
def test_citation_lists_and_ranges_are_understood(marks, embedder):
    text = f"The region of some 120,000 people lacks food, medicine and fuel {marks}."
    assert verify(text, [POPULATION, POPULATION], embedder).citations_used == [1, 2]
