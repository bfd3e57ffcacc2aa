"""A map listing's reviews page pasted as text: each review under its reviewer's name line, a stats
line ("Local Guide · 41 reviews · 102 photos") and a stars-and-age line ("★★★★☆ 3 weeks ago"), then
its text and a like/share line; under some reviews an owner's reply headed "Response from the owner
2 weeks ago", signed at its foot after a dash ("— Kit & Wendeline", "- Ilsabet") or not at all. A review is
its reviewer's, a reply its signer's (else the owner's); the ages count back from whoever views the
page, so nothing is dated. Staff words a review relays ('the waiter told us "..."') stay the staff's.
Every article is invented."""

from tests.spec.invented import day_of, speaker_of, statements_of

PAGE = """The Copper Kettle Tearoom
4.3 ★★★★☆ 212 reviews
Tea house · 14 Harbour Row, Pellbridge

Reviews

Sunniva Tarrant-Moll
Local Guide · 41 reviews · 102 photos
★★★★☆ 3 weeks ago
Lovely scones and a view of the boats. The service was slow on a busy Saturday, and the waiter told us "the kitchen is down two cooks this month." We still left happy.
Like  Share

Response from the owner 2 weeks ago
Thank you for the kind words, Sunniva. We have since hired two new cooks and Saturday waits are back under twenty minutes. — Tobin & Aurelie

Ferdal Quaine-Ostrov
12 reviews · 3 photos
★★☆☆☆ a month ago
The cream tea cost more than the menu on the door said. Nobody could explain the difference.
Like  Share

Response from the owner a month ago
Sorry to hear this. The door menu was an old one and we have replaced it. The price is now the same everywhere. - Aurelie

Oriel Tessendyke
Local Guide · 230 reviews · 1,004 photos
★★★★★ 5 months ago
Best carrot cake on the coast. Dogs are welcome in the garden room.
Like  Share

Response from the owner 5 months ago
Thanks Oriel, the dogs love it too.
"""


def test_reviews_are_their_reviewers():
    stmts = statements_of(PAGE)
    assert speaker_of(stmts, "Lovely scones and a view of the boats") == "Sunniva Tarrant-Moll"
    assert speaker_of(stmts, "We still left happy") == "Sunniva Tarrant-Moll"
    assert speaker_of(stmts, "The cream tea cost more than the menu") == "Ferdal Quaine-Ostrov"
    assert speaker_of(stmts, "Best carrot cake on the coast") == "Oriel Tessendyke"
    assert day_of(stmts, "Best carrot cake on the coast") is None  # "5 months ago": from whoever views it


def test_owner_replies_are_their_signers_or_the_owners():
    stmts = statements_of(PAGE)
    assert speaker_of(stmts, "We have since hired two new cooks") == "Tobin & Aurelie"
    assert day_of(stmts, "We have since hired two new cooks") is None
    assert speaker_of(stmts, "The door menu was an old one") == "Aurelie"
    assert speaker_of(stmts, "The price is now the same everywhere") == "Aurelie"
    assert speaker_of(stmts, "the dogs love it too") == "the owner"


def test_staff_words_relayed_in_a_review_stay_the_staffs():
    stmts = statements_of(PAGE)
    assert "waiter" in speaker_of(stmts, "the kitchen is down two cooks")


BARE = """Sandhollow Bike Hire
4.6 (88)
Bicycle rental service

Most relevant

Ilsabet Dravnieks-Ode
3 reviews
★★★★★ 2 months ago
Hired two e-bikes for the coast path. The batteries lasted the whole day and the helmets were spotless. My partner Ansgar says "the cheapest hire on the island by a mile."
Like
Share
Response from Sandhollow Bike Hire (owner) 2 months ago
Thanks Ilsabet! Come back in the autumn, when the path is quiet.
Ilsabet

Quentin Abara
★★☆☆☆ a week ago
Price per person: £20–30
The tandem had a flat tyre and we waited forty minutes for a pump.
Like
Share
Response from the owner a week ago
We are sorry about the wait. Every bike is now checked before it goes out and we carry spare tubes on the van.
"""


def test_a_bare_reviews_layout_with_the_owner_sharing_a_reviewers_first_name():
    stmts = statements_of(BARE)
    assert speaker_of(stmts, "The batteries lasted the whole day") == "Ilsabet Dravnieks-Ode"
    assert speaker_of(stmts, "Come back in the autumn") == "Ilsabet"  # the owner's signature, not the reviewer
    assert "Ansgar" in speaker_of(stmts, "the cheapest hire on the island")
    assert speaker_of(stmts, "The tandem had a flat tyre") == "Quentin Abara"
    assert speaker_of(stmts, "Every bike is now checked") == "the owner"
    assert not [s for s in stmts if "Price per person" in s.content]
