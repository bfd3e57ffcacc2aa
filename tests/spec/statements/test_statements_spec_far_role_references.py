"""Once an article has called a named person "the minister", a "The minister said" many
paragraphs later, after other voices, is still that person while no one else named is a
minister. Every article is invented."""

from tests.spec.invented import speaker_of, statements_of

FAR = """Harbour deal signed

His Excellency Sheikh Rashid bin Saeed al-Qasimi, Minister of Ports and Maritime Affairs, said in a statement that the new quay would open in 2028.

The minister said the first berth would handle 800,000 containers a year. He added that 1,500 jobs were reserved for local workers.

The builder's chief executive, Hendrik Vollebregt, said the seabed survey took two years. "The rock is softer than we thought," Vollebregt said. He said the firm would hire 300 engineers.

The crane maker's president, Liu Shaoming, said the cranes would arrive in 2027. Liu said they would be the largest in the region. He said the order was worth 90 million dollars.

The fund's partner, Ines Carvalho, said the fund had been drawn by the timetable. Carvalho said it would look at more projects. She said the terms were fair.

A trade official, Budi Santoso, said shipping lines were studying a new route. Santoso said exporters wanted a shorter road to Africa. He said talks would start in spring.

Analysts have long argued that the coast has more berths than cargo. The minister, asked about that view, said: "Berths come before ships."
"""


def test_the_minister_far_on_is_the_minister_the_article_named():
    assert speaker_of(statements_of(FAR), "Berths come before ships") == "Rashid bin Saeed al-Qasimi"
