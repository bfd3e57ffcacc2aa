"""Speakers named through a role noun or an apposition, in wire, feature and sports styles: a
party's member ("The Democrat said") is the official just named; a body named in apposition
("The refinery operator, X Fuels, said") is that body; "a Democrat from Town, who said" is the
person, not the town; quantified plural sources ("some distributors said"); and the forms "reckons that",
"reminds X that". Every article here is invented."""

from tests.spec.invented import statements_of


def _said(text: str) -> dict[str, str]:
    return {s.content: s.speaker for s in statements_of(text)}


_WIRE = (
    "Storm leaves valley without heating oil\n\n"
    "HELENA, Mont. (AP) — Montana Gov. Ellen Marsh declared an emergency Monday as a storm cut roads across the north.\n\n"
    "Roads have been closed for six days, and some distributors said customers were waiting up to ten days for oil.\n\n"
    "\"No family should be cold in their own home,\" Marsh said. The Democrat said the order would last two weeks.\n\n"
    "The refinery operator, Bitterroot Fuels Corporation, said in a statement that the repairs had been planned in June.\n\n"
    "That did not satisfy state Rep. Tomas Ferreira, a Democrat from Glenwood, who said he would ask for a hearing."
)


def test_a_party_member_noun_is_the_official_just_named():
    said = _said(_WIRE)
    assert "Ellen Marsh" in said.get("the order would last two weeks", ""), said


def test_a_body_named_in_apposition_speaks():
    said = _said(_WIRE)
    assert "Bitterroot Fuels" in said.get("the repairs had been planned in June", ""), said


def test_a_quantified_plural_source_is_a_generic_speaker():
    said = _said(_WIRE)
    assert "distributors" in said.get("customers were waiting up to ten days for oil", ""), said


def test_who_after_a_place_in_an_apposition_is_the_person():
    said = _said(
        "Hearing sought on ferry cuts\n\n"
        "The cuts did not satisfy Councillor Maren Holt, a Liberal from Eastwick, who said she would raise them at the next meeting.\n\n"
        "Nor did they satisfy Sen. Paul Okafor, a retired teacher from Brookfield, who said the island had been forgotten."
    )
    assert said.get("she would raise them at the next meeting") == "Maren Holt", said
    assert said.get("the island had been forgotten") == "Paul Okafor", said


def test_reckons_and_reminds_are_speech_acts():
    said = _said(
        "Reservoir levels\n\nDr Ilse Jansen reckons that the reserve will last until Friday.\n\n"
        "The county health board reminds residents that boiling water for one minute makes it safe."
    )
    assert said.get("the reserve will last until Friday") == "Ilse Jansen", said
    assert "boiling water for one minute makes it safe" in said, said


def test_a_cue_with_no_subject_of_its_own_takes_the_name_after_the_closing_quotation():
    """'"...," the union's general secretary, X, told reporters' parsed with the noun phrase hung on
    the quotation and the cue a conjunct of the quoted verb (as the parser sometimes does)."""
    import spacy
    from spacy.tokens import Doc

    from index.statements.attribution import _named_after_quote, quote_spans

    words = ['"', "We", "got", "a", "brochure", ",", '"', "the", "guild", "'s", "secretary", ",", "Ana", "Pires", ",",
             "told", "reporters", "."]
    heads = [2, 2, 2, 4, 2, 2, 2, 8, 10, 8, 4, 10, 13, 10, 10, 2, 15, 2]
    deps = ["punct", "nsubj", "ROOT", "det", "dobj", "punct", "punct", "det", "poss", "case", "appos", "punct",
            "compound", "appos", "punct", "conj", "dobj", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "DET", "NOUN", "PART", "NOUN", "PUNCT",
           "PROPN", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    spans, _ = quote_spans(doc.text)
    quoted = {t.i for t in doc if any(a <= t.idx < b for a, b in spans)}
    assert 1 in quoted and 10 not in quoted
    subject = _named_after_quote(doc[15], quoted)
    assert subject is not None and subject.text == "secretary"


def test_told_the_hearing_and_a_clause_without_that_is_what_was_told():
    said = _said(
        "Inquest into sailing death\n\nThe inquest heard that Ms Vance had rowed for years.\n\n"
        "Omar Reid, a steward at Lakeside Sailing Club, told the hearing he had seen Ms Vance rowing towards the "
        "sluice at about 7.15pm and had called to her from the jetty. \"She waved,\" Mr Reid said."
    )
    assert any(content.startswith("he had seen Ms Vance rowing") and who == "Omar Reid" for content, who in said.items()), said


def test_the_he_after_an_unnamed_source_in_a_city_is_that_source_not_the_city():
    said = _said(
        "Rice exporters brace for rules\n\n"
        "Niran Chaiyasit, who runs a mill in Chiang Mai, says the rules are fair. \"We can map every field,\" he says.\n\n"
        "One broker in Ho Chi Minh City, who asked not to be named, is blunter. He laughs at the official register, "
        "which he says was \"copied from old tax rolls\", and claims that some mills have already started mixing rice."
    )
    who = [w for c, w in said.items() if "copied from old tax rolls" in c]
    assert who and all("broker" in w and "asked" not in w for w in who), said
    assert "Ho Chi Minh City" not in said.values()
