"""Example translations of the demo content into English and Arabic.

EXAMPLE TRANSLATIONS written for this demo, not translations by the City of
Aachen. They are kept the way a translator's memory keeps them – German
text → translation – and loaded through wagtail-localize
(``loader.DemoContentLoader.sync_translations``), so the translation status
matrix in the admin shows every state it knows:

* **English** (``en``): the home page, both concept pages, the theme fields
  with all guiding goals and sub-goals, the action fields, the measures, the
  offers directory, 13 offers and every provider, target group and district.

  - *up to date*: everything fully translated below;
  - *in progress*: the chapters, of which only the titles (and URL slugs) are
    translated – their text stays German;
  - *machine-translated, not reviewed*: offers AC-0014 and AC-0026, EXAMPLE
    MACHINE TRANSLATIONS as DeepL might have made them (``ENGLISH_MACHINE``),
    awaiting a translator's review;
  - *outdated*: offer AC-0003, the language café, translated while it met from
    3 to 5 pm (``OUTDATED_OFFER``); it has since moved to 4 to 6 pm, and the
    translation still has the old time;
  - *missing*: the other offers.
* **Arabic** (``ar``, Modern Standard Arabic): the home page and the seven
  action fields, up to date; everything else missing.
* Turkish, Russian, Ukrainian, Persian, French: missing.

A key is one segment of the German text as wagtail-localize extracts it: a
plain field, or one paragraph or list item of rich text with its inline tags
(``<b>``, ``<i>``, links as ``<a id="a1">``), which the translation keeps with
the same link ids. Slugs are segments too; wagtail-localize turns translated
slugs into ASCII, so the Arabic pages use the English ones.
"""

from collections.abc import Mapping

from .types import LocaleTranslationsData, TranslatedObjectData

ACTION_FIELD_CODES = (
    "sprache-bildung",
    "arbeit-weiterbildung",
    "wohnen-sozialplanung",
    "kultur-religion",
    "sport-gesundheit",
    "sicherheit-rassismus-extremismus",
    "oeffentlichkeitsarbeit-presse",
)

# The paragraph every action field page closes with (see ``aachen._fachgespraech``).
GERMAN_EXPERT_TALK = (
    "Im Frühjahr 2017 lädt die Stadt Aachen zu einem Fachgespräch zum Handlungsfeld „{topic}“ "
    "ein. Neben den Expertinnen und Experten ist auch die Politik eingeladen. Das Gespräch "
    "verknüpft die Leit- und Teilziele der vier Themenfelder mit konkreten Maßnahmen."
)
ACTION_FIELD_TITLES = (
    "Sprache / Bildung",
    "Arbeit / Weiterbildung",
    "Wohnen / Sozialplanung",
    "Kultur / Religion",
    "Sport / Gesundheit",
    "Sicherheit / Rassismus / Religiöser Extremismus",
    "Öffentlichkeitsarbeit / Presse",
)


def expert_talks(memory: Mapping[str, str], template: str) -> dict[str, str]:
    """The expert-talk paragraph of each action field, its title translated by ``memory``."""
    return {
        GERMAN_EXPERT_TALK.format(topic=title): template.format(topic=memory[title])
        for title in ACTION_FIELD_TITLES
    }


# --- English -------------------------------------------------------------------

ENGLISH: dict[str, str] = {
    # HomePage
    "Integration in Aachen": "Integration in Aachen",
    "home": "home-en",
    "Das Integrationskonzept der Stadt Aachen und die Angebote der Integrationsarbeit": (
        "The City of Aachen's integration concept and the offers of integration work"
    ),
    (
        "Die Stadt Aachen erarbeitet gemeinsam mit den Akteurinnen und Akteuren der "
        "Integrationsarbeit ein neues Integrationskonzept. Hier finden Sie den Entwurf 2016/17 "
        "mit der <b>Aachener Haltung zum Zusammenleben in Vielfalt</b>, den Themenfeldern, "
        "Handlungsfeldern und Maßnahmen – und die Übersicht über die Angebote der "
        "Integrationsarbeit in Aachen."
    ): (
        "Together with the people and organisations involved in integration work, the City of "
        "Aachen is drawing up a new integration concept. Here you will find the 2016/17 draft "
        "with the <b>Aachen Stance on Living Together in Diversity</b>, the theme fields, action "
        "fields and measures – and the overview of the offers of integration work in Aachen."
    ),
    (
        "Dies ist eine Demo-Installation. Leit- und Teilziele, einzelne Maßnahmen und alle "
        "Angebote sind als Beispielinhalte gekennzeichnet."
    ): (
        "This is a demo installation. Guiding goals and sub-goals, some of the measures and all "
        "offers are marked as example content."
    ),
    # IntegrationConceptPage 2016/17
    "Integrationskonzept der Stadt Aachen": "Integration Concept of the City of Aachen",
    "integrationskonzept": "integration-concept",
    "Entwurf 2016/17": "Draft 2016/17",
    (
        "Der Entwurf des neuen Integrationskonzeptes, seit der Auftaktveranstaltung am 9. Mai "
        "2015 partizipativ erarbeitet: die Aachener Haltung zum Zusammenleben in Vielfalt, vier "
        "Themenfelder mit Leit- und Teilzielen, sieben Handlungsfelder und die Maßnahmen."
    ): (
        "The draft of the new integration concept, developed together with the city's actors "
        "since the kick-off event on 9 May 2015: the Aachen Stance on Living Together in "
        "Diversity, four theme fields with guiding goals and sub-goals, seven action fields and "
        "the measures."
    ),
    "Integrationsrat; Ausschuss für Soziales, Integration und Demographie": (
        "Integration Council; Committee for Social Affairs, Integration and Demography"
    ),
    (
        "Der Integrationsrat nimmt die Ausführungen zum Sachstand der Neuaufstellung des "
        "Integrationskonzeptes zur Kenntnis."
    ): (
        "The Integration Council takes note of the report on the progress of the new integration "
        "concept."
    ),
    (
        "Der Ausschuss für Soziales, Integration und Demographie nimmt die Ausführungen zum "
        "Sachstand der Neuaufstellung des Integrationskonzeptes zur Kenntnis und beauftragt die "
        "Verwaltung, das Integrationskonzept auf der Grundlage des bestehenden Entwurfes weiter "
        "zu bearbeiten."
    ): (
        "The Committee for Social Affairs, Integration and Demography takes note of the report on "
        "the progress of the new integration concept and instructs the administration to continue "
        "work on the integration concept on the basis of the existing draft."
    ),
    # ChapterPage titles and slugs
    "Der Weg zum neuen Konzept": "The road to the new concept",
    "der-weg-zum-neuen-konzept": "the-road-to-the-new-concept",
    (
        "Notwendigkeit eines neuen Integrationskonzeptes: Förderrichtlinien für Kommunale "
        "Integrationszentren"
    ): (
        "Why a new integration concept is needed: the funding guidelines for municipal "
        "integration centres"
    ),
    "notwendigkeit-eines-neuen-integrationskonzeptes": "why-a-new-integration-concept-is-needed",
    "Rahmen zur Erstellung des Integrationskonzeptes für das Ministerium": (
        "The framework for drawing up the integration concept, agreed with the ministry"
    ),
    "rahmen-zur-erstellung-des-integrationskonzeptes": (
        "framework-for-drawing-up-the-integration-concept"
    ),
    "Externe Begleitung des partizipatorischen Prozesses": (
        "External facilitation of the participatory process"
    ),
    "externe-begleitung-des-partizipatorischen-prozesses": (
        "external-facilitation-of-the-participatory-process"
    ),
    "Bestandsaufnahme der vorhandenen Angebote": "Inventory of the existing offers",
    "bestandsaufnahme-der-vorhandenen-angebote": "inventory-of-the-existing-offers",
    "Steuerung und Vernetzung": "Governance and networking",
    "steuerung-und-vernetzung": "governance-and-networking",
    "Netzwerk Integration": "The Integration Network",
    "netzwerk-integration": "integration-network",
    "Steuerungsgruppe „Integration im Querschnitt“": (
        "The steering group “Integration Across the Board”"
    ),
    "steuerungsgruppe-integration-im-querschnitt": "steering-group-integration-across-the-board",
    "Vision für ein zukünftiges Zusammenleben in Vielfalt: Aachener Haltung": (
        "A vision for living together in diversity: the Aachen Stance"
    ),
    "aachener-haltung": "aachen-stance",
    "Themenfelder und Leitziele": "Theme fields and guiding goals",
    "themenfelder-und-leitziele": "theme-fields-and-guiding-goals",
    "Planung Frühjahr 2017: Fachgespräche zu den Handlungsfeldern": (
        "Plans for spring 2017: expert talks on the action fields"
    ),
    "planung-fruehjahr-2017": "plans-for-spring-2017",
    # ThemeFieldPage: Interkulturelle Öffnung
    "Interkulturelle Öffnung": "Intercultural opening",
    "interkulturelle-oeffnung": "intercultural-opening",
    (
        "Verwaltung, Bildungseinrichtungen und Dienste öffnen sich für alle Menschen der Stadt. "
        "Beispielinhalt: Die Leit- und Teilziele auf dieser Seite sind für die Demo erfunden; die "
        "Sitzungsvorlage nennt nur das Themenfeld selbst."
    ): (
        "The administration, educational institutions and services open up to everyone who lives "
        "in the city. Example content: the guiding goals and sub-goals on this page were invented "
        "for the demo; the council submission names only the theme field itself."
    ),
    (
        "Interkulturelle Öffnung heißt, dass Einrichtungen ihre Angebote, ihr Personal und ihre "
        "Abläufe so gestalten, dass alle Aachenerinnen und Aachener sie gleichermaßen nutzen "
        "können – unabhängig von Herkunft, Sprache oder Religion."
    ): (
        "Intercultural opening means that institutions shape their services, their staff and "
        "their procedures so that everyone in Aachen can use them equally – regardless of origin, "
        "language or religion."
    ),
    "Die Stadtverwaltung ist für alle Aachenerinnen und Aachener gleichermaßen zugänglich.": (
        "The city administration is equally accessible to everyone in Aachen."
    ),
    "Wer ein Anliegen hat, findet den Weg in die Verwaltung und wird verstanden.": (
        "Anyone who needs something from the administration finds their way in and is understood."
    ),
    (
        "Wichtige Informationen der Verwaltung liegen in einfacher Sprache und in den häufigsten "
        "Herkunftssprachen vor."
    ): (
        "Important information from the administration is available in plain language and in the "
        "most common languages of origin."
    ),
    (
        "Beschäftigte mit Publikumsverkehr nehmen regelmäßig an Fortbildungen zu interkultureller "
        "Kompetenz teil."
    ): (
        "Staff who deal with the public regularly take part in training on intercultural "
        "competence."
    ),
    (
        "Städtische Stellen können bei Bedarf Sprach- und Kulturmittlerinnen und -mittler "
        "hinzuziehen."
    ): ("City offices can call in language and cultural mediators when needed."),
    (
        "Die Vielfalt der Stadtgesellschaft spiegelt sich im Personal der Stadt und der Träger "
        "wider."
    ): (
        "The diversity of the city's population is reflected in the staff of the city and of the "
        "providers."
    ),
    "Ein vielfältiges Team erreicht eine vielfältige Bevölkerung besser.": (
        "A diverse team reaches a diverse population better."
    ),
    "Der Anteil der Auszubildenden mit Einwanderungsgeschichte in der Stadtverwaltung steigt.": (
        "The share of trainees with an immigrant background in the city administration is rising."
    ),
    "Stellenausschreibungen sprechen Menschen mit Einwanderungsgeschichte ausdrücklich an.": (
        "Job advertisements explicitly address people with an immigrant background."
    ),
    "Bildungs-, Gesundheits- und Beratungsdienste öffnen sich interkulturell.": (
        "Education, health and advice services open up to people of every background."
    ),
    "Regeldienste erreichen zugewanderte Familien ebenso gut wie alle anderen.": (
        "Mainstream services reach immigrant families as well as they reach everyone else."
    ),
    "Kitas und Schulen arbeiten mit Elternbegleiterinnen und -begleitern zusammen.": (
        "Day-care centres and schools work together with parent mentors."
    ),
    "Beratungsstellen machen sichtbar, in welchen Sprachen sie beraten.": (
        "Advice centres make it clear which languages they offer advice in."
    ),
    # ThemeFieldPage: Anerkennungs- und Willkommenskultur
    "Anerkennungs- und Willkommenskultur": "A culture of recognition and welcome",
    "anerkennungs-und-willkommenskultur": "culture-of-recognition-and-welcome",
    (
        "Neuzugewanderte sind willkommen, und was sie mitbringen, wird anerkannt. Beispielinhalt: "
        "Die Leit- und Teilziele auf dieser Seite sind für die Demo erfunden; die Sitzungsvorlage "
        "nennt nur das Themenfeld selbst."
    ): (
        "Newcomers are welcome, and what they bring with them is recognised. Example content: the "
        "guiding goals and sub-goals on this page were invented for the demo; the council "
        "submission names only the theme field itself."
    ),
    (
        "Eine Willkommenskultur erleichtert das Ankommen; eine Anerkennungskultur würdigt die "
        "Fähigkeiten, Abschlüsse und Lebensleistungen der Menschen, die schon lange hier leben, "
        "ebenso wie derer, die neu hinzukommen."
    ): (
        "A culture of welcome makes arriving easier; a culture of recognition values the skills, "
        "qualifications and life achievements of people who have lived here for a long time as "
        "much as those of people who have just arrived."
    ),
    "Neuzugewanderte finden sich vom ersten Tag an in Aachen zurecht.": (
        "Newcomers find their way around Aachen from the very first day."
    ),
    "Orientierung in den ersten Wochen entscheidet oft über den weiteren Weg.": (
        "Finding one's bearings in the first weeks often decides what comes next."
    ),
    "Eine Willkommensmappe informiert in mehreren Sprachen über Ämter, Beratung und Angebote.": (
        "A welcome pack explains public offices, advice and offers in several languages."
    ),
    (
        "Die Online-Plattform der Angebote ist in den wichtigsten Sprachen der Neuzugewanderten "
        "verfügbar."
    ): ("The online platform of offers is available in the main languages of the newcomers."),
    "Lotsinnen und Lotsen begleiten Neuzugewanderte bei den ersten Behördengängen.": (
        "Guides accompany newcomers on their first visits to public offices."
    ),
    "Mitgebrachte Qualifikationen und Kompetenzen werden anerkannt und genutzt.": (
        "The qualifications and skills people bring with them are recognised and put to use."
    ),
    "Niemand soll unter seinen Möglichkeiten arbeiten müssen.": (
        "Nobody should have to work below their abilities."
    ),
    "Die Beratung zur Anerkennung ausländischer Berufsabschlüsse ist schnell erreichbar.": (
        "Advice on the recognition of foreign vocational qualifications is quick to reach."
    ),
    "Mehrsprachigkeit gilt in Kita, Schule und Beruf als Stärke.": (
        "Speaking several languages counts as a strength in day care, at school and at work."
    ),
    "Aachen würdigt die Beiträge der Eingewanderten zur Stadtgeschichte.": (
        "Aachen honours what immigrants have contributed to the city's history."
    ),
    "Einwanderung gehört zur Geschichte der Stadt im Dreiländereck.": (
        "Immigration is part of the history of this city where three countries meet."
    ),
    "Einbürgerungen werden in einer Feier im Rathaus gewürdigt.": (
        "New citizens are welcomed with a naturalisation ceremony in the town hall."
    ),
    "Ausstellungen und Stadtführungen erzählen die Geschichte der Einwanderung nach Aachen.": (
        "Exhibitions and city tours tell the story of immigration to Aachen."
    ),
    # ThemeFieldPage: Zusammenleben im Quartier
    "Zusammenleben im Quartier": "Living together in the neighbourhood",
    "zusammenleben-im-quartier": "living-together-in-the-neighbourhood",
    (
        "Integration geschieht vor Ort: in der Nachbarschaft, im Stadtteil, im Quartier. "
        "Beispielinhalt: Die Leit- und Teilziele auf dieser Seite sind für die Demo erfunden; die "
        "Sitzungsvorlage nennt nur das Themenfeld selbst."
    ): (
        "Integration happens locally: next door, in the district, in the neighbourhood. Example "
        "content: the guiding goals and sub-goals on this page were invented for the demo; the "
        "council submission names only the theme field itself."
    ),
    (
        "Im Quartier begegnen sich Menschen im Alltag – im Treppenhaus, auf dem Spielplatz, beim "
        "Einkaufen. Gute Nachbarschaft braucht Orte der Begegnung und Wege, Konflikte fair zu "
        "lösen."
    ): (
        "In the neighbourhood, people meet in everyday life – on the stairs, at the playground, "
        "while shopping. Good neighbourly relations need places to meet and ways of settling "
        "conflicts fairly."
    ),
    (
        "In allen Stadtteilen gibt es Orte der Begegnung für alteingesessene und zugewanderte "
        "Menschen."
    ): ("Every district has places where long-standing residents and newcomers can meet."),
    "Begegnung baut Vorurteile ab und schafft Nachbarschaft.": (
        "Meeting one another breaks down prejudice and builds neighbourly ties."
    ),
    "Stadtteilbüros und Familienzentren öffnen ihre Räume für Begegnungsangebote.": (
        "District offices and family centres open their rooms for activities where people can meet."
    ),
    "Quartiersfeste bringen Nachbarinnen und Nachbarn verschiedener Herkunft zusammen.": (
        "Neighbourhood festivals bring together neighbours of different origins."
    ),
    "Konflikte im Zusammenleben werden früh erkannt und fair gelöst.": (
        "Conflicts between neighbours are spotted early and settled fairly."
    ),
    "Spannungen gehören zum Zusammenleben; entscheidend ist, wie wir mit ihnen umgehen.": (
        "Tensions are part of living together; what matters is how we deal with them."
    ),
    "Nachbarschaftsmediation steht in mehreren Sprachen zur Verfügung.": (
        "Neighbourhood mediation is available in several languages."
    ),
    "Wohnungsunternehmen, Quartiersmanagement und Polizei tauschen sich regelmäßig aus.": (
        "Housing companies, neighbourhood management and the police meet regularly to share "
        "information."
    ),
    "Geflüchtete ziehen früh in eigene Wohnungen und finden Anschluss in ihrer Nachbarschaft.": (
        "Refugees move into homes of their own early on and find their place in the neighbourhood."
    ),
    "Eigener Wohnraum ist eine Grundlage für Teilhabe.": (
        "A home of one's own is a foundation for taking part in society."
    ),
    "Der Umzug aus Gemeinschaftsunterkünften in Wohnungen wird von Beratung begleitet.": (
        "Advisers support the move from shared accommodation into flats."
    ),
    "Nachbarschaftspatenschaften erleichtern das Ankommen im neuen Wohnumfeld.": (
        "Neighbourhood mentors make it easier to settle into new surroundings."
    ),
    # ThemeFieldPage: Gesellschaftliches Engagement und Teilhabe
    "Gesellschaftliches Engagement und Teilhabe": "Civic engagement and participation",
    "gesellschaftliches-engagement-und-teilhabe": "civic-engagement-and-participation",
    (
        "Alle Aachenerinnen und Aachener gestalten ihre Stadt mit – in Vereinen, Initiativen und "
        "Gremien. Beispielinhalt: Die Leit- und Teilziele auf dieser Seite sind für die Demo "
        "erfunden; die Sitzungsvorlage nennt nur das Themenfeld selbst."
    ): (
        "Everyone in Aachen helps to shape their city – in clubs, initiatives and committees. "
        "Example content: the guiding goals and sub-goals on this page were invented for the "
        "demo; the council submission names only the theme field itself."
    ),
    (
        "Teilhabe heißt mitreden, mitentscheiden und mitmachen. Engagement von und für Menschen "
        "mit Einwanderungsgeschichte stärkt den Zusammenhalt der ganzen Stadtgesellschaft."
    ): (
        "Participation means having a say, sharing in decisions and joining in. Engagement by and "
        "for people with an immigrant background strengthens the cohesion of the whole city."
    ),
    "Menschen mit Einwanderungsgeschichte engagieren sich in Vereinen, Initiativen und Gremien.": (
        "People with an immigrant background are active in clubs, initiatives and committees."
    ),
    "Wer sich engagiert, gehört dazu und wird gehört.": (
        "Those who get involved belong – and are heard."
    ),
    (
        "Sportvereine und Kulturinitiativen gewinnen gezielt neue Mitglieder mit "
        "Einwanderungsgeschichte."
    ): (
        "Sports clubs and cultural initiatives make a point of recruiting new members with an "
        "immigrant background."
    ),
    "Die Wahlbeteiligung bei der Wahl des Integrationsrates steigt.": (
        "Turnout in the Integration Council elections is rising."
    ),
    "Migrantenorganisationen sind gleichberechtigte Partner der Integrationsarbeit.": (
        "Migrant organisations are equal partners in integration work."
    ),
    "Sie kennen die Lebenswirklichkeit ihrer Mitglieder am besten.": (
        "They know their members' everyday lives best."
    ),
    (
        "Migrantenorganisationen werden bei Vereinsgründung, Förderanträgen und Projektarbeit "
        "beraten."
    ): (
        "Migrant organisations get advice on setting up an association, applying for funding and "
        "running projects."
    ),
    "Migrantenorganisationen sind in der Steuerungsgruppe und in den Fachgesprächen vertreten.": (
        "Migrant organisations are represented in the steering group and in the expert talks."
    ),
    "Ehrenamtliches Engagement für und mit Geflüchteten wird gestärkt und begleitet.": (
        "Volunteering for and with refugees is strengthened and supported."
    ),
    "Ehrenamt braucht Anerkennung, Austausch und fachliche Unterstützung.": (
        "Volunteers need recognition, exchange and professional support."
    ),
    "Ehrenamtliche erhalten Qualifizierung, Austausch und Supervision.": (
        "Volunteers receive training, opportunities to share experience, and supervision."
    ),
    "Geflüchtete werden selbst als Ehrenamtliche gewonnen.": (
        "Refugees themselves are recruited as volunteers."
    ),
    "Ehrenamtliches Engagement wird öffentlich gewürdigt.": (
        "Volunteering receives public recognition."
    ),
    # ActionFieldPage
    "Sprache / Bildung": "Language / Education",
    "sprache-bildung": "language-education",
    (
        "Deutsch lernen, Mehrsprachigkeit wertschätzen und gleiche Bildungschancen von der Kita "
        "bis zur Weiterbildung schaffen."
    ): (
        "Learning German, valuing multilingualism and creating equal opportunities in education, "
        "from day care to further education."
    ),
    (
        "Sprache ist ein Schlüssel zur Teilhabe. Das Handlungsfeld umfasst Sprachkurse für "
        "Erwachsene, die sprachliche Bildung in Kita und Schule, die Wertschätzung der "
        "Herkunftssprachen und die Zusammenarbeit mit Eltern."
    ): (
        "Language is a key to taking part in society. This action field covers language courses "
        "for adults, language learning in day care and at school, respect for heritage languages "
        "and working together with parents."
    ),
    "Fachgespräch im Frühjahr 2017": "Expert talk in spring 2017",
    "Arbeit / Weiterbildung": "Work / Further training",
    "arbeit-weiterbildung": "work-further-training",
    (
        "Zugang zu Ausbildung und Arbeit, Anerkennung ausländischer Abschlüsse und berufliche "
        "Weiterbildung."
    ): (
        "Access to vocational training and work, recognition of foreign qualifications and "
        "further vocational training."
    ),
    (
        "Eigene Arbeit sichert den Lebensunterhalt und schafft Kontakte. Das Handlungsfeld "
        "umfasst die Beratung zur Anerkennung von Berufs- und Studienabschlüssen, berufsbezogene "
        "Sprachförderung, den Übergang von der Schule in den Beruf und die interkulturelle "
        "Öffnung von Betrieben."
    ): (
        "A job of one's own pays the bills and brings people into contact. This action field "
        "covers advice on the recognition of vocational and academic qualifications, job-related "
        "language support, the transition from school to work and the intercultural opening of "
        "businesses."
    ),
    "Wohnen / Sozialplanung": "Housing / Social planning",
    "wohnen-sozialplanung": "housing-social-planning",
    (
        "Guter Wohnraum für alle und eine Sozialplanung, die die Vielfalt der Quartiere "
        "berücksichtigt."
    ): (
        "Good housing for everyone, and social planning that takes the diversity of the "
        "neighbourhoods into account."
    ),
    (
        "Das Handlungsfeld umfasst die Unterstützung bei der Wohnungssuche, das Zusammenleben in "
        "der Nachbarschaft, die Quartiersarbeit und eine Sozialplanung, die die Entwicklung der "
        "Stadtteile im Blick behält."
    ): (
        "This action field covers help with finding a home, living together as neighbours, "
        "neighbourhood work and social planning that keeps track of how the districts develop."
    ),
    "Kultur / Religion": "Culture / Religion",
    "kultur-religion": "culture-religion",
    "Kulturelle Teilhabe für alle sowie der Dialog der Kulturen und Religionen.": (
        "Access to cultural life for everyone, and dialogue between cultures and religions."
    ),
    (
        "Aachen ist eine Stadt mit vielfältigen kulturellen Angeboten und vielen "
        "Religionsgemeinschaften. Das Handlungsfeld umfasst den Zugang zu Kultur, interkulturelle "
        "Kulturarbeit und den interreligiösen Dialog."
    ): (
        "Aachen is a city with a rich cultural life and many religious communities. This action "
        "field covers access to culture, intercultural arts work and interfaith dialogue."
    ),
    "Sport / Gesundheit": "Sport / Health",
    "sport-gesundheit": "sport-health",
    "Sport als Ort der Begegnung und gleicher Zugang zur Gesundheitsversorgung.": (
        "Sport as a place to meet, and equal access to health care."
    ),
    (
        "Im Sportverein entstehen Freundschaften über alle Grenzen hinweg. Das Handlungsfeld "
        "umfasst offene Sportangebote, die interkulturelle Öffnung der Vereine, "
        "Gesundheitsförderung und die Orientierung im Gesundheitssystem."
    ): (
        "Sports clubs are where friendships form across every boundary. This action field covers "
        "open sports activities, the intercultural opening of clubs, health promotion and finding "
        "your way around the health system."
    ),
    "Sicherheit / Rassismus / Religiöser Extremismus": "Safety / Racism / Religious extremism",
    "sicherheit-rassismus-religioeser-extremismus": "safety-racism-religious-extremism",
    (
        "Schutz vor Diskriminierung und Gewalt, Vorbeugung gegen Rassismus und religiös "
        "begründeten Extremismus."
    ): (
        "Protection from discrimination and violence, and prevention of racism and religiously "
        "motivated extremism."
    ),
    (
        "Aachen steht zusammen gegen feindselige, rassistische, gewalttätige und extremistisch "
        "motivierte Handlungen. Das Handlungsfeld umfasst Antidiskriminierungsarbeit, die "
        "Beratung von Betroffenen, politische Bildung und die Vorbeugung gegen Radikalisierung."
    ): (
        "Aachen stands together against hostile, racist, violent and extremist acts. This action "
        "field covers anti-discrimination work, advice for those affected, civic education and "
        "the prevention of radicalisation."
    ),
    "Öffentlichkeitsarbeit / Presse": "Public relations / Press",
    "oeffentlichkeitsarbeit-presse": "public-relations-press",
    "Über Integration informieren, Vielfalt sichtbar machen und die Angebote bekannt machen.": (
        "Informing people about integration, making diversity visible and making the offers known."
    ),
    (
        "Gute Angebote nützen nur, wenn die Menschen sie kennen. Das Handlungsfeld umfasst "
        "mehrsprachige Information, die Zusammenarbeit mit der Presse und die Online-Plattform "
        "der Angebote."
    ): (
        "Good offers only help if people know about them. This action field covers multilingual "
        "information, working with the press and the online platform of offers."
    ),
    # MeasurePage
    "Online-Plattform der Angebote": "Online platform of offers",
    "online-plattform-der-angebote": "online-platform-of-offers",
    (
        "Aus der Bestandsaufnahme vom 9. Mai 2015 entsteht eine Online-Plattform, die die "
        "Angebote der Integrationsarbeit ständig aktuell zeigt."
    ): (
        "The inventory of 9 May 2015 is growing into an online platform that always shows the "
        "current offers of integration work."
    ),
    (
        "Die Bestandsaufnahme auf der Auftaktveranstaltung am 9. Mai 2015 zeigte eine Vielfalt an "
        "unterschiedlichsten Angeboten. Die Übersicht über die konkreten Angebote soll ständig "
        "aktuell gehalten werden. Eine hieraus zu entwickelnde Online-Plattform bildet eine der "
        "Maßnahmen im neuen Integrationskonzept."
    ): (
        "The inventory taken at the kick-off event on 9 May 2015 showed a great variety of "
        "offers. The overview of these offers is to be kept up to date at all times. An online "
        "platform developed from it is one of the measures of the new integration concept."
    ),
    (
        "Die Plattform ist mehrsprachig und lässt sich nach Handlungsfeld, Zielgruppe, Sprache "
        "und Stadtteil durchsuchen. Träger melden Änderungen an ihren Angeboten, die Redaktion "
        "prüft sie regelmäßig."
    ): (
        "The platform is multilingual and can be searched by action field, target group, language "
        "and district. Providers report changes to their offers, and the editorial team checks "
        "them regularly."
    ),
    "Fachgespräche zu den Handlungsfeldern": "Expert talks on the action fields",
    "fachgespraeche-zu-den-handlungsfeldern": "expert-talks-on-the-action-fields",
    (
        "Im Frühjahr 2017 verknüpfen Fachgespräche die Themenfelder mit sieben Handlungsfeldern; "
        "neben Expertinnen und Experten ist auch die Politik eingeladen."
    ): (
        "In spring 2017, expert talks link the theme fields with seven action fields; politicians "
        "are invited as well as experts."
    ),
    (
        "Um die in den Themenfeldern liegenden Potenziale voll auszuschöpfen, werden diese in den "
        "weiteren Gesprächen mit konkreten Handlungsfeldern verknüpft. Zu jedem der sieben "
        "Handlungsfelder gibt es ein Fachgespräch:"
    ): (
        "To make full use of the potential of the theme fields, the next round of talks links "
        "them with concrete action fields. There is an expert talk on each of the seven action "
        "fields:"
    ),
    "Fortbildungsreihe „Interkulturelle Kompetenz“ für die Stadtverwaltung": (
        "Training series “Intercultural competence” for the city administration"
    ),
    "fortbildungsreihe-interkulturelle-kompetenz": "training-series-intercultural-competence",
    (
        "Beschäftigte mit Publikumsverkehr lernen in sechs Modulen, Missverständnisse zu "
        "vermeiden und mit Sprachmittlung zu arbeiten."
    ): (
        "In six modules, staff who deal with the public learn how to avoid misunderstandings and "
        "how to work with interpreters."
    ),
    (
        "Sechs Module zu Kommunikation, Vorurteilen, Aufenthaltsrecht und Sprachmittlung; rund "
        "120 Beschäftigte aus Bürgerservice, Ausländeramt, Jugendamt und Sozialamt haben "
        "teilgenommen."
    ): (
        "Six modules on communication, prejudice, residence law and interpreting; around 120 "
        "staff from the citizens' service, the immigration office, the youth welfare office and "
        "the social welfare office have taken part."
    ),
    "Beispielinhalt der Demo.": "Example content of the demo.",
    "Pool für Sprach- und Kulturmittlung": "Pool of language and cultural mediators",
    "pool-fuer-sprach-und-kulturmittlung": "pool-of-language-and-cultural-mediators",
    (
        "Geschulte Sprach- und Kulturmittlerinnen und -mittler begleiten Gespräche in Kitas, "
        "Schulen, Beratungsstellen und Ämtern."
    ): (
        "Trained language and cultural mediators support conversations in day-care centres, "
        "schools, advice centres and public offices."
    ),
    (
        "Der Pool umfasst Sprachmittlerinnen und Sprachmittler für Arabisch, Persisch, Kurdisch, "
        "Tigrinya, Türkisch, Russisch und Ukrainisch. Einrichtungen buchen sie über eine zentrale "
        "Vermittlungsstelle."
    ): (
        "The pool includes interpreters for Arabic, Persian, Kurdish, Tigrinya, Turkish, Russian "
        "and Ukrainian. Institutions book them through a central booking office."
    ),
    "Willkommensmappe für Neuzugewanderte": "Welcome pack for newcomers",
    "willkommensmappe-fuer-neuzugewanderte": "welcome-pack-for-newcomers",
    (
        "Eine mehrsprachige Mappe mit den wichtigsten Adressen, Beratungsstellen und ersten "
        "Schritten in Aachen."
    ): (
        "A multilingual pack with the most important addresses, advice centres and first steps in "
        "Aachen."
    ),
    (
        "Die Mappe liegt im Bürgerservice, in den Beratungsstellen und in den Unterkünften aus "
        "und erklärt in acht Sprachen Anmeldung, Krankenversicherung, Kita und Schule, "
        "Sprachkurse und Beratung."
    ): (
        "The pack is available at the citizens' service, in advice centres and in shared "
        "accommodation. In eight languages, it explains registering your address, health "
        "insurance, day care and school, language courses and where to get advice."
    ),
    "Begegnungsfeste im Quartier": "Neighbourhood festivals",
    "begegnungsfeste-im-quartier": "neighbourhood-festivals",
    (
        "Nachbarschaftsfeste in wechselnden Stadtteilen; die Reihe ruht, bis ein neuer Träger für "
        "die Organisation gefunden ist."
    ): (
        "Neighbourhood festivals in a different district each time; the series is on hold until a "
        "new organiser is found."
    ),
    (
        "Gemeinsam mit Stadtteilbüros, Vereinen und Religionsgemeinschaften wurden Feste im "
        "Ostviertel, in Forst und in Haaren ausgerichtet."
    ): (
        "Together with district offices, clubs and religious communities, festivals were held in "
        "Ostviertel, Forst and Haaren."
    ),
    "Patenschaftsprogramm „Ankommen in der Nachbarschaft“": (
        "Mentoring programme “Settling into the neighbourhood”"
    ),
    "patenschaftsprogramm-ehrenamt": "mentoring-programme-volunteers",
    (
        "Ehrenamtliche Patinnen und Paten begleiten neu zugezogene Familien im ersten Jahr in "
        "ihrer Nachbarschaft."
    ): (
        "Volunteer mentors support families who have just moved to the neighbourhood during their "
        "first year."
    ),
    (
        "Das Programm qualifiziert Ehrenamtliche, vermittelt Patenschaften und bietet "
        "regelmäßigen Austausch."
    ): (
        "The programme trains volunteers, matches mentors with families and offers regular "
        "get-togethers."
    ),
    # IntegrationConceptPage 2006
    "Integrationskonzept 2006": "Integration Concept 2006",
    "integrationskonzept-2006": "integration-concept-2006",
    "2006": "2006",
    (
        "Das erste Integrationskonzept der Stadt Aachen, 2006 vom Rat der Stadt Aachen "
        "verabschiedet. Mit ihm entstand im Zuge der Umsetzung des Zuwanderungsgesetzes von 2005 "
        "das „Netzwerk Integration“. Es wird durch das neue Integrationskonzept (Entwurf 2016/17) "
        "abgelöst."
    ): (
        "The City of Aachen's first integration concept, adopted by Aachen City Council in 2006. "
        "It gave rise to the “Integration Network” (Netzwerk Integration) as the Immigration Act "
        "of 2005 was put into practice. It is being replaced by the new integration concept "
        "(draft 2016/17)."
    ),
    "Rat der Stadt Aachen": "Aachen City Council",
    # OfferIndexPage
    "Angebote": "Offers",
    "angebote": "offers",
    (
        "Sprachkurse, Beratung, Begegnung, Sport und Kultur: die Angebote der Integrationsarbeit "
        "in Aachen, durchsuchbar nach Handlungsfeld, Zielgruppe, Sprache und Stadtteil."
    ): (
        "Language courses, advice, meeting places, sport and culture: the offers of integration "
        "work in Aachen, searchable by action field, target group, language and district."
    ),
    (
        "Alle Angebote dieser Demo sind Beispielinhalte. Die Träger sind realen Aachener "
        "Einrichtungen nachempfunden; Adressen, Zeiten und Kontaktdaten sind erfunden."
    ): (
        "All offers in this demo are example content. The providers are modelled on real Aachen "
        "institutions; addresses, times and contact details are invented."
    ),
    # OfferPage AC-0001
    "Deutschkurs für Frauen mit Kinderbetreuung": "German course for women, with childcare",
    "deutschkurs-fuer-frauen-mit-kinderbetreuung": "german-course-for-women-with-childcare",
    (
        "Deutsch lernen von A1 bis B1 in einer Frauengruppe – mit Kinderbetreuung im Nebenraum "
        "und Unterstützung auf Arabisch."
    ): (
        "Learn German from A1 to B1 in a women's group – with childcare in the next room and help "
        "in Arabic."
    ),
    (
        "Der Kurs richtet sich an Frauen, die im Alltag sicherer Deutsch sprechen möchten: bei "
        "der Ärztin, in der Kita, beim Einkaufen. Die Kursleiterin spricht Arabisch und erklärt "
        "schwierige Stellen auch auf Arabisch."
    ): (
        "The course is for women who want to speak German more confidently in everyday life: at "
        "the doctor's, at the day-care centre, when shopping. The teacher speaks Arabic and also "
        "explains difficult points in Arabic."
    ),
    "Während des Kurses betreuen zwei Erzieherinnen die Kinder ab einem Jahr im Nebenraum.": (
        "During the lessons, two qualified childcare workers look after children aged one and "
        "over in the next room."
    ),
    "Einstieg jederzeit nach einem kurzen Beratungsgespräch": (
        "You can join at any time after a short advice session"
    ),
    "Lernmaterial wird gestellt": "Learning materials are provided",
    "Aachen": "Aachen",
    "Frau Haddad": "Ms Haddad",
    "Montag, Mittwoch und Donnerstag, 9:00–11:30 Uhr": (
        "Mondays, Wednesdays and Thursdays, 9:00–11:30 am"
    ),
    # AC-0002
    "Integrationskurs mit Alphabetisierung": "Integration course with literacy training",
    "integrationskurs-mit-alphabetisierung": "integration-course-with-literacy-training",
    (
        "Lesen und Schreiben in lateinischer Schrift lernen und dabei Deutsch bis zum Niveau B1 "
        "erwerben."
    ): ("Learn to read and write in the Latin alphabet while learning German up to level B1."),
    (
        "Der Kurs verbindet das Lesen- und Schreibenlernen mit dem Deutschlernen. Er endet mit "
        "dem „Deutsch-Test für Zuwanderer“ und dem Orientierungskurs."
    ): (
        "The course combines learning to read and write with learning German. It ends with the "
        "“German Test for Immigrants” (Deutsch-Test für Zuwanderer) and the orientation course."
    ),
    (
        "Zur Anmeldung brauchen Sie eine Berechtigung oder Verpflichtung durch das Bundesamt für "
        "Migration und Flüchtlinge (BAMF), die Ausländerbehörde oder das Jobcenter."
    ): (
        "To register, you need a certificate of entitlement or obligation to attend from the "
        "Federal Office for Migration and Refugees (BAMF), the immigration office or the "
        "Jobcenter."
    ),
    "Herr Becker": "Mr Becker",
    "Montag bis Freitag, 8:30–12:45 Uhr": "Monday to Friday, 8:30 am–12:45 pm",
    "Kostenbeitrag je Unterrichtsstunde; Befreiung durch das BAMF möglich": (
        "A contribution per lesson; the BAMF can grant an exemption"
    ),
    # AC-0003 (translated from an earlier wording: see OUTDATED)
    "Sprachcafé in der Stadtbibliothek": "Language café at the City Library",
    "sprachcafe-in-der-stadtbibliothek": "language-cafe-at-the-city-library",
    "Deutsch sprechen ohne Prüfungsdruck – bei Kaffee und Tee, für alle Sprachniveaus.": (
        "Speak German without the pressure of an exam – over coffee and tea, at every level."
    ),
    (
        "Ehrenamtliche Gesprächspartnerinnen und -partner unterhalten sich mit Ihnen über "
        "Alltagsthemen. Alle Sprachniveaus sind willkommen."
    ): (
        "Volunteer conversation partners chat with you about everyday topics. Everyone is "
        "welcome, whatever their level."
    ),
    "Im Anschluss zeigt das Bibliotheksteam gerne die mehrsprachigen Medien und die Lernplätze.": (
        "Afterwards, the library team will be happy to show you the multilingual media and the "
        "study spaces."
    ),
    "Frau Lambertz": "Ms Lambertz",
    "Dienstags, 15:00–17:00 Uhr": "Tuesdays, 3:00–5:00 pm",
    # AC-0012
    "Schulberatung für neu zugewanderte Familien": "School advice for newly arrived families",
    "schulberatung-fuer-neu-zugewanderte-familien": "school-advice-for-newly-arrived-families",
    "Beratung zur Schulanmeldung, zum Seiteneinstieg und zur Sprachförderung.": (
        "Advice on registering for school, on joining the school system at an older age and on "
        "language support."
    ),
    (
        "Welche Schulform passt? Wie funktioniert der Seiteneinstieg? Welche Sprachförderung gibt "
        "es? Das Kommunale Integrationszentrum berät Familien, die neu nach Aachen kommen."
    ): (
        "Which type of school is the right one? How do children join the school system at an "
        "older age? What language support is there? The Municipal Integration Centre advises "
        "families who are new to Aachen."
    ),
    "Bitte bringen Sie, wenn vorhanden, Zeugnisse aus dem Herkunftsland mit.": (
        "If you have them, please bring school reports from your country of origin."
    ),
    "Herr Demir": "Mr Demir",
    "Dienstag 9:00–12:00 Uhr und Donnerstag 14:00–17:00 Uhr": (
        "Tuesday 9:00 am–12:00 noon and Thursday 2:00–5:00 pm"
    ),
    # AC-0013
    "Anerkennungsberatung für ausländische Berufsabschlüsse": (
        "Advice on the recognition of foreign qualifications"
    ),
    "anerkennungsberatung-fuer-auslaendische-berufsabschluesse": (
        "advice-on-the-recognition-of-foreign-qualifications"
    ),
    "Wie wird mein Abschluss aus dem Ausland in Deutschland anerkannt?": (
        "How can I get my qualification from abroad recognised in Germany?"
    ),
    (
        "Wir klären mit Ihnen, ob und wie Ihr Abschluss anerkannt werden kann, welche Stelle "
        "zuständig ist und welche Unterlagen Sie brauchen. Auch zu Anpassungsqualifizierungen und "
        "Kosten beraten wir."
    ): (
        "Together we find out whether and how your qualification can be recognised, which "
        "authority is responsible and which documents you need. We also advise on bridging "
        "courses and costs."
    ),
    "Frau Petrenko": "Ms Petrenko",
    "Mittwochs, 9:00–13:00 Uhr, und nach Vereinbarung": (
        "Wednesdays, 9:00 am–1:00 pm, and by appointment"
    ),
    # AC-0020
    "Wohnungslotsen – Begleitung bei der Wohnungssuche": (
        "Housing guides – support with finding a home"
    ),
    "wohnungslotsen-begleitung-bei-der-wohnungssuche": "housing-guides-support-with-finding-a-home",
    "Hilfe bei Anzeigen, Anfragen, Wohnberechtigungsschein und Besichtigungen.": (
        "Help with adverts, enquiries, the housing entitlement certificate and viewings."
    ),
    (
        "Die Wohnungslotsinnen und -lotsen helfen beim Lesen von Anzeigen, bei Anfragen an "
        "Vermieterinnen und Vermieter und beim Wohnberechtigungsschein. Sie erklären, was in "
        "einem Mietvertrag steht."
    ): (
        "The housing guides help you read adverts, write to landlords and apply for the housing "
        "entitlement certificate (Wohnberechtigungsschein). They explain what a tenancy agreement "
        "says."
    ),
    "Herr Nasser": "Mr Nasser",
    "Dienstag und Freitag, 10:00–13:00 Uhr": "Tuesday and Friday, 10:00 am–1:00 pm",
    # AC-0022
    "Nachbarschaftsmediation im Quartier": "Neighbourhood mediation",
    "nachbarschaftsmediation-im-quartier": "neighbourhood-mediation",
    "Neutrale Unterstützung bei Streit um Lärm, Müll oder Kinder im Hof.": (
        "Impartial help with disputes about noise, rubbish or children playing in the courtyard."
    ),
    (
        "Ausgebildete Mediatorinnen und Mediatoren unterstützen Nachbarinnen und Nachbarn dabei, "
        "gemeinsam eine Lösung zu finden – neutral, vertraulich und bei Bedarf mit Sprachmittlung."
    ): (
        "Trained mediators help neighbours find a solution together – impartially, confidentially "
        "and with an interpreter if needed."
    ),
    "Herr Yıldız": "Mr Yıldız",
    "Termine nach telefonischer Vereinbarung": "Appointments by phone",
    # AC-0032
    "Schwimmkurs für Frauen": "Swimming course for women",
    "schwimmkurs-fuer-frauen": "swimming-course-for-women",
    "Schwimmen lernen in geschütztem Rahmen, nur mit Trainerinnen.": (
        "Learn to swim in a safe setting, with female instructors only."
    ),
    (
        "Während der Kurszeit ist das Bad nur für Frauen geöffnet. Für Anfängerinnen und "
        "Fortgeschrittene."
    ): (
        "During the course, the pool is open to women only. For beginners and more experienced "
        "swimmers."
    ),
    "Frau Braun": "Ms Braun",
    "Sonntags, 8:00–9:30 Uhr (Frauenschwimmzeit)": "Sundays, 8:00–9:30 am (women-only session)",
    "5 € pro Termin, ermäßigt 2,50 €": "€5 per session, reduced rate €2.50",
    # AC-0034
    "Gesundheitslotsen: Orientierung im Gesundheitssystem": (
        "Health guides: finding your way around the health system"
    ),
    "gesundheitslotsen-orientierung-im-gesundheitssystem": (
        "health-guides-finding-your-way-around-the-health-system"
    ),
    "Geschulte Lotsinnen und Lotsen erklären das Gesundheitssystem in vielen Sprachen.": (
        "Trained guides explain the health system in many languages."
    ),
    (
        "Hausarztpraxis, Krankenversicherung, Vorsorge, Impfungen und Notfallversorgung: Die "
        "Gesundheitslotsinnen und -lotsen erklären in ihrer Muttersprache, wie das deutsche "
        "Gesundheitssystem funktioniert."
    ): (
        "Family doctors, health insurance, check-ups, vaccinations and emergency care: the health "
        "guides explain in their own native languages how the German health system works."
    ),
    "Informationsveranstaltungen nach Programm; Sprechstunde donnerstags, 10:00–12:00 Uhr": (
        "Information events as announced; drop-in hours on Thursdays, 10:00 am–12:00 noon"
    ),
    # AC-0039
    "Antidiskriminierungsberatung": "Anti-discrimination advice",
    "antidiskriminierungsberatung": "anti-discrimination-advice",
    (
        "Beratung und Begleitung, wenn Sie wegen Herkunft, Religion oder Sprache benachteiligt "
        "wurden."
    ): (
        "Advice and support if you have been treated unfairly because of your origin, religion or "
        "language."
    ),
    (
        "Sie wurden bei der Wohnungssuche, am Arbeitsplatz, in der Schule oder im Amt "
        "benachteiligt? Wir hören zu, dokumentieren den Fall und begleiten Sie bei Beschwerden."
    ): (
        "Were you treated unfairly when looking for a flat, at work, at school or at a public "
        "office? We listen, document what happened and support you in making a complaint."
    ),
    "Frau Schmitz": "Ms Schmitz",
    "Dienstags, 10:00–13:00 Uhr, und nach Vereinbarung": (
        "Tuesdays, 10:00 am–1:00 pm, and by appointment"
    ),
    # AC-0044
    "Mehrsprachiger Newsletter „Ankommen in Aachen“": (
        "Multilingual newsletter “Arriving in Aachen”"
    ),
    "mehrsprachiger-newsletter-ankommen-in-aachen": "multilingual-newsletter-arriving-in-aachen",
    "Einmal im Monat neue Angebote, Termine und wichtige Änderungen – in acht Sprachen.": (
        "New offers, dates and important changes once a month – in eight languages."
    ),
    (
        "Neue Angebote, Termine, wichtige Änderungen bei Behörden und Geschichten aus der "
        "Aachener Stadtgesellschaft. Die Anmeldung ist jederzeit kündbar."
    ): (
        "New offers, dates, important changes at the authorities and stories from the people of "
        "Aachen. You can unsubscribe at any time."
    ),
    "Redaktion „Ankommen in Aachen“": "The “Arriving in Aachen” editorial team",
    "Erscheint monatlich per E-Mail": "Sent out monthly by email",
    # District
    "Aachen-Mitte (Innenstadt)": "Aachen-Mitte (city centre)",
    "Burtscheid": "Burtscheid",
    "Frankenberger Viertel": "Frankenberger Viertel",
    "Ostviertel / Rothe Erde": "Ostviertel / Rothe Erde",
    "Aachen-Nord": "Aachen-Nord",
    "Westpark / Jakobsviertel": "Westpark / Jakobsviertel",
    "Forst": "Forst",
    "Brand": "Brand",
    "Haaren": "Haaren",
    "Eilendorf": "Eilendorf",
    "Laurensberg": "Laurensberg",
    "Richterich": "Richterich",
    "Kornelimünster / Walheim": "Kornelimünster / Walheim",
    # Provider
    "Kommunales Integrationszentrum Aachen": "Municipal Integration Centre Aachen",
    (
        "Seit dem 1. August 2013 vom Land NRW gefördert; koordiniert die Neuaufstellung des "
        "Integrationskonzeptes."
    ): (
        "Funded by the state of North Rhine-Westphalia since 1 August 2013; coordinates the work "
        "on the new integration concept."
    ),
    "Caritasverband für die Regionen Aachen-Stadt und Aachen-Land": (
        "Caritas Association for the City and District of Aachen"
    ),
    "Wohlfahrtsverband mit Migrationsberatung, Sprachkursen und Angeboten für Familien.": (
        "Welfare association offering migration advice, language courses and activities for "
        "families."
    ),
    "Diakonisches Werk im Evangelischen Kirchenkreis Aachen": (
        "Diakonie of the Protestant Church District of Aachen"
    ),
    "Wohlfahrtsverband mit Beratung, Bildungs- und Begegnungsangeboten.": (
        "Welfare association offering advice, education and opportunities to meet."
    ),
    "AWO Kreisverband Aachen-Stadt": "AWO (Workers' Welfare Association), Aachen City branch",
    "Wohlfahrtsverband mit Stadtteilarbeit, Seniorenarbeit und Elternkursen.": (
        "Welfare association working in the districts, with older people and with parents."
    ),
    "DRK-Kreisverband Städteregion Aachen": "German Red Cross (DRK), Aachen City Region branch",
    "Wohlfahrtsverband; begleitet Geflüchtete in Unterkünften und bei der Wohnungssuche.": (
        "Welfare association; supports refugees in shared accommodation and in finding a home."
    ),
    "Integrationsagentur der AWO Aachen": "AWO Aachen Integration Agency",
    (
        "Landesgeförderte Integrationsagentur: Sozialraumarbeit, interkulturelle Öffnung, "
        "bürgerschaftliches Engagement."
    ): (
        "State-funded integration agency: community work, intercultural opening, civic engagement."
    ),
    "Integrationsagentur des Caritasverbandes Aachen": "Caritas Aachen Integration Agency",
    "Landesgeförderte Integrationsagentur mit Antidiskriminierungsarbeit.": (
        "State-funded integration agency with an anti-discrimination service."
    ),
    "Volkshochschule Aachen": "Volkshochschule Aachen (adult education centre)",
    "Integrations-, Berufssprach- und Deutschkurse aller Stufen.": (
        "Integration courses, job-related language courses and German courses at every level."
    ),
    "Stadtbibliothek Aachen": "Aachen City Library",
    "Öffentliche Bibliothek mit mehrsprachigen Medien und Sprachcafés.": (
        "Public library with multilingual media and language cafés."
    ),
    "Jobcenter StädteRegion Aachen": "Jobcenter of the Aachen City Region",
    "Grundsicherung für Arbeitsuchende; Beratung zu Ausbildung und Arbeit.": (
        "Basic income support for jobseekers; advice on training and work."
    ),
    "Stadtsportbund Aachen": "Aachen City Sports Federation (Stadtsportbund)",
    "Dachverband der Aachener Sportvereine; vermittelt Sportangebote für alle.": (
        "Umbrella organisation of Aachen's sports clubs; helps everyone find the right sport."
    ),
    "International Office der RWTH Aachen": "International Office of RWTH Aachen University",
    "Beratung und Begleitung internationaler Studierender und Forschender.": (
        "Advice and support for international students and researchers."
    ),
    "Gesundheitsamt der StädteRegion Aachen": "Public Health Office of the Aachen City Region",
    "Öffentlicher Gesundheitsdienst mit Beratung in mehreren Sprachen.": (
        "Public health service with advice in several languages."
    ),
    "Polizeipräsidium Aachen – Kriminalprävention und Opferschutz": (
        "Aachen Police – Crime Prevention and Victim Protection"
    ),
    "Vorbeugung, Opferschutz und Informationsveranstaltungen.": (
        "Crime prevention, victim protection and information events."
    ),
    "Presse- und Öffentlichkeitsarbeit der Stadt Aachen": (
        "City of Aachen Press and Public Relations Office"
    ),
    "Redaktion der städtischen Informationen, auch in mehreren Sprachen.": (
        "Edits the city's public information, in several languages too."
    ),
    "Internationaler Frauentreff Aachen-Ost e. V.": (
        "International Women's Centre Aachen-Ost (registered association)"
    ),
    "Erfundener Beispielträger der Demo-Inhalte.": (
        "An invented example provider of the demo content."
    ),
    "Interreligiöser Gesprächskreis Aachen": "Aachen Interfaith Discussion Group",
    # TargetGroup
    "Geflüchtete": "Refugees",
    "Menschen, die vor Krieg, Verfolgung oder Not nach Aachen geflohen sind.": (
        "People who have fled war, persecution or hardship and come to Aachen."
    ),
    "Frauen": "Women",
    "Angebote ausschließlich oder vor allem für Frauen.": "Offers only or mainly for women.",
    "Jugendliche": "Young people",
    "Junge Menschen von etwa 12 bis 21 Jahren.": "Young people aged about 12 to 21.",
    "Kinder und Familien": "Children and families",
    "Kinder, Eltern und Familien, auch mit Angeboten für Mütter und Väter.": (
        "Children, parents and families, including offers for mothers and fathers."
    ),
    "Seniorinnen und Senioren": "Older people",
    "Ältere Menschen, auch die erste Generation der Eingewanderten.": (
        "Older people, including the first generation of immigrants."
    ),
    "Neuzugewanderte EU-Bürgerinnen und -Bürger": "Newly arrived EU citizens",
    "Menschen, die aus einem anderen Staat der Europäischen Union nach Aachen ziehen.": (
        "People who move to Aachen from another country of the European Union."
    ),
    "Studierende": "Students",
    "Internationale Studierende und Gastwissenschaftlerinnen und -wissenschaftler.": (
        "International students and visiting researchers."
    ),
    "Menschen mit Behinderung": "People with disabilities",
    "Menschen mit Behinderung und ihre Angehörigen.": (
        "People with disabilities and their families."
    ),
    "Ehrenamtliche": "Volunteers",
    "Menschen, die sich freiwillig in der Integrationsarbeit engagieren.": (
        "People who volunteer in integration work."
    ),
    "Fachkräfte und Multiplikatoren": "Professionals and multipliers",
    "Beschäftigte von Verwaltung, Schulen, Kitas, Beratungsstellen und Vereinen.": (
        "Staff of public offices, schools, day-care centres, advice centres and clubs."
    ),
}
ENGLISH |= expert_talks(
    ENGLISH,
    "In spring 2017, the City of Aachen is holding an expert talk on the action field “{topic}”. "
    "Politicians are invited as well as the experts. The talk links the guiding goals and "
    "sub-goals of the four theme fields with concrete measures.",
)

# EXAMPLE MACHINE TRANSLATIONS, as DeepL might have made them (literal, "Mr." and
# 24-hour times against the house style), awaiting a translator's review.
ENGLISH_MACHINE: dict[str, str] = {
    # AC-0014 Bewerbungswerkstatt für Geflüchtete
    "Bewerbungswerkstatt für Geflüchtete": "Application workshop for refugees",
    "bewerbungswerkstatt-fuer-gefluechtete": "application-workshop-for-refugees",
    "Lebenslauf schreiben, Vorstellungsgespräche üben, Stellen und Ausbildungsplätze finden.": (
        "Write CV, practice job interviews, find jobs and training places."
    ),
    (
        "Gemeinsam schreiben wir Ihren Lebenslauf und Ihre Bewerbung, üben Vorstellungsgespräche "
        "und suchen passende Stellen und Ausbildungsplätze. Computer und Drucker stehen bereit."
    ): (
        "Together we write your CV and your application, practice job interviews and search for "
        "suitable jobs and training places. Computers and printers are available."
    ),
    "Herr Okafor": "Mr. Okafor",
    "Donnerstags, 13:00–16:00 Uhr": "Thursdays, 13:00-16:00",
    # AC-0026 Interreligiöser Gesprächskreis
    "Interreligiöser Gesprächskreis": "Interreligious discussion circle",
    "interreligioeser-gespraechskreis": "interreligious-discussion-circle",
    "Gespräche über Feste, Glaubensfragen und das Zusammenleben in Aachen.": (
        "Conversations about festivals, questions of faith and living together in Aachen."
    ),
    (
        "Christinnen und Christen, Musliminnen und Muslime, Jüdinnen und Juden und Menschen ohne "
        "Religion kommen miteinander ins Gespräch. Einmal im Jahr besucht der Kreis gemeinsam "
        "Gotteshäuser der Stadt."
    ): (
        "Christians, Muslims, Jews and people without religion enter into conversation with each "
        "other. Once a year, the circle visits places of worship in the city together."
    ),
    "Herr Haas": "Mr. Haas",
    "Jeden zweiten Dienstag im Monat, 19:00–21:00 Uhr": (
        "Every second Tuesday of the month, 19:00-21:00"
    ),
}

# Offer AC-0003 met from 3 to 5 pm when it was translated (the translation of that
# schedule is in ENGLISH); the German text has moved on to 4 to 6 pm since.
OUTDATED_OFFER = TranslatedObjectData(
    "offer", "AC-0003", earlier_wording=(("schedule", "Dienstags, 15:00–17:00 Uhr"),)
)

ENGLISH_OBJECTS = (
    # Snippets first: translated offers then point at the translated provider and district.
    *(
        TranslatedObjectData("provider", slug)
        for slug in (
            "kommunales-integrationszentrum-aachen",
            "caritas-aachen",
            "diakonie-aachen",
            "awo-aachen",
            "drk-aachen",
            "integrationsagentur-awo",
            "integrationsagentur-caritas",
            "vhs-aachen",
            "stadtbibliothek-aachen",
            "jobcenter-aachen",
            "stadtsportbund-aachen",
            "rwth-international-office",
            "gesundheitsamt-staedteregion",
            "polizei-aachen-kriminalpraevention",
            "presseamt-aachen",
            "internationaler-frauentreff",
            "interreligioeser-gespraechskreis",
        )
    ),
    *(
        TranslatedObjectData("target_group", slug)
        for slug in (
            "gefluechtete",
            "frauen",
            "jugendliche",
            "kinder-und-familien",
            "seniorinnen-und-senioren",
            "neuzugewanderte-eu-buergerinnen-und-buerger",
            "studierende",
            "menschen-mit-behinderung",
            "ehrenamtliche",
            "fachkraefte",
        )
    ),
    *(
        TranslatedObjectData("district", slug)
        for slug in (
            "innenstadt",
            "burtscheid",
            "frankenberger-viertel",
            "ostviertel-rothe-erde",
            "aachen-nord",
            "westpark-jakobsviertel",
            "forst",
            "brand",
            "haaren",
            "eilendorf",
            "laurensberg",
            "richterich",
            "kornelimuenster-walheim",
        )
    ),
    TranslatedObjectData("home", "home"),
    TranslatedObjectData("concept", "integrationskonzept"),
    TranslatedObjectData("concept", "integrationskonzept-2006"),
    # Only the titles: the chapters' text is not translated yet ("in progress").
    *(
        TranslatedObjectData("chapter", slug, fields=("title", "slug"))
        for slug in (
            "der-weg-zum-neuen-konzept",
            "notwendigkeit-eines-neuen-integrationskonzeptes",
            "rahmen-zur-erstellung-des-integrationskonzeptes",
            "externe-begleitung-des-partizipatorischen-prozesses",
            "bestandsaufnahme-der-vorhandenen-angebote",
            "steuerung-und-vernetzung",
            "netzwerk-integration",
            "steuerungsgruppe-integration-im-querschnitt",
            "aachener-haltung",
            "themenfelder-und-leitziele",
            "planung-fruehjahr-2017",
        )
    ),
    *(
        TranslatedObjectData("theme_field", slug)
        for slug in (
            "interkulturelle-oeffnung",
            "anerkennungs-und-willkommenskultur",
            "zusammenleben-im-quartier",
            "gesellschaftliches-engagement-und-teilhabe",
        )
    ),
    *(TranslatedObjectData("action_field", code) for code in ACTION_FIELD_CODES),
    *(
        TranslatedObjectData("measure", slug)
        for slug in (
            "online-plattform-der-angebote",
            "fachgespraeche-zu-den-handlungsfeldern",
            "fortbildungsreihe-interkulturelle-kompetenz",
            "pool-fuer-sprach-und-kulturmittlung",
            "willkommensmappe-fuer-neuzugewanderte",
            "begegnungsfeste-im-quartier",
            "patenschaftsprogramm-ehrenamt",
        )
    ),
    TranslatedObjectData("offer_index", "angebote"),
    *(
        TranslatedObjectData("offer", external_id)
        for external_id in (
            "AC-0001",
            "AC-0002",
            "AC-0012",
            "AC-0013",
            "AC-0020",
            "AC-0022",
            "AC-0032",
            "AC-0034",
            "AC-0039",
            "AC-0044",
        )
    ),
    OUTDATED_OFFER,
    TranslatedObjectData("offer", "AC-0014", machine_tool="DeepL"),
    TranslatedObjectData("offer", "AC-0026", machine_tool="DeepL"),
)

# --- Arabic --------------------------------------------------------------------

ARABIC: dict[str, str] = {
    # HomePage
    "Integration in Aachen": "الاندماج في آخن",
    "home": "home-ar",
    "Das Integrationskonzept der Stadt Aachen und die Angebote der Integrationsarbeit": (
        "مفهوم الاندماج لمدينة آخن وعروض العمل في مجال الاندماج"
    ),
    (
        "Die Stadt Aachen erarbeitet gemeinsam mit den Akteurinnen und Akteuren der "
        "Integrationsarbeit ein neues Integrationskonzept. Hier finden Sie den Entwurf 2016/17 "
        "mit der <b>Aachener Haltung zum Zusammenleben in Vielfalt</b>, den Themenfeldern, "
        "Handlungsfeldern und Maßnahmen – und die Übersicht über die Angebote der "
        "Integrationsarbeit in Aachen."
    ): (
        "تعمل مدينة آخن مع الجهات والأشخاص الفاعلين في مجال الاندماج على إعداد مفهوم جديد "
        "للاندماج. تجدون هنا مسودة 2016/2017 التي تتضمن <b>موقف آخن من العيش المشترك في ظل "
        "التنوع</b>، ومجالات المواضيع ومجالات العمل والإجراءات، إلى جانب نظرة عامة على عروض العمل "
        "في مجال الاندماج في آخن."
    ),
    (
        "Dies ist eine Demo-Installation. Leit- und Teilziele, einzelne Maßnahmen und alle "
        "Angebote sind als Beispielinhalte gekennzeichnet."
    ): (
        "هذه نسخة تجريبية. الأهداف التوجيهية والأهداف الفرعية وبعض الإجراءات وجميع العروض "
        "مُعلَّمة بوصفها محتوى توضيحيًا."
    ),
    # ActionFieldPage
    "Sprache / Bildung": "اللغة / التعليم",
    "sprache-bildung": "language-education",
    (
        "Deutsch lernen, Mehrsprachigkeit wertschätzen und gleiche Bildungschancen von der Kita "
        "bis zur Weiterbildung schaffen."
    ): (
        "تعلّم اللغة الألمانية، وتقدير تعدّد اللغات، وتحقيق تكافؤ الفرص التعليمية من رياض الأطفال "
        "حتى التعليم المستمر."
    ),
    (
        "Sprache ist ein Schlüssel zur Teilhabe. Das Handlungsfeld umfasst Sprachkurse für "
        "Erwachsene, die sprachliche Bildung in Kita und Schule, die Wertschätzung der "
        "Herkunftssprachen und die Zusammenarbeit mit Eltern."
    ): (
        "اللغة مفتاح المشاركة في المجتمع. يشمل مجال العمل هذا دورات اللغة للبالغين، والتعليم "
        "اللغوي في رياض الأطفال والمدارس، وتقدير لغات الأصل، والتعاون مع أولياء الأمور."
    ),
    "Fachgespräch im Frühjahr 2017": "حوار الخبراء في ربيع 2017",
    "Arbeit / Weiterbildung": "العمل / التدريب المستمر",
    "arbeit-weiterbildung": "work-further-training",
    (
        "Zugang zu Ausbildung und Arbeit, Anerkennung ausländischer Abschlüsse und berufliche "
        "Weiterbildung."
    ): (
        "الوصول إلى التدريب المهني وسوق العمل، والاعتراف بالشهادات الأجنبية، والتدريب المهني "
        "المستمر."
    ),
    (
        "Eigene Arbeit sichert den Lebensunterhalt und schafft Kontakte. Das Handlungsfeld "
        "umfasst die Beratung zur Anerkennung von Berufs- und Studienabschlüssen, berufsbezogene "
        "Sprachförderung, den Übergang von der Schule in den Beruf und die interkulturelle "
        "Öffnung von Betrieben."
    ): (
        "العمل يؤمّن سبل العيش ويفتح باب العلاقات مع الآخرين. يشمل مجال العمل هذا تقديم المشورة "
        "بشأن الاعتراف بالشهادات المهنية والجامعية، ودعم تعلّم اللغة لأغراض مهنية، والانتقال من "
        "المدرسة إلى الحياة المهنية، وانفتاح الشركات على الثقافات المختلفة."
    ),
    "Wohnen / Sozialplanung": "السكن / التخطيط الاجتماعي",
    "wohnen-sozialplanung": "housing-social-planning",
    (
        "Guter Wohnraum für alle und eine Sozialplanung, die die Vielfalt der Quartiere "
        "berücksichtigt."
    ): ("سكن لائق للجميع، وتخطيط اجتماعي يراعي تنوّع الأحياء."),
    (
        "Das Handlungsfeld umfasst die Unterstützung bei der Wohnungssuche, das Zusammenleben in "
        "der Nachbarschaft, die Quartiersarbeit und eine Sozialplanung, die die Entwicklung der "
        "Stadtteile im Blick behält."
    ): (
        "يشمل مجال العمل هذا المساعدة في البحث عن مسكن، والعيش المشترك بين الجيران، والعمل "
        "الاجتماعي في الأحياء، وتخطيطًا اجتماعيًا يتابع تطوّر أحياء المدينة."
    ),
    "Kultur / Religion": "الثقافة / الدين",
    "kultur-religion": "culture-religion",
    "Kulturelle Teilhabe für alle sowie der Dialog der Kulturen und Religionen.": (
        "المشاركة في الحياة الثقافية للجميع، والحوار بين الثقافات والأديان."
    ),
    (
        "Aachen ist eine Stadt mit vielfältigen kulturellen Angeboten und vielen "
        "Religionsgemeinschaften. Das Handlungsfeld umfasst den Zugang zu Kultur, interkulturelle "
        "Kulturarbeit und den interreligiösen Dialog."
    ): (
        "آخن مدينة غنية بعروضها الثقافية، وتضم جماعات دينية كثيرة. يشمل مجال العمل هذا إتاحة "
        "الوصول إلى الثقافة، والعمل الثقافي بين الثقافات، والحوار بين الأديان."
    ),
    "Sport / Gesundheit": "الرياضة / الصحة",
    "sport-gesundheit": "sport-health",
    "Sport als Ort der Begegnung und gleicher Zugang zur Gesundheitsversorgung.": (
        "الرياضة مكانًا للقاء، والمساواة في الوصول إلى الرعاية الصحية."
    ),
    (
        "Im Sportverein entstehen Freundschaften über alle Grenzen hinweg. Das Handlungsfeld "
        "umfasst offene Sportangebote, die interkulturelle Öffnung der Vereine, "
        "Gesundheitsförderung und die Orientierung im Gesundheitssystem."
    ): (
        "في الأندية الرياضية تنشأ صداقات تتخطى كل الحدود. يشمل مجال العمل هذا الأنشطة الرياضية "
        "المفتوحة للجميع، وانفتاح الأندية على الثقافات المختلفة، وتعزيز الصحة، والتعريف بالنظام "
        "الصحي."
    ),
    "Sicherheit / Rassismus / Religiöser Extremismus": "الأمن / العنصرية / التطرف الديني",
    "sicherheit-rassismus-religioeser-extremismus": "safety-racism-religious-extremism",
    (
        "Schutz vor Diskriminierung und Gewalt, Vorbeugung gegen Rassismus und religiös "
        "begründeten Extremismus."
    ): ("الحماية من التمييز والعنف، والوقاية من العنصرية ومن التطرف ذي الدوافع الدينية."),
    (
        "Aachen steht zusammen gegen feindselige, rassistische, gewalttätige und extremistisch "
        "motivierte Handlungen. Das Handlungsfeld umfasst Antidiskriminierungsarbeit, die "
        "Beratung von Betroffenen, politische Bildung und die Vorbeugung gegen Radikalisierung."
    ): (
        "تقف آخن صفًا واحدًا في وجه الأفعال العدائية والعنصرية والعنيفة وذات الدوافع المتطرفة. "
        "يشمل مجال العمل هذا مكافحة التمييز، وتقديم المشورة للمتضررين، والتثقيف السياسي، والوقاية "
        "من التطرف."
    ),
    "Öffentlichkeitsarbeit / Presse": "العلاقات العامة / الصحافة",
    "oeffentlichkeitsarbeit-presse": "public-relations-press",
    "Über Integration informieren, Vielfalt sichtbar machen und die Angebote bekannt machen.": (
        "الإعلام عن الاندماج، وإبراز التنوع، والتعريف بالعروض المتاحة."
    ),
    (
        "Gute Angebote nützen nur, wenn die Menschen sie kennen. Das Handlungsfeld umfasst "
        "mehrsprachige Information, die Zusammenarbeit mit der Presse und die Online-Plattform "
        "der Angebote."
    ): (
        "العروض الجيدة لا تفيد إلا إذا عرفها الناس. يشمل مجال العمل هذا توفير المعلومات بلغات "
        "متعددة، والتعاون مع الصحافة، والمنصة الإلكترونية للعروض."
    ),
}
ARABIC |= expert_talks(
    ARABIC,
    "في ربيع 2017 تدعو مدينة آخن إلى حوار خبراء حول مجال العمل «{topic}». وإلى جانب الخبيرات "
    "والخبراء، دُعي ممثلو السياسة أيضًا. ويربط الحوار الأهداف التوجيهية والأهداف الفرعية "
    "لمجالات المواضيع الأربعة بإجراءات ملموسة.",
)

ARABIC_OBJECTS = (
    TranslatedObjectData("home", "home"),
    *(TranslatedObjectData("action_field", code) for code in ACTION_FIELD_CODES),
)

TRANSLATIONS = (
    LocaleTranslationsData("en", ENGLISH, ENGLISH_OBJECTS, machine_memory=ENGLISH_MACHINE),
    LocaleTranslationsData("ar", ARABIC, ARABIC_OBJECTS),
)
