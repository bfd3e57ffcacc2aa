"""Does the answer to a how-many question count another thing, never naming the thing asked?

    How many scrums did they lose?      "lost seven of their own lineouts"      lineouts, not scrums
    How many teachers did it follow?    "followed more than 11,000 students"    students, not teachers
    How many goats have wolves killed?  "killed 63 sheep and two calves"        sheep and calves

Such a sentence is on the topic and holds a number, but the number is of something else: a near miss,
declined. A paraphrase of the thing ("pupils" for "students", "trucks" for "lorries") is near it in
meaning and still answers; without word vectors to tell that, nothing is declined.
"""

from __future__ import annotations

import re

from bot.answering.alike import NoAlike
from bot.answering.other_counted import counts_other
from bot.answering.parsing import parse

# Below the embedder's "same thing" line (0.5): a noun this near the one asked may still be a way of
# writing it, and is left to answer.
NEAR = 0.42


def counts_another_thing(q, texts: list[str], alike) -> bool:
    if alike is None or isinstance(alike, NoAlike) or q.kind != "how-many" or q.asks != "amount" or not q.counted_word:
        return False
    if not texts:
        return False
    return all(_other(text, q, alike) for text in texts)


def _other(text: str, q, alike) -> bool:
    doc = parse(text)
    nouns = {t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN")}
    # "own lineouts" for "lineouts": a noun chunk is matched as well as its words
    chunks = {" ".join(t.lower_ for t in nc if not t.like_num and t.pos_ not in ("DET", "NUM", "PRON")) for nc in doc.noun_chunks}
    chunks.discard("")
    asked = q.counted_word.lower()
    m = re.search(rf"\bhow (?:many|much)\s+((?:[\w'\-]+\s+){{0,3}}?{re.escape(asked)})\b", q.text.lower())
    phrase = m.group(1) if m else asked
    if phrase != asked:
        return False  # "close calls" / "near misses": a thing of several words is paraphrased past what vectors tell
    alike.prefetch((asked, phrase, *nouns, *chunks))
    if any(alike.similarity(asked, n) >= NEAR for n in nouns) or any(alike.similarity(phrase, c) >= NEAR for c in chunks):
        return False  # the sentence names the thing asked, or a word for it
    return counts_other(text, q, alike, named=False)
