"""A how-many answer holds a number that counts the thing asked about, even when the article
names that thing with another word ("homes" for "houses"), and an exact count beats "hundreds"."""

import numpy as np

from bot.answering.alike import Alike
from bot.answering.checks import check_types
from bot.answering.question import analyse
from tests.spec.invented import candidates_of_paragraphs


class WordEmbedder:
    """A deterministic embedder: words of one group share a direction, others are apart."""

    model_id = "test-words"
    GROUPS = [{"houses", "homes", "dwellings"}, {"hectares", "acres"}, {"trucks", "lorries"}]

    def embed(self, texts):
        out = []
        for t in texts:
            v = np.zeros(8, dtype=np.float32)
            k = next((i for i, g in enumerate(self.GROUPS) if t.lower() in g), None)
            v[k if k is not None else 3 + hash(t) % 5] = 1.0
            out.append(v)
        return np.array(out)


def _scored(question: str, paragraphs: list[str]) -> list[tuple[str, float]]:
    candidates = candidates_of_paragraphs(paragraphs)
    for c in candidates:
        c.score = 1.0
    check_types(analyse(question), candidates, {}, lambda _t: 1.0, Alike(WordEmbedder()))
    return [(c.text, c.score) for c in candidates]


def test_a_count_of_the_thing_under_another_name_is_kept():
    scores = dict(_scored("How many houses did the flood destroy?", [
        "The flood destroyed at least 37 homes along the river, the council said.",
        "Water covered 1,200 hectares of farmland.",
    ]))
    homes, farmland = scores.values()
    assert homes > farmland and homes == 1.0


def test_an_exact_count_beats_a_vague_one():
    scores = list(_scored("How many trucks were turned back at the border?", [
        "Hundreds of trucks were turned back at the border, drivers said.",
        "Customs officers said 214 lorries had been turned back since Monday.",
    ]))
    (_, vague), (_, exact) = scores
    assert exact > vague
