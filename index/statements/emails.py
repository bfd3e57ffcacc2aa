"""A pasted e-mail or e-mail thread: each message's words are its sender's, on the day it was sent.

An e-mail gives its speaker and its day by layout alone: a header block ("From: Ana Ruiz
<a.ruiz@...>", "Sent: Thursday, 6 March 2025 16:42", "To:", "Subject:") above the message, and a
reply quotes the earlier message under a separator ("-----Original Message-----", "On ... wrote:")
with a header block of its own. No speech verb names the sender, so every sentence of a message
is a statement of its sender (the first person too), save those the message attributes to
someone else; each is dated by its own header's sent line, not by the thread's latest date.
"""

from __future__ import annotations

from index.models import Article, Span
from index.statements import label_quotes, mail_bodies, mail_headers
from index.statements.attribution import Raw, quote_spans
from index.statements.letters import _sentences, _speaker
from index.statements.people import first_name_gender
from index.textnorm import fold


def read(article: Article, docs, bases: list[int], ctx, raws: list[Raw] = ()) -> list[Raw]:
    """The senders' statements, one per sentence of their messages; [] unless the page holds e-mail
    header blocks (a sender line with a sent line beside it). A message that is a report (a pool
    report, a reporter's notes sent on) is no statement of its sender's: it tells what others said
    (`raws`), and never in its own first person."""
    text = fold(article.text)
    heads = list(mail_headers.headers(text))
    if not heads or not docs:
        return []
    out: list[Raw] = []
    for k, (start, end, name, day) in enumerate(heads):
        until = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        until = next((span.start for span, doc in docs if end <= span.start < until and mail_bodies.sign_off(doc.text, name)), until)
        speaker = _speaker(name, ctx)
        if _personal(speaker) and _a_report([(pi, doc) for pi, (span, doc) in enumerate(docs) if end <= span.start and span.end <= until],
                                            raws, speaker.name):
            continue
        for pi, (span, doc) in enumerate(docs):
            if end <= span.start and span.end <= until:
                for raw in _sentences(speaker, (span, doc), bases[pi], pi, False):
                    if text[raw.span.start:raw.span.end].rstrip().endswith(":"):
                        continue  # "Ann Roe, chair of the co-op, said:": the quotation under it is hers
                    raw.times = [day]
                    lead = len(text[raw.content.start:raw.content.end]) - len(text[raw.content.start:raw.content.end].lstrip("> \t"))
                    if lead:  # a quoted reply's "> " marks are no part of the words
                        raw.content = Span(raw.content.start + lead, raw.content.end)
                    out.append(raw)
    return out



def messages(article: Article) -> list[tuple[int, int, str, tuple]]:
    """(body start, end, sender, the sent line's time phrase) of each message of the page."""
    text = fold(article.text)
    heads = list(mail_headers.headers(text))
    return [(end, heads[k + 1][0] if k + 1 < len(heads) else len(text), name, day)
            for k, (start, end, name, day) in enumerate(heads)]


_FIRST_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "ours"}
_MIN_REPORTED = 3  # others' statements that make a message a report


def _personal(speaker) -> bool:
    """A person sends a report on others; a body's message (a press statement forwarded) is the body's own."""
    return speaker.person is not None or first_name_gender(speaker.name.split()[0]) is not None


def _a_report(paragraphs: list[tuple[int, object]], raws: list[Raw], sender: str) -> bool:
    """The message reports three statements of others or more and speaks nowhere in its own first
    person (outside quotation marks); a quotation under a label ('Gov: "..."') counts as reported."""
    inside = {pi for pi, _ in paragraphs}
    labelled = sum(len(label_quotes.labels(fold(doc.text))) for _, doc in paragraphs)  # 'Gov: "..."'
    if sum(1 for r in raws if r.paragraph in inside and r.speaker.name != sender) + labelled < _MIN_REPORTED:
        return False
    for _, doc in paragraphs:
        quoted = quote_spans(doc.text)[0]
        if any(t.lower_ in _FIRST_PERSON and not any(a <= t.idx < b for a, b in quoted) for t in doc):
            return False
    return True
