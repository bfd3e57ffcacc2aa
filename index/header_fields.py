"""What separates the fields of a header line ("#3 | jo_b | Posts: 14 | 06/03/2026 11:05", "By Ann
Lo · 6 March 2026", "ann_roe - 2026-03-06 11:05"): said once for every reader of such lines, the
page's date lines (index.datelines), a thread's post stamps (index.post_stamps) and the answer
side's post-author fields (bot/answering/extractive.py).

The readers differ in breadth on purpose, and each keeps its own: a date line splits on bars and
middle dots only (a spaced dash there runs a name into its date, read by its own rule); a post
header also on a spaced dash; the answer side, which only looks for a name among the fields, also
on a box-drawing bar. (index/statements/thread_posts.py's piped header is read by counting bare
pipes, spaced or not, beside a post number or a labelled field: a narrower kind of line, not split
here.) Widening an ingest reader to the answer side's set would change what ingest
dates, so the sets stay apart.
"""

from __future__ import annotations

# a spaced bar, middle dot or bullet
BAR = r"\s+[|·•]\s+"
# ... or a spaced dash
BAR_OR_DASH = BAR + r"|\s+[-–—]\s+"
# a bar, dot or box-drawing bar with a space either side, for names only (answer side; one space
# each side is matched, as the answer side has always split)
BAR_OR_BOX = r"\s[|│·•]\s"
