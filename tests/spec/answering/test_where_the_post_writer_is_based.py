""""Where is the newsletter writer based": a first-person post's writer (named over its date line)
greets her readers from where she writes ("Hello from Town, where ..."), and that greeting answers,
not the place of someone she interviewed. Every article here is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

HIVE = """# The Hive Letter

## A wet spring, a weak queen and a talk with the man who buys our honey

What the rain did to the colonies this year, and what the packer thinks it will do to prices.

**Seraphina Tallowin**
14 Mar 2026

---

Greetings from Coldbrook Ridge, where the hives are wrapped and the lane is mud to the ankle.

I lost four of our eleven colonies over the winter, which is the worst count I have written down in nine seasons. My neighbour lost more.

On Tuesday I drove over to see Osric Pennywhistle, who runs the packing shed at Hallam Cross, a few miles down the valley road where most of the small keepers around here take the honey from their hives. The conversation has been trimmed for length.

---

**How much honey came in last year?**

About forty tonnes. This year I would guess half of that.

**Why so little?**

The rain in May kept the bees in. A colony that cannot fly cannot forage.

**Will jars cost more?**

Yes. I am putting the wholesale price up by a fifth in April. Nobody likes it, me least of all.

*The Hive Letter is free to read. Paid subscribers keep it going.*
"""

BOATS = """# The Winch Log

Six weeks of bad weather and what it did to the inshore boats.

By Oswin Threlkeld-Amadi
Feb 2, 2026

Hello from Port Marrowby, where the boats have not been out since the new year.

I have fished these waters for twenty years and I cannot remember a January like it. My own boat has sat on the slip for five weeks.

On Friday I went to see the harbour master, Imelda Crowthorne, whose office at Skellgate is a few miles up the coast where the bigger trawlers land. She said the storm had moved the channel buoys twice.

*The Winch Log is free to read. Forward it to a friend who fishes.*
"""

posts = articles_fixture({"hive.md": HIVE, "boats.md": BOATS})


def test_the_newsletter_writers_greeting_says_where_she_is_based(posts):
    answers(posts, "where is the hive letter writer based", "Coldbrook Ridge", lacking="Hallam Cross")


def test_the_blog_writers_greeting_says_where_he_is_based(posts):
    answers(posts, "where is the winch log writer based", "Port Marrowby", lacking="Skellgate")
