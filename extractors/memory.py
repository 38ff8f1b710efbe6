"""What an article has said so far, for the figures whose own clause leaves a role out.

A figure's own clause always wins. When it names no population ("12 Prozent teilen diese
Einschätzung nicht"), the population is the last one of its passage (not a subgroup a clause
named with LOCAL_GROUP_CASES: "Among workers under 35, 71 percent ..."), else for an item of a
list the group its lead-in names ("Als größte Hürden nannten die Firmen:"), else whom the study
asked ("Umfrage unter 1.000 Verbrauchern"), else the subject of the sentence before ("Tech
workers differ. 24 percent said ..."), else the last one a cue named in the article ("der
Befragten", "of marketers"); a place that such a clause names narrows it for that figure alone
("In Großstädten sind es 44 Prozent": "Mieter in Großstädten"); a demonstrative group ("for
those aged 55 and over") stands for the noun of the last group a clause named, narrowed as it
says ("workers aged 55 and over"); a threshold in what a group does
("spend more than 30 percent of their income") passes on neither its amount nor its subject, and
one without a group takes the amount before. When it names no subject, or only
a pro-form ("bei Beamten sind es 51 Prozent", "do so"), the subject is the last one of its
passage, else of the article, with what a pro-verb's clause adds ("7 Prozent tun dies mehrmals pro
Woche"); a subject of one word that repeats the head of the last subject stands for it ("social
media use has risen … use has climbed to 77 percent"); a pro-form or a bare measure noun ("die Quote") that opens a
passage stands for the last subject of the article. Where the article's lead reports its figure
for a year with its source ("Wie das Statistische Bundesamt mitteilte, galten im Jahr 2023 …"),
that year dates the figures the article's date would, also in an article without a date of its
own ("…, according to figures released on 21 August 2024"). In an article that gives neither a
study year nor its own date, a figure without a year of its own has the year its passage last named
for a figure ("Für 2022 weist Eurostat ... aus. Damit rangierte ..."), unless the passage gave
an undated figure in an earlier sentence, which makes that year look back. A study a passage
names with its year ("In a 2018 field trial, …") dates the figures after it in that passage that
say no time of their own.
"""

from __future__ import annotations

from spacy.tokens import Span

from extractors.years import ResolvedYear


class ArticleMemory:
    """One per article, consulted figure by figure in text order."""

    def __init__(self, study_population: str):
        self.study_population = study_population
        self.named_population = ""  # the last population a cue named
        self.group_noun = ""  # the noun of the last group a figure's clause named, for a demonstrative ("those aged 55")
        self.passage = -1
        self.passage_population = ""
        self.passage_amount = ""  # the last amount a threshold in a group's clause named ("30 percent of their income")
        self.passage_subject = ""
        self.article_subject = ""  # the last subject of the article, for a pro-form that opens a passage
        self.year_passage = -1
        self.named_year: int | None = None  # the year the passage last gave a figure
        self.study_named_year: int | None = None  # the year of a study the passage named with a figure
        self.undated_sentence: int | None = None  # where the passage gave a figure no year before it named one
        self.figure_passages: set[int] = set()  # the passages that gave a figure so far
        self.reported_year: int | None = None  # the year the article's lead reports its figure for, with its source

    def roles(self, mention: Span, passage: int, truncated: bool = False, lead_in: str = "") -> tuple[str, str]:
        """The mention's (subject, population): its own, else what the article said before.
        Where the text breaks off (`truncated`), nothing is taken from before for the population;
        `lead_in` is the group a list's lead-in names, for an item of that list."""
        if passage != self.passage:
            self.passage, self.passage_population, self.passage_subject, self.passage_amount = passage, "", "", ""
        annotations = mention._
        subject = annotations.findings_subject or self.passage_subject or self.article_subject  # "Bei den Jüngeren sind es 44 Prozent"
        said = subject  # what the next pro-form stands for
        last_subject = self.passage_subject or self.article_subject
        if subject and " " not in subject and last_subject.lower().endswith(f" {subject.lower()}"):
            subject = said = last_subject  # "social media use has risen … use has climbed": the word repeats the subject's head
        if annotations.findings_subject_refers_back and (self.passage_subject or self.article_subject):
            # "53 Prozent machen das regelmäßig"; "In der IT-Branche liegt die Quote bei 76 Prozent"
            # opening a passage: the last subject of the article; with what a pro-verb's clause adds
            # ("7 Prozent tun dies mehrmals pro Woche")
            said = self.passage_subject or self.article_subject
            subject = f"{said} {annotations.findings_subject_adjuncts or ''}".strip()
        population = annotations.findings_population
        if population and annotations.findings_population_demonstrative and self.group_noun:
            # "for those aged 55 and over": the group's noun named before, with what narrows it here
            population = f"{self.group_noun} {population.partition(' ')[2]}".strip()
        elif annotations.findings_population_noun:
            self.group_noun = annotations.findings_population_noun
        if population and annotations.findings_population_cue:
            self.named_population = population
        local = annotations.findings_population_local
        if annotations.findings_threshold:  # a share of an amount in what a group does: of the amount before
            population, local = population or self.passage_amount or None, True
            self.passage_amount = population or ""
        if population is None and not truncated:
            before = annotations.findings_population_before or ""
            population = self.passage_population or lead_in or self.study_population or before or self.named_population
            if population and annotations.findings_population_place:  # "in Großstädten sind es 31 Prozent"
                population, local = f"{population} {annotations.findings_population_place}", True
        if not annotations.findings_threshold:  # the group's figure says what is done, not its threshold
            self.passage_subject = said
            self.article_subject = said or self.article_subject
        if not local:
            self.passage_population = population or ""
        return subject, population or ""

    def year(self, resolved: ResolvedYear, passage: int, sentence: int) -> tuple[int | None, str]:
        """The mention's (year, source): its own; for a relative time that counts from the time just
        named ("im Vorjahr", "a year earlier"), from the year its passage last gave a figure; where
        the article's lead reports its figure for a year with its source ("Wie das Statistische
        Bundesamt mitteilte, galten im Jahr 2023 …"), that year (counted from, for a relative
        time) rather than the article's date, and in place of a date the article does not give;
        else, where nothing dates the article and its sentence names no time of its own ("jetzt",
        "heute"), the year its passage last gave a figure, unless an undated figure of an earlier
        sentence came before it: the year then looks back ("36 Prozent … 2019 lag der Anteil noch
        bei 29 Prozent. Frauen … (41 Prozent)"). `sentence`: where the mention's sentence starts."""
        if passage != self.year_passage:
            self.year_passage, self.named_year, self.undated_sentence, self.study_named_year = passage, None, None, None
        self.figure_passages.add(passage)
        if resolved.source == "sentence" and resolved.of_study:
            self.study_named_year = resolved.year  # "In a 2018 field trial, …": the passage's study
        elif resolved.source in ("context", "published") and resolved.offset == 0 and not resolved.own_time and self.study_named_year:
            return self.study_named_year, "context"  # "… saved 9.6% on average": that study's figures go on
        if resolved.reported and self.reported_year is None and len(self.figure_passages) <= 2:
            self.reported_year = resolved.year
        if resolved.source == "sentence":
            self.named_year = resolved.year
            if self.undated_sentence == sentence:
                self.undated_sentence = None  # the year of the undated figure's own sentence
        elif resolved.offset_from_named is not None and self.named_year is not None:
            return self.named_year + resolved.offset_from_named, "context"  # "2023 … 64,8 %. Im Vorjahr …": 2022
        elif resolved.source == "published" and self.reported_year is not None and self.reported_year < resolved.year - resolved.offset:
            return self.reported_year + resolved.offset, "context"  # "Fünf Jahre zuvor …": from 2023, not the article's 2024
        elif resolved.source == "none" and not resolved.own_time and self.named_year is not None and self.undated_sentence is None:
            return self.named_year, "context"
        elif resolved.source == "none" and self.named_year is None and self.reported_year is not None:
            return self.reported_year + resolved.offset, "context"  # nothing dates the article: the lead's reported year
        elif resolved.source == "none" and self.named_year is None:
            self.undated_sentence = sentence
        return resolved.year, resolved.source
