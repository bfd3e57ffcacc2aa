"""Site furniture: whole lines a web page wraps around an article, never article text.

A line is furniture only when the *whole line* has one of these shapes ("Subscribe to our
newsletter", "© 2024 X. All rights reserved.", "Share on Facebook", "Advertisement"); a word
inside a sentence ("they share one river", "copyright law", "sign up for the draft") never
makes a line furniture, and a line that quotes or reports anyone never is.
"""

from __future__ import annotations

import re

from index.textnorm import fold

# "00:00:12,480 --> 00:00:15,200" (SRT), "00:12.480 --> 00:15.200 align:start" (WebVTT)
TIMECODE = r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(?:\s+[\w:%.-]+)*"
_NETWORKS = r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|e-mail|pinterest|threads|bluesky|instagram|youtube|tiktok)"
_LIST = rf"(?:\s*(?:,|\||/|·|•|or|and)\s*{_NETWORKS})*"
_AFTER_LABEL = r"(?:\s*(?::|-|>|»|\|)\s*.{0,120}|\s+(?:at|on|from)\s+.{0,60})?"
_SHAPES = [
    r"advertisement|advert|sponsored(?: content)?|ad",
    r"for immediate release|embargoed until\b.{0,60}",  # a press release's banner
    # a government form's protective marking, with its form number: "OFFICIAL - SENSITIVE (when complete)   MG 11"
    r"(?:official(?:\s*[-–—]\s*sensitive)?|restricted|not protectively marked)(?:\s*\(when complete\))?(?:\s+[A-Z]{1,4}\s?\d{1,3}[A-Z]?)?",
    rf"(?:share|post|tweet|send)(?: this(?: article| story| page)?)?(?: on| via| to| by)? {_NETWORKS}{_LIST}",
    r"(?:share|print|email|e-mail)(?: this)?(?: article| story| page)?",
    rf"follow us(?:(?: on| at)? {_NETWORKS}{_LIST}.{{0,40}})?",
    r"(?:subscribe|sign up|register)(?: now| today| here| free)?"
    r"(?:\b.{0,60}\b(?:newsletters?|updates|alerts|briefings?|digest|inbox|notifications|subscription|account|free trial)\b.{0,40})?",
    r"(?:©|\(c\)).{0,100}|copyright\s*(?:©|\(c\))?\s*\d{4}\b.{0,100}",
    r".{0,80}\ball rights reserved\.?",
    rf"(?:read (?:more|also|next)|related(?: articles| stories| news| coverage)?|see also|more on this story|"
    rf"recommended|most read|tags?|topics|filed under){_AFTER_LABEL}",
    r"back to top(?: button| link)?|click here.{0,60}|download (?:our|the) app.{0,40}|(?:privacy policy|terms of (?:use|service)|"
    r"cookie (?:policy|settings|preferences))(?:\s*(?:\||·|•|,)\s*.{0,40})*",
    r"we use cookies.{0,200}|this (?:site|website) uses cookies.{0,200}",
    # Aggregators' disclaimers: "... do not necessarily reflect the views of ...", "... point
    # of view of the site ...", "... translated automatically ...".
    r".{0,200}\bnot necessarily (?:reflect|represent|express)\w*\b.{0,200}",
    r".{0,160}\b(?:views?|point of view|opinions?)\b.{0,40}\b(?:of|by) (?:the|this|our) (?:site|website|portal|publication|editors?|newspaper)\b.{0,240}",
    r".{0,160}\b(?:automatically|machine)[- ](?:translated|generated|transmitted)\b.{0,160}",
    r"\(?(?:reporting|writing|editing|additional reporting) by\b[^\"“”]{0,200}\)?",
    # a recording transcript's stage note on its own line: no one's words ("[pause]", "[End of extract]")
    r"[\[(](?:laugh(?:s|ter|ing)?|(?:long )?pauses?|inaudible|unclear|crosstalk|coughs?|sighs?|silence|"
    r"(?:break|gap) in (?:the )?recording|(?:recording|tape) (?:ends|stops|resumes|paused)|tape change|"
    r"end of (?:the )?(?:extract|excerpt|interview|recording|tape|transcript|side (?:a|b|one|two|1|2)))[\])]",
    # a subtitle file's cue header (SRT, WebVTT): its number and its "00:00:12,480 --> 00:00:15,200" line
    r"(?:\d{1,6}\s+)?" + TIMECODE,
]
_FURNITURE = re.compile(r"^(?:" + "|".join(_SHAPES) + r")$", re.I)
CUE_HEADER = re.compile(r"^(?:\d{1,6}\s*\n\s*)?" + TIMECODE + r"\s*$")
# What an article's own sentences have and furniture does not: a quotation or a speech verb.
_SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told|tells|according to|added|stated|announced)\b", re.I)
_EDGE = re.compile(r"^[\s#*_>|\-–—•·]+|[\s*_|]+$")


def is_furniture(line: str) -> bool:
    """Whether a whole line is site furniture (see module docstring)."""
    text = _EDGE.sub("", fold(line)).strip()
    if not text or len(text.split()) > 40:
        return False
    if _SPEECH.search(text) and not re.match(r"\(?(?:reporting|writing|editing)", text, re.I):
        return False
    return bool(_FURNITURE.match(text))
