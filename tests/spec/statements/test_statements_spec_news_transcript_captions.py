"""A television news transcript: speakers labelled by their on-screen caption in capitals, with a
title and an employer ("NAME, CEO, COMPANY: "), clips between "(BEGIN VIDEO CLIP)" markers, and the
host introducing a clip ("Here is what the director said this afternoon.").

Every article here is invented. A caption with two commas labels its speaker like one with one;
the host's "Here is what X said" says nothing of X's (the clip below does).
"""

from tests.spec.invented import statements_of, the_one

SHOW = """THE LATE DESK WITH ORLA BRENNAN

Aired June 3, 2025 - 22:00 ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

ORLA BRENNAN, HOST: Good evening. A grain silo collapsed in Kansas this morning. Here is what the county's emergency manager said at noon.

(BEGIN VIDEO CLIP)

DWIGHT SOLLERS, EMERGENCY MANAGER: Two workers were taken to hospital. Neither is in danger.

(END VIDEO CLIP)

BRENNAN: The silo's owner spoke to reporters an hour later.

(BEGIN VIDEO CLIP)

MAEVE TRUSCOTT, CEO, PRAIRIEGOLD GRAIN: We inspected that silo in March. We will pay for an independent review.

(END VIDEO CLIP)

BRENNAN: We will stay on that story.
"""


def test_a_caption_with_a_title_and_an_employer_labels_its_speaker():
    stmts = statements_of(SHOW)
    assert the_one(stmts, "We inspected that silo in March").speaker == "Maeve Truscott"
    assert the_one(stmts, "independent review").speaker == "Maeve Truscott"


def test_here_is_what_x_said_is_none_of_xs_words():
    stmts = statements_of(SHOW)
    assert not [s for s in stmts if s.speaker.lower() == "dwight sollers" and s.content.strip().lower() == "what"]
    assert the_one(stmts, "Two workers were taken to hospital").speaker == "Dwight Sollers"
