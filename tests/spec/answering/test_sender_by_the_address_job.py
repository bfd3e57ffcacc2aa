"""A club's e-mail thread: a member writes from the job's address ("From: Nina Vell
<treasurer@...>") and signs with a first name alone, another signs "Chair, <the club>". "Who is
the club's treasurer" names the sender of the treasurer's address, from her message, though no
sentence writes her name or her job; the job asked by its duty ("who looks after the money for
the club") is the treasurer too. Every article is invented."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

THREAD = """Subject: RE: Boathouse roof

From: Oren Fallow <oren.fallow@brackenrowing.org>
Sent: Tuesday, March 3, 2026 9:10 AM
To: Bracken Rowing Club Committee
Subject: RE: Boathouse roof

Thanks both. I can get a second quote from the roofer in Dunmere by Friday.

Oren

-----Original Message-----
From: Nina Vell <treasurer@brackenrowing.org>
Sent: Monday, March 2, 2026 8:15 PM
To: Bracken Rowing Club Committee
Subject: RE: Boathouse roof

Short note on cash. We hold £4,020 in the reserve after the regatta. A new roof at £6,500 would take all of it and more.

We could ask the members for a levy of £20 each.

Nina

-----Original Message-----
From: Brielle Sallis <brielle.sallis@brackenrowing.org>
Sent: Monday, March 2, 2026 7:02 PM
To: Bracken Rowing Club Committee
Subject: Boathouse roof

Dear all,

The roof over the boat bay leaked again in Sunday's storm and two sculls got soaked. We need to decide before the spring races.

Brielle Sallis
Chair, Bracken Rowing Club
"""

thread = app_fixture("thread.txt", THREAD)


@pytest.mark.parametrize("question", [
    "who is the treasurer of the bracken rowing club",
    "who is the rowing club's treasurer",
    "who looks after the money for the bracken rowing club",
    "who keeps the books for the rowing club",
])
def test_the_treasurer_is_the_sender_of_the_treasurers_address(thread, question):
    answers(thread, question, "Nina Vell", lacking="Brielle")


def test_the_chair_is_still_the_one_signing_as_chair(thread):
    answers(thread, "who is the chair of the bracken rowing club", "Brielle Sallis", lacking="Nina")
