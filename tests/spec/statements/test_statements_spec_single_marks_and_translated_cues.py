"""House styles of other countries' papers: quotations in single marks (‘...,’ he said. ‘...’),
where the closing mark is also the apostrophe; translated French copy's manner verbs after a
quotation in guillemets (« ... », protested X); and a sentence that adds what the speaker will
do on a later day ("is demanding X and will meet ... on 20 June"), which does not date the
saying. Every article here is invented (published Thursday 9 May 2024)."""

from datetime import date

ISLAND_GP = (
    "Dr Ewart Lochbuie has looked after the island’s 600 people since 1986.\n\n"
    "‘I’ve stitched up fishermen on the pier,’ he said. ‘You don’t get that in a city practice.’\n\n"
    "Asked whether he had regrets, he paused. ‘Only that I didn’t train someone. That’s on me.’\n\n"
    "Islander Ishbel Corrachan said the locum rota was ‘a sticking plaster’. She added: "
    "‘People here are elderly. They need a doctor who knows their name.’"
)


def test_a_second_single_marked_quotation_after_he_said_is_his(statements, one):
    assert one(statements(ISLAND_GP), "city practice").speaker == "Ewart Lochbuie"


def test_a_single_marked_quotation_after_narrative_is_the_narrated_persons(statements, one):
    assert one(statements(ISLAND_GP), "train someone").speaker == "Ewart Lochbuie"


def test_a_single_marked_quotation_after_she_added_is_hers(statements, one):
    assert one(statements(ISLAND_GP), "knows their name").speaker == "Ishbel Corrachan"


def test_apostrophes_stay_in_the_quoted_words(statements, one):
    assert "You don’t get that in a city practice" in one(statements(ISLAND_GP), "city practice").content


def test_single_marks_inside_a_double_marked_quotation_stay_an_inner_quotation(statements, one):
    text = '"The inspector called it ‘a disgrace’, and he was right," said Carys Penhallow.'
    st = one(statements(text), "he was right")
    assert st.speaker == "Carys Penhallow" and "‘a disgrace’" in st.content


def test_protested_after_a_guillemet_quotation_is_a_speech_act(statements, one):
    text = "« They knew it since the winter and said nothing », protested Loïc Kerbrat, union delegate at the site."
    assert one(statements(text), "since the winter").speaker == "Loïc Kerbrat"


def test_protesting_outside_a_building_is_no_statement(statements):
    assert statements("Hundreds of cannery workers protested outside the town hall on Monday.") == []


def test_a_later_meeting_in_the_same_sentence_does_not_date_the_demand(statements, one):
    text = "The union is demanding a redundancy plan and will meet the management again on 20 May."
    assert one(statements(text), "redundancy plan").when_start == date(2024, 5, 9)


def test_an_inverted_cue_then_its_listener_still_names_the_speaker(statements, one):
    text = ("« We will reopen the cannery before the tuna season », declared the director, "
            "Gwenaël Morvannou, to our newspaper.")
    assert one(statements(text), "tuna season").speaker == "Gwenaël Morvannou"


def test_the_french_m_before_a_given_name_and_surname_is_a_title(statements, one):
    text = "« The quay must be rebuilt first », M. Yannick Le Goarnig told the harbour council."
    assert one(statements(text), "quay must").speaker == "Yannick Le Goarnig"


def test_mme_before_a_name_is_a_title(statements, one):
    text = "« The ferries will run all winter », Mme Solène Kervrazic told the harbour council."
    assert one(statements(text), "all winter").speaker == "Solène Kervrazic"


def test_m_before_a_single_name_stays_its_initial(statements, one):
    text = '"The reservoir is full," said M. Karunavel, the water minister.'
    assert one(statements(text), "reservoir").speaker == "M. Karunavel"


def test_a_guillemet_quotation_with_inner_spaces_keeps_its_closing_mark(statements, one):
    text = "Gwenaël Morvannou said the town needed a harbour « worthy of the name »."
    assert one(statements(text), "worthy of").content.endswith("« worthy of the name »")


def test_a_guillemet_quotation_with_inner_narrow_spaces_keeps_its_closing_mark(statements, one):
    text = "Gwenaël Morvannou said the town needed a harbour «\u202fworthy of the name\u202f»."
    assert one(statements(text), "worthy of").content.endswith("worthy of the name\u202f»")
