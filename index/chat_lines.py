"""The stamp that opens each message of an exported chat: WhatsApp's "[12/02/2026, 08:14] Ann
Roe: ...", its Android form "12/02/2026, 08:14 - Ann Roe: ...", with seconds or am/pm. A line
under one is a message, never a heading."""

from __future__ import annotations

import re

STAMP = re.compile(
    r"^\s*\[?(?P<date>(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)),?\s+"
    r"(?P<time>\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?)\]?\s*(?:[-–]\s+)?"
    r"(?P<sender>[^:\n\[\]]{2,80}?):\s+(?P<message>\S.*)$")


def is_message(line: str) -> bool:
    return STAMP.match(line) is not None
