"""Attribution styles: who the speaker of each statement is (invented articles)."""


def test_name_said(statements, one):
    st = one(statements("Harbour Authority director Oskar Velde said the quay would reopen in June."), "quay would")
    assert (st.speaker, st.quote_type) == ("Oskar Velde", "indirect")


def test_inverted_said_with_apposition(statements, one):
    text = '"Inflation is falling faster than we feared," said Marta Quill, the central bank\'s governor.'
    st = one(statements(text), "Inflation is falling")
    assert (st.speaker, st.quote_type) == ("Marta Quill", "direct")


def test_according_to_a_person(statements, one):
    text = "Brenna Calloway, a harbour engineer, inspected the pier. According to Calloway, the pier needs new piles."
    assert one(statements(text), "pier needs").speaker == "Brenna Calloway"


def test_told_reporters_and_told_an_outlet(statements, one):
    text = ("Trade Minister Ilse Varga told reporters the tariff was temporary. "
            'Her deputy, Tomas Reyl, told the Daily Courier: "We expect a deal by autumn."')
    stmts = statements(text)
    assert one(stmts, "tariff was temporary").speaker == "Ilse Varga"
    assert one(stmts, "We expect a deal").speaker == "Tomas Reyl"


def test_wrote_on_a_platform_and_in_a_blog_post(statements, one):
    text = ("Economist Priya Dunmore wrote on LinkedIn that wages had stalled. "
            "In a blog post, Gideon Harrow wrote that the figures were revised. "
            "Councillor Amara Fenwick wrote on her Telegram channel that the vote was rigged.")
    stmts = statements(text)
    assert one(stmts, "wages had stalled").speaker == "Priya Dunmore"
    assert one(stmts, "figures were revised").speaker == "Gideon Harrow"
    assert one(stmts, "vote was rigged").speaker == "Amara Fenwick"


def test_in_a_statement_the_ministry_said(statements, one):
    st = one(statements("In a statement, the Ministry of Fisheries said quotas would be cut by a tenth."), "quotas")
    assert "Ministry of Fisheries" in st.speaker and not st.generic_speaker


def test_spokeswoman_for_an_organisation(statements, one):
    text = "A spokeswoman for the Ministry of Fisheries said the inspection found no violations."
    st = one(statements(text), "inspection found")
    assert "Ministry of Fisheries" in st.speaker and "spokeswoman" in st.speaker


def test_named_spokesperson_in_apposition(statements, one):
    text = "A Pellworth Foods spokesman, Dario Lenz, said the recall covered three batches."
    assert one(statements(text), "recall covered").speaker == "Dario Lenz"


def test_unnamed_source_is_generic_and_described_as_written(statements, one):
    text = "A senior official who asked not to be named said the talks had collapsed."
    st = one(statements(text), "talks had collapsed")
    assert st.generic_speaker and st.speaker.lower().startswith("a senior official")


def test_quote_over_two_paragraphs_is_two_statements_of_one_speaker(statements):
    text = ('"We will rebuild the bridge," Mayor Ruth Okafor said. "It will take two years.\n\n'
            '"Nobody will be left without a crossing."')
    stmts = statements(text)
    assert [s.speaker for s in stmts] == ["Ruth Okafor"] * 3
    assert "Nobody will be left" in stmts[-1].content


def test_quote_before_its_attribution_across_sentences(statements):
    text = '"The lab is safe. The leak was contained within an hour," plant manager Yusuf Brandt said.'
    stmts = statements(text)
    assert [s.speaker for s in stmts] == ["Yusuf Brandt", "Yusuf Brandt"]
    assert stmts[0].content.startswith("The lab is safe")


def test_reported_denial_warning_and_accusation(statements, one):
    text = ("Senator Clara Oduya denied that she had met the lobbyist. "
            "Senator Piotr Mazur warned that the bill would fail. "
            "Mazur accused the committee of hiding the costs.")
    stmts = statements(text)
    assert one(stmts, "met the lobbyist").act == "denied"
    assert one(stmts, "bill would fail").speaker == "Piotr Mazur"
    st = one(stmts, "hiding the costs")
    assert (st.speaker, st.act) == ("Piotr Mazur", "accused")


def test_partial_quote_is_mixed(statements, one):
    text = 'Union leader Hana Sato said the offer was "an insult to every nurse" and would be rejected.'
    st = one(statements(text), "an insult")
    assert (st.speaker, st.quote_type) == ("Hana Sato", "mixed")


def test_participle_clause_keeps_the_subject(statements):
    text = "The losing candidate, Ferdinand Oakes, demanded a recount on Tuesday, saying ballots had been lost."
    stmts = statements(text)
    assert {s.speaker for s in stmts} == {"Ferdinand Oakes"}
    assert any("ballots had been lost" in s.content for s in stmts)


def test_a_place_after_a_preposition_is_not_a_speaker(statements):
    assert statements("The embassy in Valmora urged restraint on Saturday.") == [] or all(
        s.speaker != "Valmora" for s in statements("The embassy in Valmora urged restraint on Saturday."))


def test_dateline_is_not_a_speaker(statements):
    text = 'PORT ELLIS, May 8 (Reuters) - Shipping firm Quellmouth Lines said on Wednesday it would cut 300 jobs.'
    (st,) = statements(text)
    assert "Quellmouth Lines" in st.speaker


def test_hyphenated_and_accented_names_stay_whole(statements):
    text = ('Education Minister Efia Asante-Mensah said the offer was final. '
            '"We cannot pay more," Asante-Mensah told reporters. Jürgen Kühn said he disagreed.')
    stmts = statements(text)
    assert [s.speaker for s in stmts] == ["Efia Asante-Mensah", "Efia Asante-Mensah", "Jürgen Kühn"]


def test_who_said_clause_after_a_name_and_apposition(statements, one):
    text = ("The inquiry heard from Grace Tembo, a government inspector, who said the mine "
            "had not been inspected since 2020.")
    assert one(statements(text), "not been inspected").speaker == "Grace Tembo"


def test_coordinated_subjects_each_make_the_statement(statements):
    text = "Mayor Ines Rot and Councillor Bruno Falk said the bridge would reopen in June."
    assert sorted(s.speaker for s in statements(text)) == ["Bruno Falk", "Ines Rot"]


def test_a_body_inside_a_quoted_persons_content_is_no_speaker_of_its_own(statements):
    text = "Campaign manager Tobias Lund said on Wednesday that the campaign had asked the city to publish the envelopes."
    assert [s.speaker for s in statements(text)] == ["Tobias Lund"]


def test_the_anonymity_clause_of_a_source_is_not_a_statement(statements):
    text = ("A Western diplomat in Valmora, who asked not to be named because he was not authorised to speak, "
            "said the talks had stalled.")
    (st,) = statements(text)
    assert st.generic_speaker and "talks had stalled" in st.content


def test_a_persons_act_reported_by_another_stays_a_statement(statements):
    text = "Foreign Minister Ada Lind said that Premier Oskar Holm had claimed the border was closed."
    assert sorted(s.speaker for s in statements(text)) == ["Ada Lind", "Oskar Holm"]


def test_asking_not_to_be_identified_is_no_statement(statements):
    text = ("Two people familiar with the talks said a deal was close. "
            "The people asked not to be identified because the talks were private.")
    assert [s.content for s in statements(text)] == ["a deal was close"]


def test_a_capital_speaks_for_its_country(statements, one):
    text = "Lisbon said on Tuesday that the fishing quota talks would resume in the spring."
    assert one(statements(text), "quota talks").speaker == "Portugal"


def test_a_name_after_a_long_role_phrase_is_the_speaker(statements, one):
    # the parser hangs the name on the role phrase's last noun ("Ports", "Hull"), not on the role
    text = ("Asked for comment, the Senior Adviser to the Minister of Ports, Mrs Ngozi Okafor-Bello, said the levy "
            'would stay. "The door is open," she said. '
            "The manager of the ferry line at Hull, Mr Tom Reyes, said sailings would resume.")
    stmts = statements(text)
    assert one(stmts, "levy would stay").speaker == "Ngozi Okafor-Bello"
    assert one(stmts, "door is open").speaker == "Ngozi Okafor-Bello"
    assert one(stmts, "sailings would resume").speaker == "Tom Reyes"


def test_a_place_after_a_role_phrase_is_no_speaker(statements, one):
    st = one(statements("The spokesman for the Ministry of Ports, Lagos, said fees would rise."), "fees would rise")
    assert st.speaker.startswith("The spokesman")
