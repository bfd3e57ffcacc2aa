"""The "I" of a document signed at its end ("NAME / Chair" under a chair's statement or a head of
service's message): a first-person sentence the ledger gives no named speaker is the signer's, so
the answer's label names them rather than leaving "I" to name no one. Only a sentence above the
signature block, in an article one person signs (index/signature_lines.py)."""

from __future__ import annotations

import re

from index.models import Article
from index.signature_lines import closing_signature

_I = re.compile(r"(?:^|[\s\"“(])I(?:\s|['’](?:m|ve|ll|d)\b)")


def signer_of(text: str, article: Article | None, start: int | None) -> str | None:
    """"NAME, TITLE" of the one person who signs `article`, when `text` (at `start`) speaks as "I" above the block."""
    if article is None or start is None or not _I.search(text):
        return None
    signed = closing_signature(article)
    if signed is None or start >= signed.span.start:
        return None
    return f"{signed.name}, {signed.title}" if signed.title else signed.name
