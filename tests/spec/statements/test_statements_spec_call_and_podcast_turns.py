"""Turn labels of earnings calls and podcasts: a speaker's name on a line of its own above the
turn, "Q - Name" / "A – Name" headings (the analyst asks, states nothing), and a timestamp before
an ALL-CAPS label whose form changes between turns ("TESSA MULLIGAN:" then "TESSA:"). A name
alone on a line in a news story (a byline, a caption) is no turn. Every article here is invented."""

import pytest

from tests.spec.invented import contents_by_speaker, statements_of


def _by(text: str) -> dict[str, set[str]]:
    return contents_by_speaker(statements_of(text))


_CALL_SPACED = (
    "Harrowgate Foods plc Q3 2025 Earnings Call\n\nCompany Participants\n\n"
    "Marta Kowalczyk — Chief Executive Officer, Harrowgate Foods\n\nOwen Pritchard — Chief Financial Officer, Harrowgate Foods\n\n"
    "Other Participants\n\nLionel Baptiste — Analyst, Fenwick Securities\n\nOperator\n\n"
    "Good morning and welcome to the Harrowgate Foods third quarter call. I will now hand over to your host.\n\n"
    "Marta Kowalczyk\n\nThank you, operator. We had a strong quarter. Our frozen range grew by 14 percent and we opened "
    "two new bakeries in the north.\n\n"
    "Owen Pritchard\n\nRevenue for the quarter was 412 million pounds. We expect margins to improve next year.\n\n"
    "Operator\n\nOur first question comes from Lionel Baptiste of Fenwick Securities.\n\n"
    "Q - Lionel Baptiste\n\nThanks. The bakeries were late last year. Are they on budget now?\n\n"
    "A - Marta Kowalczyk\n\nYes. Both bakeries came in under budget and we plan a third one next spring.\n\n"
    "Q – Lionel Baptiste\n\nAnd will you raise prices again?\n\n"
    "A – Owen Pritchard\n\nWe have no plans to raise prices this year. I think our customers have had enough increases."
)

_CALL_TIGHT = (
    "Transcript: Quellmouth Shipping full-year results call\n\nParticipants:\nHilde Sorensen - Chief Executive Officer\n"
    "Rafael Quintero - Chief Financial Officer\nBeatrix Lowe - Analyst, Kettering Capital\n\n"
    "Operator\nWelcome to the Quellmouth Shipping results call. Please go ahead.\n\n"
    "Hilde Sorensen\nGood afternoon. Our fleet carried a record 3.1 million containers in the year.\n\n"
    "Rafael Quintero\nNet profit fell to 88 million dollars because fuel cost more. We will pay a dividend of 40 cents.\n\n"
    "Operator\nThe first question is from Beatrix Lowe.\n\n"
    "Q – Beatrix Lowe\nHi. Fuel costs are up a third. How will you protect the margin?\n\n"
    "A – Hilde Sorensen\nWe have ordered six ships that burn methanol, and the first arrives in March."
)


@pytest.mark.parametrize("text, ceo, cfo, analyst, answer", [
    (_CALL_SPACED, "Marta Kowalczyk", "Owen Pritchard", "Lionel Baptiste", "Both bakeries came in under budget"),
    (_CALL_TIGHT, "Hilde Sorensen", "Rafael Quintero", "Beatrix Lowe", "six ships that burn methanol"),
])
def test_an_earnings_calls_turns_are_their_speakers_and_the_analyst_states_nothing(text, ceo, cfo, analyst, answer):
    by = _by(text)
    assert any(answer in c for c in by.get(ceo, ())), by
    assert any("million" in c for c in by.get(cfo, ())), by
    assert analyst not in by and "Operator" not in by


def test_a_name_alone_on_a_line_in_a_news_story_is_no_turn():
    by = _by(
        "Ferry fares to rise in spring\n\nBy Gemma Holloway\n\n"
        "Fares on the island ferry will rise by 8 percent in April, the operator said on Tuesday.\n\n"
        "Nadia Ferreira\n\nThe company's chief executive, Nadia Ferreira, said fuel had cost more than planned.\n\n"
        "Tobias Lindqvist\n\nPassengers' groups said the rise was unfair. Tobias Lindqvist, who commutes daily, said he "
        "would drive instead.\n\nThe new fares start on 1 April.")
    assert not any("fuel had cost more" in c for c in by.get("Tobias Lindqvist", ()))
    assert not any("Fares on the island ferry" in c for c in by.get("Nadia Ferreira", ()))


_PODCAST = (
    "The Allotment Hour, episode 41: saving seeds\n\nTranscript\n\n"
    "[00:00:05] TESSA MULLIGAN: Hello and welcome to The Allotment Hour. I'm Tessa Mulligan. My guest today is the "
    "seed saver Dr Ingrid Halvorsen, who runs a seed library in Shropshire.\n\n"
    "[00:00:31] DR HALVORSEN: Thanks for having me, Tessa. I started the library in 2019 with forty packets of beans.\n\n"
    "[00:01:02] TESSA: And how many varieties do you keep now?\n\n"
    "[00:01:10] DR HALVORSEN: We hold about nine hundred varieties, and most of them are old English beans.\n\n"
    "[00:03:01] INGRID: Seeds lose vigour after a few years. Tomato seed keeps for about five years if it is dry.\n\n"
    "[00:04:15] TESSA: That's all we have time for. Thank you, Ingrid."
)


def test_a_podcasts_timestamped_labels_in_changing_forms_are_one_speaker():
    by = _by(_PODCAST)
    assert any("nine hundred varieties" in c for c in by.get("Ingrid Halvorsen", ())), by
    assert any("five years" in c for c in by.get("Ingrid Halvorsen", ())), by
    assert any("forty packets" in c for c in by.get("Ingrid Halvorsen", ())), by
    assert not any(name.startswith("[") or "00:" in name for name in by)


@pytest.mark.parametrize("email, listener, words", [
    ('Priya from Wolverhampton writes: "My grandmother\'s tomato seeds have not sprouted for two years."',
     "Priya", "have not sprouted"),
    ("Here is a note from the inbox. Sam in Grantham writes: I keep my bean seeds in the shed and half of them rot.",
     "Sam", "half of them rot"),
    # no speech verb: the message is announced, then read out in quotation marks
    ('We\'ve had an email about exactly that, from Oswin on plot 9, and I\'ll read it out. "The slugs have eaten every one of my lettuces."',
     "Oswin", "eaten every one"),
    ('A message came in from Nargis while we were talking: "Our seed swap drew two hundred people last weekend."',
     "Nargis", "two hundred people"),
])
def test_a_listeners_email_read_out_by_the_host_is_the_listeners(email, listener, words):
    text = _PODCAST.replace("[00:03:01] INGRID:", f"[00:02:44] TESSA: {email}\n\n[00:03:01] INGRID:")
    by = _by(text)
    assert any(words in c for name, said in by.items() if name.startswith(listener) for c in said), by
    assert not any(words in c for c in by.get("Tessa Mulligan", ())), by
    assert not any(name in ("Wolverhampton", "Grantham") for name in by)


_GUESTS = (
    "Money Talks podcast: the rent squeeze\n\n"
    "[00:00:00] HOST: Welcome back to Money Talks. Today I'm joined by Callum Achterberg, a housing economist, "
    "and by Wanjiru Odhiambo, who runs a tenants' union.\n\n"
    "[00:00:20] GUEST 1: Great to be here. Rents in the city have risen by a fifth since 2022.\n\n"
    "[00:00:41] GUEST 2: Our members now spend half their wages on rent.\n\n"
    "[00:00:45] HOST: Why so fast?\n\n"
    "[00:00:52] CALLUM: Because almost no new flats were built for a decade. Supply is the whole story.\n\n"
    "[00:01:30] WANJIRU ODHIAMBO: We want a cap on rises for sitting tenants."
)


def test_a_guests_numbered_label_is_the_guest_the_intro_names_in_that_place():
    by = _by(_GUESTS)
    assert any("risen by a fifth" in c for c in by.get("Callum Achterberg", ())), by
    assert any("almost no new flats" in c for c in by.get("Callum Achterberg", ())), by
    assert any("half their wages" in c for c in by.get("Wanjiru Odhiambo", ())), by
    assert not any(name.lower().startswith(("guest", "host")) for name in by), by


def test_a_hosts_label_is_the_host_who_says_who_they_are():
    by = _by(_GUESTS.replace("Welcome back to Money Talks.", "Welcome back to Money Talks, I'm Nell Ashdown.")
             .replace("Why so fast?", "Rents here doubled in ten years."))
    assert any("doubled in ten years" in c for c in by.get("Nell Ashdown", ())), by


def test_a_podcasts_turns_are_dated_at_the_recording_the_intro_gives():
    from datetime import date

    text = _PODCAST.replace("Transcript\n\n", "Published 13 March 2025\n\nThis episode was recorded last Monday at the "
                            "allotments, before the council vote.\n\n")
    stmts = statements_of(text)
    said = [s for s in stmts if s.speaker == "Ingrid Halvorsen" and "nine hundred" in s.content]
    assert said and said[0].when_start == date(2025, 3, 10), [(s.speaker, s.when_start) for s in stmts]


_CALL_HYPHENATED = (
    "Sundmark Paper AB Q1 2026 Results Call\n\nCompany Participants\n\n"
    "Eva-Maria Holmgren, President and Chief Executive Officer\n\nKarl-Heinz Obermaier, Chief Financial Officer\n\n"
    "Operator\n\nWelcome to the Sundmark Paper first quarter call. I now hand over to the company.\n\n"
    "Eva-Maria Holmgren\n\nThank you. Demand for packaging board recovered in March and our mill in Gävle ran at full speed.\n\n"
    "Karl-Heinz Obermaier\n\nThank you, Eva-Maria. Operating cash flow was 1.2 billion kronor. We keep our net debt target unchanged.\n\n"
    "Operator\n\nThe first question is from Ines Marchetti.\n\n"
    "Q - Ines Marchetti\n\nHow much will the new boiler cost?\n\n"
    "A - Karl-Heinz Obermaier\n\nAround 400 million kronor, spread over two years."
)


def test_a_call_label_whose_first_name_is_hyphenated_is_a_turn():
    by = _by(_CALL_HYPHENATED)
    assert any("Operating cash flow" in c for c in by.get("Karl-Heinz Obermaier", ())), by
    assert any("400 million kronor" in c for c in by.get("Karl-Heinz Obermaier", ())), by
    assert any("packaging board recovered" in c for c in by.get("Eva-Maria Holmgren", ())), by
