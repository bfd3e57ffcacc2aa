"""Paragraph- and sentence-aware chunks, through LlamaIndex's node parsers.

A chunk never crosses a paragraph. Long paragraphs are split by LlamaIndex's
SentenceSplitter, sized so a chunk fits the embedder's 256-token window. Offsets are
recovered by locating each piece in the original paragraph, so citations stay verbatim.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from index import labelled_lines
from index.models import Article, Chunk, Span
from index.name_abbreviations import shortened_given_name
from index.vocabulary import vocabulary

# SentenceSplitter counts tiktoken tokens; MiniLM's WordPiece needs up to ~1.3x as many,
# so 180 keeps a chunk under the embedder's 256-token window.
CHUNK_TOKENS = 180


@lru_cache(maxsize=1)
def _splitter():
    from llama_index.core.node_parser import SentenceSplitter

    return SentenceSplitter(chunk_size=CHUNK_TOKENS, chunk_overlap=0, include_metadata=False)


def _pieces(para_text: str) -> list[str]:
    """The paragraph as SentenceSplitter cuts it. One that fits CHUNK_TOKENS is returned whole by
    the splitter (stripped): that is told here with the splitter's own tokenizer, so an ingest
    whose paragraphs all fit never imports llama_index.core (1.3 s of CPU, most of adding one
    article)."""
    if len(para_text) <= 400 or len(_splitter_tokens()(para_text)) <= CHUNK_TOKENS:
        return [para_text]
    # (the splitter's own Punkt scan has the same 5 s limit: a huge paragraph goes in blocks, below)
    return [piece for _, block in _blocks(para_text) for piece in _splitter().split_text(block)]


@lru_cache(maxsize=1)
def _splitter_tokens():
    """SentenceSplitter's default tokenizer (llama_index.core.utils.get_tokenizer): tiktoken's
    encoding for gpt-3.5-turbo, read from the copy LlamaIndex ships (nothing is downloaded)."""
    import importlib.util
    import os

    import tiktoken

    package = importlib.util.find_spec("llama_index.core")
    cache = os.path.join(list(package.submodule_search_locations)[0], "_static", "tiktoken_cache")
    set_here = "TIKTOKEN_CACHE_DIR" not in os.environ
    if set_here:
        os.environ["TIKTOKEN_CACHE_DIR"] = cache
    try:
        encoding = tiktoken.encoding_for_model("gpt-3.5-turbo")
    finally:
        if set_here:
            del os.environ["TIKTOKEN_CACHE_DIR"]
    return lambda text: encoding.encode(text, allowed_special="all")


@lru_cache(maxsize=1)
def _sentence_tokenizer():
    """LlamaIndex's sentence splitting (node_parser.text.utils.split_by_sentence_tokenizer):
    NLTK's Punkt with its default parameters, each sentence running to the next one's start.
    Called directly, without importing llama_index.core."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    punkt = PunktSentenceTokenizer()

    def split(text: str) -> list[str]:
        starts = [base + start for base, block in _blocks(text) for start, _ in punkt.span_tokenize(block)]
        return [text[start:end] for start, end in zip(starts, [*starts[1:], len(text)])]

    return split


# Punkt reads a text with one regular-expression scan that NLTK stops after 5 s of wall clock
# (nltk.redos): a page pasted as one paragraph of hundreds of kilobytes outran it on a loaded
# machine ("TimeoutError"). Such a paragraph is split into blocks cut at a sentence's end first.
BLOCK_CHARS = 20_000
_BLOCK_END = re.compile(r"[.!?][\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9])")


def _blocks(text: str) -> list[tuple[int, str]]:
    """(offset, block) pieces of `text`: itself when short; else blocks of at most BLOCK_CHARS,
    each cut after the last sentence end it holds (or a line break, or a space, when none)."""
    out, start = [], 0
    while len(text) - start > BLOCK_CHARS:
        window = text[start : start + BLOCK_CHARS]
        ends = [m.end() for m in _BLOCK_END.finditer(window)]
        cut = ends[-1] if ends else max(window.rfind("\n"), window.rfind(" ")) + 1
        cut = cut if cut > 0 else BLOCK_CHARS
        out.append((start, text[start : start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out


def _locate(haystack: str, needle: str, start: int) -> tuple[int, int] | None:
    """Find `needle` in `haystack` from `start`, tolerating whitespace differences."""
    needle = needle.strip()
    if not needle:
        return None
    i = haystack.find(needle, start)
    if i != -1:
        return i, i + len(needle)
    pattern = r"\s+".join(re.escape(part) for part in needle.split())
    m = re.compile(pattern).search(haystack, start)
    return (m.start(), m.end()) if m else None


# A sentence never ends at an initial ("hosted by U.S. National Security Adviser", "Coun. H. G.
# Pridmore") nor at a short form of index/vocabulary.yaml `point_abbreviations` ("St. Elmo",
# "VELDEN, Sept. 14 (AP)", "No. 5", "Adv. Ann Roe").
_INITIALS = re.compile(r"\b(?:[A-Z]\.){1,3}$")
_LAST_SHORT_FORM = re.compile(r"\b([A-Za-z]+)\.$")


def _abbreviated(before: str) -> bool:
    if _INITIALS.search(before):
        return True
    m = _LAST_SHORT_FORM.search(before)
    if m is None:
        return False
    return m.group(1) in vocabulary().point_abbreviations_as_written


def _continues(first_char: str) -> bool:
    return first_char.isupper() or first_char.isdigit()


# "8:45 a.m. slept", "Mass. residents": a lower-case word after a short abbreviation goes on
# the same sentence; "PORTLAND, Ore. (AP) —": a wire tag after the place is the dateline's.
_SHORT_ABBREVIATION = re.compile(r"(?:\b[a-z]\.){2,}$|\b[A-Z][a-z]{0,3}\.$")
_WIRE_TAG = re.compile(r"^\([A-Z][\w.&' -]{1,30}\)\s*[-\u2013\u2014]")


# A transcript's turn label in capitals, cut after its title: "MS. | HALE: We will ...".
_LABEL_TITLE = re.compile(r"^\s*(?:\[[\d:.]+\]\s*)?(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PROF)\.$")


def _before_a_name(before: str, after: str) -> bool:
    """"misquoted Coun. Ann Lee": a title the vocabulary writes with its dot (index/vocabulary.yaml
    titles) before a capitalised word is the name's, whichever titles the pattern above lists."""
    last = re.search(r"(?:^|\s)([A-Z][a-z]+\.)$", before.rstrip())  # "MS." in capitals is an illness or a label
    return last is not None and after[:1].isupper() and last.group(1).lower() in vocabulary().titles


def _same_sentence(before: str, after: str) -> bool:
    """Did the sentence tokenizer cut at an abbreviation that does not end the sentence?"""
    if _abbreviated(before) and _continues(after[:1]):
        return True
    if _before_a_name(before, after):
        return True
    if _LABEL_TITLE.match(before) and re.match(r"[A-Z][A-Z'’-]+:", after):
        return True
    if shortened_given_name(before, after):  # "Director Ma. Luisa Reyes"
        return True
    if _SHORT_ABBREVIATION.search(before) and after[:1].islower():
        return True
    return bool(_WIRE_TAG.match(after)) and len(before.split()) <= 5


def sentence_spans(text: str, offset: int = 0) -> list[Span]:
    """Sentence boundaries of `text`, as absolute spans (text starts at `offset`); a paragraph of
    fields one line a sentence, its header lines none (index/labelled_lines.py)."""
    fields = labelled_lines.field_lines(text)
    if fields is not None:
        out: list[Span] = []
        for a, b, short in fields:
            if labelled_lines.header_line(text[a:b]):
                continue
            out.extend([Span(offset + a, offset + b)] if short else sentence_spans(text[a:b], offset + a))
        return out
    spans: list[Span] = []
    cursor = 0
    for piece in _sentence_tokenizer()(text):
        found = _locate(text, piece, cursor)
        if found is None:
            continue
        start, end = found
        if spans and _same_sentence(text[spans[-1].start - offset : spans[-1].end - offset], text[start:]):
            spans[-1] = Span(spans[-1].start, offset + end)
        else:
            spans.append(Span(offset + start, offset + end))
        cursor = end
    return spans or [Span(offset, offset + len(text))]


def chunk_id(article_id: str, start: int, text: str) -> str:
    return hashlib.sha256(f"{article_id}\x00{start}\x00{text}".encode("utf-8")).hexdigest()[:24]


def chunk_article(article: Article) -> list[Chunk]:
    chunks: list[Chunk] = []
    # a chat message's stamp and sender ("[04/03/2026, 07:50] Ann Roe: ...") are no words of its
    # first sentence: read as words, every sender's name would match a question naming them
    # (imported on use: its date patterns are compiled at import)
    from index import chat_lines

    stamped = {m.start: m.body for m in chat_lines.messages(article.text) if not m.header}
    from index import caption_pages

    if captioned := caption_pages.read(article.text):  # a caption stamped on its line: "00:04:10 thanks chair ..."
        stamped.update({c.start: c.body for c in captioned.cues if c.start not in captioned.stamps})
    from index import line_numbered

    # a hearing transcript's line numbers and page headers: no words to search or to quote (blanked,
    # the offsets kept)
    worded = line_numbered.blanked if line_numbered.holds_transcript(article.text) else str
    for p_index, para in enumerate(article.paragraphs, start=1):
        para_text = worded(article.slice(para))
        if labelled_lines.contents_list(para_text):  # page numbers of the sections: nothing to cite
            continue
        sentences = sentence_spans(para_text, para.start)
        if (body := stamped.get(para.start)) is not None:
            sentences = [Span(max(s.start, body), s.end) for s in sentences if s.end > body] or sentences
        pieces = _pieces(para_text)
        cursor = 0
        for piece in pieces:
            found = _locate(para_text, piece, cursor)
            if found is None:
                continue
            start, end = para.start + found[0], para.start + found[1]
            cursor = found[1]
            text = para_text[found[0]:found[1]]
            inside = tuple(
                Span(max(s.start, start), min(s.end, end)) for s in sentences if s.start < end and s.end > start
            )
            chunks.append(Chunk(chunk_id(article.id, start, text), article.id, p_index, start, end, text, inside))
    return _with_signatures(article, chunks)


def _with_signatures(article: Article, chunks: list[Chunk]) -> list[Chunk]:
    """A signed section's signature block ("Ana Ruiz / Chair / 27 March 2025") as a passage of its own:
    the one place that says who signed the section, and what their role is."""
    from index.statements.signed_sections import sections  # (imported on use: it reads the vocabulary)

    for sec in sections(article.text):
        text = article.text[sec.end:sec.block_end]
        if "\n" not in text.strip() or any(c.start <= sec.end < c.end for c in chunks):  # (a letter's "NAME, ROLE" line: no block)
            continue
        p_index = 1 + sum(1 for p in article.paragraphs if p.end <= sec.end)
        chunks.append(Chunk(chunk_id(article.id, sec.end, text), article.id, p_index, sec.end, sec.block_end, text,
                            (Span(sec.end, sec.block_end),)))
    return sorted(chunks, key=lambda c: c.start)
