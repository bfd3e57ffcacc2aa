"""Does the answer give the measure asked, or only another one of the same thing?

    How fast was the ferry going when ...?     "he then tried to reduce speed"             no speed given
    How many dollars an hour is the union asking for?   "the union is owed 310 million birr"   no rate given
    How much an hour are the cleaners paid?    "cleaners work 12-hour shifts"             hours, not pay

A speed is a number with a unit of speed ("14 knots", "60 km/h", "30 miles an hour"); pay or a price
asked by the hour, day or week is a sum per hour, day or week ("£11.44 an hour", "hourly rate"). A
sentence on the topic without one tells another measure (a distance, a total, the hours): a near miss.
"""

from __future__ import annotations

import re

_SPEED_ASKED = re.compile(r"\bhow fast\b|\b(?:at\s+)?what\s+speeds?\b|\bhow many (?:knots|miles an hour|kilometres an hour|"
                          r"kilometers an hour|mph|km/h)\b", re.IGNORECASE)
_SPEED_TOLD = re.compile(r"\d[\d.,]*\s*(?:-\s*)?(?:knots?|kn|kts|mph|km/h|kmh|kph|km/hr|m/s|mach\b|"
                         r"(?:kilomet(?:re|er)s?|miles?|metres?|meters?|feet)\s+(?:an|per|a)\s+(?:hour|second|minute))"
                         r"|\bmach\s+\d|\b(?:top|full|maximum|cruising)\s+speed\b|\bat\s+speed\b", re.IGNORECASE)
_PER = r"(?:an|a|per|each|every|the)\s+(?:hour|day|shift|week|month)"
# "how many dollars an hour", "how much per hour", "what hourly rate": money asked by the period
_RATE_ASKED = re.compile(rf"\b(?:how much|how many (?:dollars|euros|pounds|rupees|rand|shillings|[a-z]+s)|what)\b[^?]*?"
                         rf"(?:\b{_PER}\b|\b(?:hourly|daily|weekly)\b)", re.IGNORECASE)
_MONEY_WORDS = re.compile(r"\b(?:pay|paid|wage|wages|salary|earn|earns|earned|cost|costs|charge|charges|charged|fee|fees|"
                          r"rate|price|dollars|euros|pounds|rupees|rand|shillings|allowance|compensation)\b", re.IGNORECASE)
_RATE_TOLD = re.compile(rf"\b{_PER}\b|\b(?:hourly|daily|weekly|monthly)\b|\bper\s+(?:hour|day|shift|week|month)\b|/\s*(?:h|hr|hour|day|wk|week)\b",
                        re.IGNORECASE)


def another_measure(question: str, texts: list[str]) -> bool:
    """Whether the question asks a speed or a sum per period, and none of `texts` gives one."""
    if not texts:
        return False
    if _SPEED_ASKED.search(question):
        return not any(_SPEED_TOLD.search(t) for t in texts)
    if _RATE_ASKED.search(question) and _MONEY_WORDS.search(question):
        return not any(_RATE_TOLD.search(t) for t in texts)
    return False
