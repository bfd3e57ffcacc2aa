"""A court's press summary cites the judgment's paragraphs after each point it reports: "Lady X
rejects that argument. The purpose of the section is to protect tenants [34]. A notice that ...
does not satisfy the section [38]." The sentences after a judge's act, in the same paragraph, that
carry a paragraph reference and have no speaker of their own are that judge's reasoning, told in
the summary's words: the judge's statements. Only in a text that cites paragraphs like that at
least three times (a web page's footnote marker "[1]" now and then is no summary).
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw

# "... to protect tenants [34].", "... [38]": a paragraph number in square brackets closing the sentence
_REF = re.compile(r"\s*\[\d{1,4}\]\s*[.;]?\s*$")
_ONLY_REF = re.compile(r"^\s*\[\d{1,4}\]\s*[.;]?\s*$")
_MIN_REFS = 3


def read(docs, bases: list[int], raws: list[Raw]) -> list[Raw]:
    """The judges' unattributed reasoning sentences of a paragraph-citing summary."""
    sents = [(pi, k, span, sent.start_char, sent.end_char, sent.text)
             for pi, (span, doc) in enumerate(docs) for k, sent in enumerate(doc.sents)]
    if sum(1 for *_, said in sents if _REF.search(said)) < _MIN_REFS:
        return []
    said = {r.sentence for r in raws}
    out: list[Raw] = []
    for i, (pi, k, span, start, end, words) in enumerate(sents):
        sno = bases[pi] + k
        ref = _REF.search(words)
        cut = ref.start() if ref else len(words.rstrip())
        if ref is None and i + 1 < len(sents) and sents[i + 1][0] == pi and _ONLY_REF.match(sents[i + 1][5]):
            ref = True  # "... made no difference to that" / "[35].": the parser splits the reference off
        if ref is None or sno in said or cut < 20:
            continue
        before = [r for r in raws if r.paragraph == pi and r.sentence < sno and not r.speaker.generic]
        if not before:
            continue
        last = max(before, key=lambda r: r.sentence)
        a = span.start + start
        out.append(Raw(speaker=last.speaker, act="said", content=Span(a, a + cut), quote_type="indirect",
                       span=Span(a, span.start + end), sentence=sno, paragraph=pi, continued=True, source=last))
    return out
