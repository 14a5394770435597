"""Example offers of the Aachen directory (Bestandsaufnahme der Angebote).

Every offer here is invented example content (``is_example=True``): the
council submission reports that an inventory exists, not what it lists. The
offers are modelled on the kinds of offers Aachen's actors run, spread over
all seven action fields and over the city's districts. Streets are real
Aachen streets; house numbers, times and contact data are invented (see the
contact data conventions in ``aachen.py``). Coordinates lie near the centre
of each offer's district.

Dates are offsets in days from the loader's anchor day (see ``OfferData``).
About a third of the offers were last reviewed more than a year before the
anchor day, so that the editors' "review due" list has something to show.
"""

from decimal import Decimal

from .types import OfferData

OFFERS: tuple[OfferData, ...] = (
    # The offer a resident asks for in DOMAIN.md: a German course for women,
    # with child care, free, with support in Arabic, in a district.
    OfferData(
        external_id="AC-0001",
        title="Deutschkurs für Frauen mit Kinderbetreuung",
        summary=(
            "Deutsch lernen von A1 bis B1 in einer Frauengruppe – mit Kinderbetreuung im "
            "Nebenraum und Unterstützung auf Arabisch."
        ),
        description=(
            "<p>Der Kurs richtet sich an Frauen, die im Alltag sicherer Deutsch sprechen möchten: "
            "bei der Ärztin, in der Kita, beim Einkaufen. Die Kursleiterin spricht Arabisch und "
            "erklärt schwierige Stellen auch auf Arabisch.</p>"
            "<p>Während des Kurses betreuen zwei Erzieherinnen die Kinder ab einem Jahr im "
            "Nebenraum.</p>"
            "<ul><li>Einstieg jederzeit nach einem kurzen Beratungsgespräch</li>"
            "<li>Lernmaterial wird gestellt</li></ul>"
        ),
        provider="caritas-aachen",
        action_fields=("sprache-bildung",),
        target_groups=("frauen", "gefluechtete", "kinder-und-familien"),
        languages=("de", "ar"),
        district="ostviertel-rothe-erde",
        street="Elsassstraße 40",
        postcode="52068",
        latitude=Decimal("50.7752"),
        longitude=Decimal("6.1067"),
        contact_name="Frau Haddad",
        email="deutsch-fuer-frauen@example.org",
        phone="0241 0100-231",
        schedule="Montag, Mittwoch und Donnerstag, 9:00–11:30 Uhr",
        registration_required=True,
        wheelchair_accessible=True,
        childcare_available=True,
        valid_from_days=-240,
        valid_until_days=300,
        reviewed_days_ago=21,
    ),
    OfferData(
        external_id="AC-0002",
        title="Integrationskurs mit Alphabetisierung",
        summary=(
            "Lesen und Schreiben in lateinischer Schrift lernen und dabei Deutsch bis zum "
            "Niveau B1 erwerben."
        ),
        description=(
            "<p>Der Kurs verbindet das Lesen- und Schreibenlernen mit dem Deutschlernen. Er endet "
            "mit dem „Deutsch-Test für Zuwanderer“ und dem Orientierungskurs.</p>"
            "<p>Zur Anmeldung brauchen Sie eine Berechtigung oder Verpflichtung durch das "
            "Bundesamt für Migration und Flüchtlinge (BAMF), die Ausländerbehörde oder das "
            "Jobcenter.</p>"
        ),
        provider="vhs-aachen",
        action_fields=("sprache-bildung",),
        target_groups=("gefluechtete", "neuzugewanderte-eu-buergerinnen-und-buerger"),
        languages=("de",),
        district="innenstadt",
        street="Peterstraße 21",
        postcode="52062",
        latitude=Decimal("50.7775"),
        longitude=Decimal("6.0905"),
        contact_name="Herr Becker",
        email="integrationskurse@example.org",
        phone="0241 0100-610",
        website="https://vhs-aachen.example.org/integrationskurse/",
        schedule="Montag bis Freitag, 8:30–12:45 Uhr",
        is_free=False,
        cost_note="Kostenbeitrag je Unterrichtsstunde; Befreiung durch das BAMF möglich",
        registration_required=True,
        wheelchair_accessible=True,
        valid_from_days=-120,
        valid_until_days=270,
        reviewed_days_ago=45,
    ),
    OfferData(
        external_id="AC-0003",
        title="Sprachcafé in der Stadtbibliothek",
        summary="Deutsch sprechen ohne Prüfungsdruck – bei Kaffee und Tee, für alle Sprachniveaus.",
        description=(
            "<p>Ehrenamtliche Gesprächspartnerinnen und -partner unterhalten sich mit Ihnen über "
            "Alltagsthemen. Alle Sprachniveaus sind willkommen.</p>"
            "<p>Im Anschluss zeigt das Bibliotheksteam gerne die mehrsprachigen Medien und die "
            "Lernplätze.</p>"
        ),
        provider="stadtbibliothek-aachen",
        action_fields=("sprache-bildung", "kultur-religion"),
        target_groups=(
            "gefluechtete",
            "studierende",
            "neuzugewanderte-eu-buergerinnen-und-buerger",
        ),
        languages=("de", "en", "ar", "fa", "uk"),
        district="innenstadt",
        street="Couvenstraße 15",
        postcode="52062",
        latitude=Decimal("50.7768"),
        longitude=Decimal("6.0862"),
        contact_name="Frau Lambertz",
        email="sprachcafe@example.org",
        phone="0241 0100-710",
        schedule="Dienstags, 16:00–18:00 Uhr",
        wheelchair_accessible=True,
        valid_from_days=-700,
        reviewed_days_ago=400,
    ),
    OfferData(
        external_id="AC-0004",
        title="Elternkurs „Mama lernt Deutsch“ an der Grundschule",
        summary=(
            "Mütter lernen Deutsch dort, wo ihre Kinder lernen – mit Betreuung für Geschwister."
        ),
        description=(
            "<p>Themen sind der Schulalltag, Elternabende, Zeugnisse und Gespräche mit "
            "Lehrkräften. Der Kurs findet in den Räumen der Grundschule statt.</p>"
            "<p>Für jüngere Geschwisterkinder gibt es eine Betreuung.</p>"
        ),
        provider="awo-aachen",
        action_fields=("sprache-bildung",),
        target_groups=("frauen", "kinder-und-familien"),
        languages=("de", "tr", "ar"),
        district="haaren",
        street="Alt-Haarener Straße 150",
        postcode="52080",
        latitude=Decimal("50.7948"),
        longitude=Decimal("6.1215"),
        contact_name="Frau Kaya",
        email="elternkurs@example.org",
        phone="0241 0100-421",
        schedule="Dienstag und Donnerstag, 8:15–10:45 Uhr (während der Schulzeit)",
        registration_required=True,
        childcare_available=True,
        valid_from_days=-60,
        valid_until_days=150,
        reviewed_days_ago=60,
    ),
    OfferData(
        external_id="AC-0005",
        title="Hausaufgabenhilfe für Kinder aus zugewanderten Familien",
        summary="Ehrenamtliche helfen Kindern der Klassen 1 bis 7 bei Hausaufgaben und beim Lesen.",
        description=(
            "<p>Lernbegleiterinnen und Lernbegleiter unterstützen die Kinder in kleinen Gruppen. "
            "Eltern können sich jederzeit über die Fortschritte informieren.</p>"
        ),
        provider="diakonie-aachen",
        action_fields=("sprache-bildung",),
        target_groups=("kinder-und-familien", "jugendliche"),
        languages=("de", "ar", "ru", "tr"),
        district="aachen-nord",
        street="Jülicher Straße 68",
        postcode="52070",
        latitude=Decimal("50.7850"),
        longitude=Decimal("6.0968"),
        contact_name="Herr Jansen",
        email="hausaufgabenhilfe@example.org",
        phone="0241 0100-311",
        schedule="Montag bis Donnerstag, 14:00–16:30 Uhr",
        registration_required=True,
        wheelchair_accessible=True,
        valid_from_days=-500,
        reviewed_days_ago=200,
    ),
    OfferData(
        external_id="AC-0006",
        title="Deutschkurs am Abend für Berufstätige (B1)",
        summary=(
            "Für Menschen, die tagsüber arbeiten und ihr Deutsch auf das Niveau B1 bringen wollen."
        ),
        description=(
            "<p>Der Kurs legt Wert auf Gespräche am Arbeitsplatz, E-Mails und Telefonate.</p>"
            "<p>Ein Einstufungstest vor Kursbeginn ist kostenlos.</p>"
        ),
        provider="vhs-aachen",
        action_fields=("sprache-bildung", "arbeit-weiterbildung"),
        target_groups=("neuzugewanderte-eu-buergerinnen-und-buerger", "studierende"),
        languages=("de",),
        district="burtscheid",
        street="Kapellenstraße 8",
        postcode="52066",
        latitude=Decimal("50.7641"),
        longitude=Decimal("6.0921"),
        contact_name="Herr Becker",
        email="abendkurse@example.org",
        phone="0241 0100-611",
        schedule="Montag und Mittwoch, 18:30–20:45 Uhr",
        is_free=False,
        cost_note="98 € je Kursabschnitt, ermäßigt 49 €",
        registration_required=True,
        valid_from_days=-30,
        valid_until_days=120,
        reviewed_days_ago=30,
    ),
    OfferData(
        external_id="AC-0007",
        title="Mehrsprachiger Leseclub für Kinder",
        summary=(
            "Vorlesen auf Deutsch und in den Familiensprachen, danach wird gemalt und gebastelt."
        ),
        description=(
            "<p>Ehrenamtliche lesen Bilderbücher vor – auf Deutsch und in den Sprachen der "
            "Familien. Für Kinder von 4 bis 8 Jahren; Eltern sind herzlich eingeladen.</p>"
        ),
        provider="stadtbibliothek-aachen",
        action_fields=("sprache-bildung", "kultur-religion"),
        target_groups=("kinder-und-familien",),
        languages=("de", "ar", "tr", "uk", "fa"),
        district="brand",
        street="Paul-Küpper-Platz 3",
        postcode="52078",
        latitude=Decimal("50.7487"),
        longitude=Decimal("6.1640"),
        contact_name="Frau Wolff",
        email="leseclub@example.org",
        phone="0241 0100-711",
        schedule="Freitags, 15:00–16:30 Uhr",
        wheelchair_accessible=True,
        reviewed_days_ago=90,
    ),
    OfferData(
        external_id="AC-0008",
        title="Sprachpatenschaften für Neuzugewanderte",
        summary=(
            "Einmal pro Woche Deutsch üben mit einer ehrenamtlichen Sprachpatin oder einem Paten."
        ),
        description=(
            "<p>Ihre Sprachpatin oder Ihr Sprachpate trifft sich mit Ihnen zum Spaziergang, beim "
            "Einkaufen oder im Café. Das DRK vermittelt die Patenschaften und begleitet die "
            "Ehrenamtlichen.</p>"
        ),
        provider="drk-aachen",
        action_fields=("sprache-bildung",),
        target_groups=(
            "gefluechtete",
            "neuzugewanderte-eu-buergerinnen-und-buerger",
            "ehrenamtliche",
        ),
        languages=("de", "en", "ar", "fa", "ti"),
        district="eilendorf",
        street="Von-Coels-Straße 90",
        postcode="52080",
        latitude=Decimal("50.7831"),
        longitude=Decimal("6.1588"),
        contact_name="Frau Schulte",
        email="sprachpaten@example.org",
        phone="0241 0100-511",
        schedule="Termine nach Absprache mit Ihrer Patin oder Ihrem Paten",
        registration_required=True,
        reviewed_days_ago=420,
    ),
    OfferData(
        external_id="AC-0009",
        title="Deutsch für Seniorinnen und Senioren",
        summary="Ein Gesprächskreis in ruhigem Tempo für ältere Menschen.",
        description=(
            "<p>Für Ältere, die schon lange in Aachen leben oder zu ihren Kindern nachgezogen "
            "sind. Im Mittelpunkt stehen Arztbesuche, Nachbarschaft und Behördenbriefe.</p>"
        ),
        provider="diakonie-aachen",
        action_fields=("sprache-bildung",),
        target_groups=("seniorinnen-und-senioren",),
        languages=("de", "ru", "tr"),
        district="frankenberger-viertel",
        street="Oppenhoffallee 40",
        postcode="52066",
        latitude=Decimal("50.7697"),
        longitude=Decimal("6.0963"),
        contact_name="Frau Ivanova",
        email="deutsch-senioren@example.org",
        phone="0241 0100-312",
        schedule="Mittwochs, 10:00–11:30 Uhr",
        is_free=False,
        cost_note="2 € pro Termin",
        wheelchair_accessible=True,
        reviewed_days_ago=150,
    ),
    OfferData(
        external_id="AC-0010",
        title="Orientierungskurs für neuzugewanderte EU-Bürgerinnen und -Bürger",
        summary=(
            "An vier Samstagen das Wichtigste über Anmeldung, Krankenversicherung, Arbeit und "
            "Schule in Deutschland."
        ),
        description=(
            "<p>Themen sind Anmeldung, Krankenversicherung, Arbeitsrecht, Kindergeld und Schule. "
            "Die Kursleitung spricht Rumänisch, Bulgarisch und Polnisch.</p>"
        ),
        provider="integrationsagentur-awo",
        action_fields=("sprache-bildung", "arbeit-weiterbildung"),
        target_groups=("neuzugewanderte-eu-buergerinnen-und-buerger",),
        languages=("de", "ro", "bg", "pl"),
        district="ostviertel-rothe-erde",
        street="Stolberger Straße 23",
        postcode="52068",
        latitude=Decimal("50.7738"),
        longitude=Decimal("6.1102"),
        contact_name="Herr Nowak",
        email="orientierung-eu@example.org",
        phone="0241 0100-411",
        schedule="Samstags, 10:00–13:00 Uhr, vier Termine",
        registration_required=True,
        wheelchair_accessible=True,
        valid_from_days=-20,
        valid_until_days=90,
        reviewed_days_ago=20,
    ),
    OfferData(
        external_id="AC-0011",
        title="Deutsch für internationale Studierende und Forschende",
        summary=(
            "Semesterbegleitende Deutschkurse von A1 bis B2, mit Vermittlung von Sprachtandems."
        ),
        description=(
            "<p>Für Studierende, Promovierende und Gastwissenschaftlerinnen und "
            "-wissenschaftler. Über die Tandemvermittlung finden Sie deutschsprachige "
            "Studierende für den Austausch.</p>"
        ),
        provider="rwth-international-office",
        action_fields=("sprache-bildung",),
        target_groups=("studierende",),
        languages=("de", "en"),
        district="westpark-jakobsviertel",
        street="Junkerstraße 20",
        postcode="52064",
        latitude=Decimal("50.7735"),
        longitude=Decimal("6.0745"),
        contact_name="Frau Bauer",
        email="deutschkurse-international@example.org",
        phone="0241 0101-110",
        website="https://rwth-international.example.org/deutschkurse/",
        schedule="Montag bis Donnerstag, 17:00–18:30 Uhr",
        is_free=False,
        cost_note="60 € pro Semester",
        registration_required=True,
        wheelchair_accessible=True,
        valid_from_days=-90,
        valid_until_days=60,
        reviewed_days_ago=100,
    ),
    OfferData(
        external_id="AC-0012",
        title="Schulberatung für neu zugewanderte Familien",
        summary="Beratung zur Schulanmeldung, zum Seiteneinstieg und zur Sprachförderung.",
        description=(
            "<p>Welche Schulform passt? Wie funktioniert der Seiteneinstieg? Welche "
            "Sprachförderung gibt es? Das Kommunale Integrationszentrum berät Familien, die neu "
            "nach Aachen kommen.</p>"
            "<p>Bitte bringen Sie, wenn vorhanden, Zeugnisse aus dem Herkunftsland mit.</p>"
        ),
        provider="kommunales-integrationszentrum-aachen",
        action_fields=("sprache-bildung",),
        target_groups=("kinder-und-familien", "jugendliche", "gefluechtete"),
        languages=("de", "ar", "fa", "ru", "uk", "tr", "en"),
        district="innenstadt",
        street="Harscampstraße 8",
        postcode="52062",
        latitude=Decimal("50.7729"),
        longitude=Decimal("6.0891"),
        contact_name="Herr Demir",
        email="schulberatung@example.org",
        phone="0241 0100-111",
        schedule="Dienstag 9:00–12:00 Uhr und Donnerstag 14:00–17:00 Uhr",
        registration_required=True,
        wheelchair_accessible=True,
        reviewed_days_ago=10,
    ),
    OfferData(
        external_id="AC-0013",
        title="Anerkennungsberatung für ausländische Berufsabschlüsse",
        summary="Wie wird mein Abschluss aus dem Ausland in Deutschland anerkannt?",
        description=(
            "<p>Wir klären mit Ihnen, ob und wie Ihr Abschluss anerkannt werden kann, welche "
            "Stelle zuständig ist und welche Unterlagen Sie brauchen. Auch zu "
            "Anpassungsqualifizierungen und Kosten beraten wir.</p>"
        ),
        provider="caritas-aachen",
        action_fields=("arbeit-weiterbildung",),
        target_groups=("gefluechtete", "neuzugewanderte-eu-buergerinnen-und-buerger"),
        languages=("de", "en", "ar", "ru", "uk"),
        district="innenstadt",
        street="Kleinmarschierstraße 35",
        postcode="52062",
        latitude=Decimal("50.7738"),
        longitude=Decimal("6.0848"),
        contact_name="Frau Petrenko",
        email="anerkennung@example.org",
        phone="0241 0100-232",
        schedule="Mittwochs, 9:00–13:00 Uhr, und nach Vereinbarung",
        registration_required=True,
        reviewed_days_ago=380,
    ),
    OfferData(
        external_id="AC-0014",
        title="Bewerbungswerkstatt für Geflüchtete",
        summary=(
            "Lebenslauf schreiben, Vorstellungsgespräche "
            "üben, Stellen und Ausbildungsplätze finden."
        ),
        description=(
            "<p>Gemeinsam schreiben wir Ihren Lebenslauf und Ihre Bewerbung, üben "
            "Vorstellungsgespräche und suchen passende Stellen und Ausbildungsplätze. Computer "
            "und Drucker stehen bereit.</p>"
        ),
        provider="jobcenter-aachen",
        action_fields=("arbeit-weiterbildung",),
        target_groups=("gefluechtete", "jugendliche"),
        languages=("de", "ar", "fa", "ti", "en"),
        district="aachen-nord",
        street="Jülicher Straße 162",
        postcode="52070",
        latitude=Decimal("50.7903"),
        longitude=Decimal("6.1010"),
        contact_name="Herr Okafor",
        email="bewerbungswerkstatt@example.org",
        phone="0241 0100-811",
        schedule="Donnerstags, 13:00–16:00 Uhr",
        wheelchair_accessible=True,
        valid_from_days=-150,
        valid_until_days=200,
        reviewed_days_ago=75,
    ),
    OfferData(
        external_id="AC-0015",
        title="Berufssprachkurs Pflege (B2)",
        summary=(
            "Fachsprache für Pflegekräfte mit ausländischem Abschluss, mit Prüfungsvorbereitung."
        ),
        description=(
            "<p>Dokumentation, Übergabe, Gespräche mit Patientinnen, Patienten und Angehörigen: "
            "Der Kurs bereitet auf die Sprachprüfung B2 für die Berufsanerkennung vor.</p>"
        ),
        provider="vhs-aachen",
        action_fields=("sprache-bildung", "arbeit-weiterbildung", "sport-gesundheit"),
        target_groups=("gefluechtete", "neuzugewanderte-eu-buergerinnen-und-buerger"),
        languages=("de",),
        district="burtscheid",
        street="Dammstraße 3",
        postcode="52066",
        latitude=Decimal("50.7622"),
        longitude=Decimal("6.0947"),
        contact_name="Herr Becker",
        email="berufssprachkurse@example.org",
        phone="0241 0100-612",
        schedule="Montag bis Freitag, 8:30–13:00 Uhr, sechs Monate",
        is_free=False,
        cost_note="Für Arbeitsuchende kostenlos, für Beschäftigte mit Eigenanteil",
        registration_required=True,
        wheelchair_accessible=True,
        valid_from_days=-10,
        valid_until_days=180,
        reviewed_days_ago=15,
    ),
    OfferData(
        external_id="AC-0016",
        title="Frauen in Arbeit – Beratung zum Berufseinstieg",
        summary=(
            "Wege in Ausbildung und Beruf für Frauen, mit Kinderbetreuung während der Beratung."
        ),
        description=(
            "<p>Welche Wege in Ausbildung und Beruf gibt es? Wie lassen sich Familie und Arbeit "
            "verbinden? Während der Beratung werden Kinder betreut.</p>"
        ),
        provider="integrationsagentur-awo",
        action_fields=("arbeit-weiterbildung",),
        target_groups=("frauen", "gefluechtete"),
        languages=("de", "ar", "tr", "fa"),
        district="forst",
        street="Trierer Straße 280",
        postcode="52078",
        latitude=Decimal("50.7632"),
        longitude=Decimal("6.1248"),
        contact_name="Frau Rahimi",
        email="frauen-in-arbeit@example.org",
        phone="0241 0100-412",
        schedule="Dienstags, 9:30–12:00 Uhr",
        registration_required=True,
        childcare_available=True,
        reviewed_days_ago=500,
    ),
    OfferData(
        external_id="AC-0017",
        title="Ausbildungspatenschaften für Jugendliche",
        summary=(
            "Berufserfahrene Ehrenamtliche begleiten Jugendliche auf dem Weg in die Ausbildung."
        ),
        description=(
            "<p>Die Patinnen und Paten unterstützen bei der Berufswahl, bei Bewerbungen und in "
            "der Probezeit. Wer Patin oder Pate werden möchte, ist beim Infoabend "
            "willkommen.</p>"
        ),
        provider="diakonie-aachen",
        action_fields=("arbeit-weiterbildung",),
        target_groups=("jugendliche", "ehrenamtliche"),
        languages=("de", "ar", "ku"),
        district="haaren",
        street="Haarener Gracht 10",
        postcode="52080",
        latitude=Decimal("50.7972"),
        longitude=Decimal("6.1241"),
        contact_name="Herr Kessler",
        email="ausbildungspaten@example.org",
        phone="0241 0100-313",
        schedule="Treffen nach Vereinbarung; Infoabend am ersten Montag im Monat, 18:00 Uhr",
        registration_required=True,
        wheelchair_accessible=True,
        reviewed_days_ago=250,
    ),
    OfferData(
        external_id="AC-0018",
        title="Job-Café für internationale Studierende",
        summary=(
            "Praktika, Werkstudentenjobs und Berufseinstieg: Treffen mit Unternehmen der Region."
        ),
        description=(
            "<p>Informelle Treffen mit Unternehmen aus der Region und Tipps zum Berufseinstieg "
            "nach dem Studium, mit Beratung zum Aufenthaltsrecht.</p>"
        ),
        provider="rwth-international-office",
        action_fields=("arbeit-weiterbildung",),
        target_groups=("studierende",),
        languages=("en", "de"),
        district="westpark-jakobsviertel",
        street="Vaalser Straße 58",
        postcode="52064",
        latitude=Decimal("50.7708"),
        longitude=Decimal("6.0682"),
        contact_name="Frau Bauer",
        email="job-cafe@example.org",
        phone="0241 0101-111",
        schedule="Jeden zweiten Mittwoch, 17:00–19:00 Uhr",
        wheelchair_accessible=True,
        valid_from_days=-45,
        valid_until_days=240,
        reviewed_days_ago=40,
    ),
    OfferData(
        external_id="AC-0019",
        title="Beratung für Beschäftigte aus der EU: faire Arbeitsbedingungen",
        summary="Vertrauliche Beratung zu Lohn, Kündigung, Wohnen und Sozialversicherung.",
        description=(
            "<p>Lohn nicht gezahlt, Kündigung ohne Grund, Wohnung vom Arbeitgeber? Wir beraten "
            "Beschäftigte aus anderen EU-Staaten vertraulich zu ihren Rechten.</p>"
        ),
        provider="caritas-aachen",
        action_fields=("arbeit-weiterbildung",),
        target_groups=("neuzugewanderte-eu-buergerinnen-und-buerger",),
        languages=("pl", "ro", "bg", "de"),
        district="frankenberger-viertel",
        street="Bismarckstraße 70",
        postcode="52066",
        latitude=Decimal("50.7683"),
        longitude=Decimal("6.1003"),
        contact_name="Herr Nowak",
        email="faire-arbeit@example.org",
        phone="0241 0100-233",
        schedule="Montags, 15:00–18:00 Uhr",
        reviewed_days_ago=410,
    ),
    OfferData(
        external_id="AC-0020",
        title="Wohnungslotsen – Begleitung bei der Wohnungssuche",
        summary="Hilfe bei Anzeigen, Anfragen, Wohnberechtigungsschein und Besichtigungen.",
        description=(
            "<p>Die Wohnungslotsinnen und -lotsen helfen beim Lesen von Anzeigen, bei Anfragen "
            "an Vermieterinnen und Vermieter und beim Wohnberechtigungsschein. Sie erklären, was "
            "in einem Mietvertrag steht.</p>"
        ),
        provider="drk-aachen",
        action_fields=("wohnen-sozialplanung",),
        target_groups=("gefluechtete", "kinder-und-familien"),
        languages=("de", "ar", "fa", "ku"),
        district="forst",
        street="Madrider Ring 14",
        postcode="52078",
        latitude=Decimal("50.7600"),
        longitude=Decimal("6.1301"),
        contact_name="Herr Nasser",
        email="wohnungslotsen@example.org",
        phone="0241 0100-512",
        schedule="Dienstag und Freitag, 10:00–13:00 Uhr",
        registration_required=True,
        wheelchair_accessible=True,
        reviewed_days_ago=120,
    ),
    OfferData(
        external_id="AC-0021",
        title="Mietrechtliche Sprechstunde in mehreren Sprachen",
        summary="Erste Orientierung zu Nebenkosten, Mieterhöhung, Kaution und Schimmel.",
        description=(
            "<p>In der Sprechstunde erhalten Sie eine erste Orientierung, bei Bedarf mit "
            "Sprachmittlung. Für eine rechtliche Vertretung verweisen wir an Fachstellen.</p>"
        ),
        provider="caritas-aachen",
        action_fields=("wohnen-sozialplanung",),
        target_groups=(
            "gefluechtete",
            "neuzugewanderte-eu-buergerinnen-und-buerger",
            "seniorinnen-und-senioren",
        ),
        languages=("de", "tr", "ar", "ru"),
        district="innenstadt",
        street="Großkölnstraße 56",
        postcode="52062",
        latitude=Decimal("50.7766"),
        longitude=Decimal("6.0880"),
        contact_name="Frau Cremer",
        email="mietsprechstunde@example.org",
        phone="0241 0100-234",
        schedule="Jeden ersten und dritten Donnerstag im Monat, 16:00–18:00 Uhr",
        registration_required=True,
        reviewed_days_ago=600,
    ),
    OfferData(
        external_id="AC-0022",
        title="Nachbarschaftsmediation im Quartier",
        summary="Neutrale Unterstützung bei Streit um Lärm, Müll oder Kinder im Hof.",
        description=(
            "<p>Ausgebildete Mediatorinnen und Mediatoren unterstützen Nachbarinnen und Nachbarn "
            "dabei, gemeinsam eine Lösung zu finden – neutral, vertraulich und bei Bedarf mit "
            "Sprachmittlung.</p>"
        ),
        provider="integrationsagentur-caritas",
        action_fields=("wohnen-sozialplanung", "sicherheit-rassismus-extremismus"),
        target_groups=("kinder-und-familien", "seniorinnen-und-senioren"),
        languages=("de", "tr", "ar", "ru", "ku"),
        district="ostviertel-rothe-erde",
        street="Scheibenstraße 5",
        postcode="52068",
        latitude=Decimal("50.7764"),
        longitude=Decimal("6.1055"),
        contact_name="Herr Yıldız",
        email="mediation@example.org",
        phone="0241 0100-211",
        schedule="Termine nach telefonischer Vereinbarung",
        registration_required=True,
        wheelchair_accessible=True,
        reviewed_days_ago=30,
    ),
    OfferData(
        external_id="AC-0023",
        title="Stadtteilfrühstück Rothe Erde",
        summary="Nachbarinnen und Nachbarn aus aller Welt frühstücken gemeinsam.",
        description=(
            "<p>Jede und jeder kann etwas mitbringen, muss aber nicht. Eine gute Gelegenheit, "
            "den Stadtteil und seine Angebote kennenzulernen.</p>"
        ),
        provider="awo-aachen",
        action_fields=("wohnen-sozialplanung", "kultur-religion"),
        target_groups=("seniorinnen-und-senioren", "kinder-und-familien", "gefluechtete"),
        languages=("de", "tr", "ar"),
        district="ostviertel-rothe-erde",
        street="Trierer Straße 120",
        postcode="52068",
        latitude=Decimal("50.7705"),
        longitude=Decimal("6.1108"),
        contact_name="Frau Cremer",
        email="stadtteilfruehstueck@example.org",
        phone="0241 0100-422",
        schedule="Jeden letzten Samstag im Monat, 10:00–12:30 Uhr",
        wheelchair_accessible=True,
        reviewed_days_ago=370,
    ),
    OfferData(
        external_id="AC-0024",
        title="Sprechstunde im Stadtteilbüro Kornelimünster/Walheim",
        summary="Beratung vor Ort zu Behördenbriefen, Anträgen, Schule und Freizeit.",
        description=(
            "<p>Beratung für Familien im Aachener Süden. Auch Geflüchtete, die in Walheim oder "
            "Kornelimünster wohnen, sind herzlich willkommen.</p>"
        ),
        provider="diakonie-aachen",
        action_fields=("wohnen-sozialplanung",),
        target_groups=("gefluechtete", "seniorinnen-und-senioren", "kinder-und-familien"),
        languages=("de", "ar", "fa"),
        district="kornelimuenster-walheim",
        street="Korneliusmarkt 4",
        postcode="52076",
        latitude=Decimal("50.7282"),
        longitude=Decimal("6.1776"),
        contact_name="Herr Offermann",
        email="stadtteilbuero-sued@example.org",
        phone="0241 0100-314",
        schedule="Mittwochs, 14:00–17:00 Uhr",
        reviewed_days_ago=700,
    ),
    OfferData(
        external_id="AC-0025",
        title="Auszugsberatung aus der Gemeinschaftsunterkunft",
        summary="Hilfe bei Wohnungssuche, Umzug und beim Einleben in der neuen Nachbarschaft.",
        description=(
            "<p>Für Bewohnerinnen und Bewohner der Gemeinschaftsunterkunft: Wir helfen bei der "
            "Wohnungssuche, beim Umzug, bei der Anmeldung von Strom und Internet und beim "
            "Einleben in der neuen Nachbarschaft.</p>"
        ),
        provider="drk-aachen",
        action_fields=("wohnen-sozialplanung",),
        target_groups=("gefluechtete",),
        languages=("de", "ar", "fa", "ti", "so"),
        district="richterich",
        street="Horbacher Straße 20",
        postcode="52072",
        latitude=Decimal("50.8142"),
        longitude=Decimal("6.0592"),
        contact_name="Frau Schulte",
        email="auszugsberatung@example.org",
        phone="0241 0100-513",
        schedule="Montag bis Donnerstag, 9:00–12:00 Uhr, in der Unterkunft",
        wheelchair_accessible=True,
        valid_from_days=-300,
        valid_until_days=65,
        reviewed_days_ago=55,
    ),
    OfferData(
        external_id="AC-0026",
        title="Interreligiöser Gesprächskreis",
        summary="Gespräche über Feste, Glaubensfragen und das Zusammenleben in Aachen.",
        description=(
            "<p>Christinnen und Christen, Musliminnen und Muslime, Jüdinnen und Juden und "
            "Menschen ohne Religion kommen miteinander ins Gespräch. Einmal im Jahr besucht der "
            "Kreis gemeinsam Gotteshäuser der Stadt.</p>"
        ),
        provider="interreligioeser-gespraechskreis",
        action_fields=("kultur-religion",),
        target_groups=("ehrenamtliche", "studierende"),
        languages=("de",),
        district="kornelimuenster-walheim",
        street="Abteigarten 6",
        postcode="52076",
        latitude=Decimal("50.7278"),
        longitude=Decimal("6.1790"),
        contact_name="Herr Haas",
        email="gespraechskreis@example.org",
        phone="0241 0101-610",
        schedule="Jeden zweiten Dienstag im Monat, 19:00–21:00 Uhr",
        wheelchair_accessible=True,
        reviewed_days_ago=450,
    ),
    OfferData(
        external_id="AC-0027",
        title="Internationaler Frauentreff mit Kochabend",
        summary="Frauen aus vielen Ländern kochen gemeinsam und tauschen sich aus.",
        description=(
            "<p>Gemeinsam kochen wir Gerichte aus den Herkunftsländern der Teilnehmerinnen, "
            "tauschen Rezepte aus und sprechen über alles, was uns bewegt. Kinder werden nebenan "
            "betreut.</p>"
        ),
        provider="internationaler-frauentreff",
        action_fields=("kultur-religion",),
        target_groups=("frauen",),
        languages=("de", "tr", "ar", "fa", "ku"),
        district="ostviertel-rothe-erde",
        street="Elsassstraße 77",
        postcode="52068",
        latitude=Decimal("50.7726"),
        longitude=Decimal("6.1093"),
        contact_name="Frau Kaya",
        email="kochabend@example.org",
        phone="0241 0101-510",
        schedule="Freitags, 17:00–20:00 Uhr",
        is_free=False,
        cost_note="3 € Beitrag für Zutaten",
        childcare_available=True,
        reviewed_days_ago=80,
    ),
    OfferData(
        external_id="AC-0028",
        title="Musikprojekt „Klänge der Welt“ für Jugendliche",
        summary=(
            "Gemeinsam Musik machen – Instrumente werden gestellt, Vorkenntnisse sind nicht nötig."
        ),
        description=(
            "<p>Jugendliche von 12 bis 18 Jahren spielen Instrumente, singen und schreiben "
            "eigene Songs. Zum Abschluss gibt es ein Konzert.</p>"
        ),
        provider="awo-aachen",
        action_fields=("kultur-religion",),
        target_groups=("jugendliche", "gefluechtete"),
        languages=("de", "en", "ar"),
        district="westpark-jakobsviertel",
        street="Jakobstraße 180",
        postcode="52064",
        latitude=Decimal("50.7714"),
        longitude=Decimal("6.0723"),
        contact_name="Herr Jansen",
        email="klaenge-der-welt@example.org",
        phone="0241 0100-423",
        schedule="Mittwochs, 16:30–18:30 Uhr",
        wheelchair_accessible=True,
        valid_from_days=-100,
        valid_until_days=140,
        reviewed_days_ago=140,
    ),
    OfferData(
        external_id="AC-0029",
        title="Stadtführung „Aachen entdecken“ für Neuzugewanderte",
        summary="Dom, Rathaus, Elisenbrunnen – und wo Sie Ämter und Beratungsstellen finden.",
        description=(
            "<p>Bei einem Rundgang lernen Sie die Geschichte Aachens kennen und erfahren, wo Sie "
            "Ämter, Beratungsstellen und Freizeitangebote finden. Die Führung wird in einfachem "
            "Deutsch gehalten und in mehrere Sprachen übersetzt.</p>"
            "<p>Treffpunkt ist der Elisenbrunnen.</p>"
        ),
        provider="kommunales-integrationszentrum-aachen",
        action_fields=("kultur-religion", "oeffentlichkeitsarbeit-presse"),
        target_groups=(
            "gefluechtete",
            "neuzugewanderte-eu-buergerinnen-und-buerger",
            "studierende",
        ),
        languages=("de", "en", "ar", "uk", "fa"),
        district="innenstadt",
        street="Friedrich-Wilhelm-Platz",
        postcode="52062",
        latitude=Decimal("50.7745"),
        longitude=Decimal("6.0862"),
        contact_name="Frau Lambertz",
        email="stadtfuehrung@example.org",
        phone="0241 0100-112",
        website="https://ki-aachen.example.org/stadtfuehrung/",
        schedule="Jeden ersten Samstag im Monat, 11:00–13:00 Uhr",
        registration_required=True,
        wheelchair_accessible=True,
        reviewed_days_ago=370,
    ),
    OfferData(
        external_id="AC-0030",
        title="Theaterwerkstatt für Jugendliche",
        summary="Ein gemeinsames Theaterstück über Heimat, Freundschaft und Ankommen.",
        description=(
            "<p>Jugendliche mit und ohne Fluchterfahrung entwickeln gemeinsam ein Stück. Die "
            "Aufführung findet am Ende des Schuljahres statt.</p>"
        ),
        provider="diakonie-aachen",
        action_fields=("kultur-religion",),
        target_groups=("jugendliche",),
        languages=("de", "ar", "fa"),
        district="laurensberg",
        street="Rathausstraße 12",
        postcode="52072",
        latitude=Decimal("50.7915"),
        longitude=Decimal("6.0672"),
        contact_name="Frau Mertens",
        email="theaterwerkstatt@example.org",
        phone="0241 0100-315",
        schedule="Montags, 17:00–19:00 Uhr",
        registration_required=True,
        reviewed_days_ago=95,
    ),
    OfferData(
        external_id="AC-0031",
        title="Kulturpatenschaften: gemeinsam ins Museum und ins Theater",
        summary="Ehrenamtliche laden Familien zu Museumsbesuchen, Theater und Konzerten ein.",
        description=(
            "<p>Ehrenamtliche Kulturpatinnen und -paten begleiten Familien in die Aachener "
            "Kulturhäuser. Die Eintrittskarten werden von den Häusern gespendet.</p>"
        ),
        provider="caritas-aachen",
        action_fields=("kultur-religion",),
        target_groups=("gefluechtete", "kinder-und-familien", "ehrenamtliche"),
        languages=("de", "en", "ar", "uk"),
        district="frankenberger-viertel",
        street="Viktoriaallee 20",
        postcode="52066",
        latitude=Decimal("50.7703"),
        longitude=Decimal("6.0951"),
        contact_name="Frau Wolff",
        email="kulturpaten@example.org",
        phone="0241 0100-235",
        schedule="Etwa einmal im Monat, Termine nach Programm",
        registration_required=True,
        wheelchair_accessible=True,
        reviewed_days_ago=520,
    ),
    OfferData(
        external_id="AC-0032",
        title="Schwimmkurs für Frauen",
        summary="Schwimmen lernen in geschütztem Rahmen, nur mit Trainerinnen.",
        description=(
            "<p>Während der Kurszeit ist das Bad nur für Frauen geöffnet. Für Anfängerinnen und "
            "Fortgeschrittene.</p>"
        ),
        provider="stadtsportbund-aachen",
        action_fields=("sport-gesundheit",),
        target_groups=("frauen",),
        languages=("de", "ar", "tr", "fa"),
        district="innenstadt",
        street="Elisabethstraße 10",
        postcode="52062",
        latitude=Decimal("50.7788"),
        longitude=Decimal("6.0931"),
        contact_name="Frau Braun",
        email="schwimmkurs-frauen@example.org",
        phone="0241 0100-911",
        schedule="Sonntags, 8:00–9:30 Uhr (Frauenschwimmzeit)",
        is_free=False,
        cost_note="5 € pro Termin, ermäßigt 2,50 €",
        registration_required=True,
        wheelchair_accessible=True,
        valid_from_days=-60,
        valid_until_days=110,
        reviewed_days_ago=25,
    ),
    OfferData(
        external_id="AC-0033",
        title="Fußball für alle – offenes Training",
        summary="Offenes Training für junge Leute von 14 bis 25 Jahren, egal wie gut sie spielen.",
        description=(
            "<p>Wer regelmäßig kommt, kann in einen Verein wechseln; der Stadtsportbund hilft "
            "bei der Anmeldung und beim Vereinsbeitrag.</p>"
        ),
        provider="stadtsportbund-aachen",
        action_fields=("sport-gesundheit",),
        target_groups=("jugendliche", "gefluechtete"),
        languages=("de", "en", "ar", "ti", "so"),
        district="aachen-nord",
        street="Jülicher Straße 230",
        postcode="52070",
        latitude=Decimal("50.7930"),
        longitude=Decimal("6.1040"),
        contact_name="Herr Okafor",
        email="fussball-fuer-alle@example.org",
        phone="0241 0100-912",
        schedule="Dienstag und Donnerstag, 17:00–18:30 Uhr",
        reviewed_days_ago=33,
    ),
    OfferData(
        external_id="AC-0034",
        title="Gesundheitslotsen: Orientierung im Gesundheitssystem",
        summary="Geschulte Lotsinnen und Lotsen erklären das Gesundheitssystem in vielen Sprachen.",
        description=(
            "<p>Hausarztpraxis, Krankenversicherung, Vorsorge, Impfungen und Notfallversorgung: "
            "Die Gesundheitslotsinnen und -lotsen erklären in ihrer Muttersprache, wie das "
            "deutsche Gesundheitssystem funktioniert.</p>"
        ),
        provider="gesundheitsamt-staedteregion",
        action_fields=("sport-gesundheit",),
        target_groups=(
            "gefluechtete",
            "neuzugewanderte-eu-buergerinnen-und-buerger",
            "frauen",
            "seniorinnen-und-senioren",
        ),
        languages=("de", "ar", "fa", "ru", "uk", "tr", "ku"),
        district="burtscheid",
        street="Altdorfstraße 15",
        postcode="52066",
        latitude=Decimal("50.7611"),
        longitude=Decimal("6.0912"),
        contact_name="Frau Haddad",
        email="gesundheitslotsen@example.org",
        phone="0241 0101-210",
        schedule=(
            "Informationsveranstaltungen nach Programm; Sprechstunde donnerstags, 10:00–12:00 Uhr"
        ),
        wheelchair_accessible=True,
        reviewed_days_ago=390,
    ),
    OfferData(
        external_id="AC-0035",
        title="Bewegungsgruppe für Seniorinnen und Senioren",
        summary="Sanfte Gymnastik und Gedächtnistraining in geselliger Runde, danach Kaffee.",
        description=(
            "<p>Gymnastik, Gleichgewichtsübungen und Gedächtnistraining, anschließend "
            "gemeinsamer Kaffee. Geeignet auch für Menschen mit Rollator.</p>"
        ),
        provider="awo-aachen",
        action_fields=("sport-gesundheit",),
        target_groups=("seniorinnen-und-senioren", "menschen-mit-behinderung"),
        languages=("de", "tr", "ru"),
        district="eilendorf",
        street="Heinrich-Thomas-Platz 5",
        postcode="52080",
        latitude=Decimal("50.7815"),
        longitude=Decimal("6.1610"),
        contact_name="Frau Ivanova",
        email="bewegungsgruppe@example.org",
        phone="0241 0100-424",
        schedule="Montags, 10:00–11:00 Uhr",
        is_free=False,
        cost_note="1 € pro Termin",
        wheelchair_accessible=True,
        reviewed_days_ago=210,
    ),
    OfferData(
        external_id="AC-0036",
        title="Psychosoziale Beratung für Geflüchtete",
        summary=(
            "Vertrauliche Beratung bei Schlafstörungen, Ängsten und Trauer, mit Sprachmittlung."
        ),
        description=(
            "<p>Beratung und Begleitung für Geflüchtete, die unter belastenden Erlebnissen "
            "leiden. Die Gespräche sind vertraulich und werden bei Bedarf mit Sprachmittlung "
            "geführt; wir vermitteln auch in Therapie.</p>"
        ),
        provider="caritas-aachen",
        action_fields=("sport-gesundheit",),
        target_groups=("gefluechtete", "frauen", "jugendliche"),
        languages=("de", "ar", "fa", "ku", "ti", "en"),
        district="burtscheid",
        street="Malmedyer Straße 30",
        postcode="52066",
        latitude=Decimal("50.7635"),
        longitude=Decimal("6.0955"),
        contact_name="Herr Nasser",
        email="psychosoziale-beratung@example.org",
        phone="0241 0100-236",
        schedule="Montag bis Freitag nach Terminvereinbarung",
        registration_required=True,
        reviewed_days_ago=14,
    ),
    OfferData(
        external_id="AC-0037",
        title="Inklusive Sportgruppe für Kinder",
        summary="Kinder von 6 bis 12 Jahren mit und ohne Behinderung spielen und turnen gemeinsam.",
        description=(
            "<p>Die Übungsleiterinnen und Übungsleiter sind für inklusiven Sport ausgebildet. "
            "Der Vereinsbeitrag kann über das Bildungs- und Teilhabepaket übernommen werden.</p>"
        ),
        provider="stadtsportbund-aachen",
        action_fields=("sport-gesundheit",),
        target_groups=("kinder-und-familien", "menschen-mit-behinderung"),
        languages=("de", "ar", "tr"),
        district="brand",
        street="Freunder Landstraße 60",
        postcode="52078",
        latitude=Decimal("50.7512"),
        longitude=Decimal("6.1668"),
        contact_name="Herr Hoffmann",
        email="inklusiver-sport@example.org",
        phone="0241 0100-913",
        schedule="Samstags, 10:00–11:30 Uhr",
        is_free=False,
        cost_note="Vereinsbeitrag 5 € im Monat",
        registration_required=True,
        wheelchair_accessible=True,
        reviewed_days_ago=65,
    ),
    OfferData(
        external_id="AC-0038",
        title="Radfahrkurs für Frauen",
        summary="Fahrradfahren lernen in kleinen Gruppen auf einem geschützten Platz.",
        description=(
            "<p>Gleichgewicht, Bremsen, Verkehrsregeln: In kleinen Gruppen lernen Frauen "
            "Schritt für Schritt Fahrrad fahren. Leihräder und Helme werden gestellt.</p>"
        ),
        provider="awo-aachen",
        action_fields=("sport-gesundheit",),
        target_groups=("frauen",),
        languages=("de", "ar", "fa", "tr"),
        district="haaren",
        street="Alt-Haarener Straße 60",
        postcode="52080",
        latitude=Decimal("50.7955"),
        longitude=Decimal("6.1190"),
        contact_name="Frau Rahimi",
        email="radfahrkurs@example.org",
        phone="0241 0100-425",
        schedule="Im Frühjahr und Sommer samstags, 14:00–16:00 Uhr",
        registration_required=True,
        childcare_available=True,
        valid_from_days=-20,
        valid_until_days=160,
        reviewed_days_ago=18,
    ),
    OfferData(
        external_id="AC-0039",
        title="Antidiskriminierungsberatung",
        summary=(
            "Beratung und Begleitung, wenn Sie wegen Herkunft, "
            "Religion oder Sprache benachteiligt wurden."
        ),
        description=(
            "<p>Sie wurden bei der Wohnungssuche, am Arbeitsplatz, in der Schule oder im Amt "
            "benachteiligt? Wir hören zu, dokumentieren den Fall und begleiten Sie bei "
            "Beschwerden.</p>"
        ),
        provider="integrationsagentur-caritas",
        action_fields=("sicherheit-rassismus-extremismus",),
        target_groups=(
            "gefluechtete",
            "neuzugewanderte-eu-buergerinnen-und-buerger",
            "frauen",
            "jugendliche",
        ),
        languages=("de", "en", "ar", "tr", "fr"),
        district="innenstadt",
        street="Kapuzinergraben 19",
        postcode="52062",
        latitude=Decimal("50.7731"),
        longitude=Decimal("6.0862"),
        contact_name="Frau Schmitz",
        email="antidiskriminierung@example.org",
        phone="0241 0100-212",
        schedule="Dienstags, 10:00–13:00 Uhr, und nach Vereinbarung",
        wheelchair_accessible=True,
        reviewed_days_ago=480,
    ),
    OfferData(
        external_id="AC-0040",
        title="Beratung für Angehörige bei religiös begründeter Radikalisierung",
        summary="Vertrauliche Beratung für Eltern, Freundeskreis und Lehrkräfte, auch anonym.",
        description=(
            "<p>Sie machen sich Sorgen, weil sich ein junger Mensch religiös begründetem "
            "Extremismus zuwendet? Wir beraten vertraulich und zeigen Wege, im Gespräch zu "
            "bleiben.</p>"
        ),
        provider="kommunales-integrationszentrum-aachen",
        action_fields=("sicherheit-rassismus-extremismus",),
        target_groups=("kinder-und-familien", "jugendliche", "fachkraefte"),
        languages=("de", "ar", "tr", "en"),
        district="innenstadt",
        street="Harscampstraße 8",
        postcode="52062",
        latitude=Decimal("50.7730"),
        longitude=Decimal("6.0893"),
        contact_name="Herr Demir",
        email="beratung-radikalisierung@example.org",
        phone="0241 0100-113",
        schedule="Termine nach telefonischer Vereinbarung, auch anonym",
        registration_required=True,
        wheelchair_accessible=True,
        reviewed_days_ago=130,
    ),
    OfferData(
        external_id="AC-0041",
        title="Workshop „Stark gegen Rassismus“ für Schulklassen",
        summary="Vier Stunden für die Klassen 7 bis 10: Rassismus erkennen und handeln.",
        description=(
            "<p>Was ist Rassismus, wie zeigt er sich im Alltag und in sozialen Medien, und was "
            "kann ich tun, wenn ich ihn erlebe oder beobachte? Lehrkräfte erhalten Material zur "
            "Nachbereitung.</p>"
        ),
        provider="integrationsagentur-awo",
        action_fields=("sicherheit-rassismus-extremismus",),
        target_groups=("jugendliche", "fachkraefte"),
        languages=("de",),
        district="eilendorf",
        street="Von-Coels-Straße 200",
        postcode="52080",
        latitude=Decimal("50.7842"),
        longitude=Decimal("6.1570"),
        contact_name="Herr Kessler",
        email="stark-gegen-rassismus@example.org",
        phone="0241 0100-413",
        schedule="Vormittags nach Absprache mit der Schule, Dauer vier Stunden",
        registration_required=True,
        wheelchair_accessible=True,
        valid_from_days=-200,
        valid_until_days=100,
        reviewed_days_ago=110,
    ),
    OfferData(
        external_id="AC-0042",
        title="Sicher im Alltag – Informationsabend der Polizei",
        summary="Die Polizei stellt sich vor und beantwortet Fragen, mit Übersetzung.",
        description=(
            "<p>Wie erreiche ich die Polizei, was tue ich bei einem Diebstahl oder Betrug an der "
            "Haustür, welche Rechte habe ich? Mit Übersetzung und viel Zeit für Fragen.</p>"
        ),
        provider="polizei-aachen-kriminalpraevention",
        action_fields=("sicherheit-rassismus-extremismus",),
        target_groups=("gefluechtete", "neuzugewanderte-eu-buergerinnen-und-buerger"),
        languages=("de", "ar", "fa", "uk"),
        district="richterich",
        street="Roermonder Straße 310",
        postcode="52072",
        latitude=Decimal("50.8110"),
        longitude=Decimal("6.0565"),
        contact_name="Herr Hoffmann",
        email="sicher-im-alltag@example.org",
        phone="0241 0101-310",
        schedule="Einmal im Quartal, 18:00–20:00 Uhr",
        wheelchair_accessible=True,
        reviewed_days_ago=440,
    ),
    OfferData(
        external_id="AC-0043",
        title="Opferberatung nach rassistischen Angriffen",
        summary="Unterstützung nach Beleidigung, Bedrohung oder Angriff – auch aufsuchend.",
        description=(
            "<p>Wer beleidigt, bedroht oder angegriffen wurde, weil er oder sie als fremd "
            "wahrgenommen wird, erhält hier Unterstützung: Gespräche, Begleitung zur Polizei und "
            "zu Gericht, Hilfe bei Anträgen auf Entschädigung.</p>"
        ),
        provider="diakonie-aachen",
        action_fields=("sicherheit-rassismus-extremismus",),
        target_groups=("gefluechtete", "frauen", "jugendliche"),
        languages=("de", "en", "ar", "fa", "tr", "ru"),
        district="frankenberger-viertel",
        street="Bismarckstraße 120",
        postcode="52066",
        latitude=Decimal("50.7671"),
        longitude=Decimal("6.1020"),
        contact_name="Frau Mertens",
        email="opferberatung@example.org",
        phone="0241 0100-316",
        schedule="Montag bis Freitag, 9:00–16:00 Uhr; Beratung auch aufsuchend",
        wheelchair_accessible=True,
        reviewed_days_ago=28,
    ),
    OfferData(
        external_id="AC-0044",
        title="Mehrsprachiger Newsletter „Ankommen in Aachen“",
        summary=(
            "Einmal im Monat neue Angebote, Termine und wichtige Änderungen – in acht Sprachen."
        ),
        description=(
            "<p>Neue Angebote, Termine, wichtige Änderungen bei Behörden und Geschichten aus der "
            "Aachener Stadtgesellschaft. Die Anmeldung ist jederzeit kündbar.</p>"
        ),
        provider="presseamt-aachen",
        action_fields=("oeffentlichkeitsarbeit-presse",),
        target_groups=(
            "gefluechtete",
            "neuzugewanderte-eu-buergerinnen-und-buerger",
            "ehrenamtliche",
            "fachkraefte",
        ),
        languages=("de", "en", "ar", "fa", "tr", "ru", "uk", "fr"),
        district="innenstadt",
        street="Katschhof 1",
        postcode="52062",
        latitude=Decimal("50.7756"),
        longitude=Decimal("6.0840"),
        contact_name="Redaktion „Ankommen in Aachen“",
        email="ankommen@example.org",
        phone="0241 0101-410",
        website="https://presse-aachen.example.org/ankommen/",
        schedule="Erscheint monatlich per E-Mail",
        registration_required=True,
        reviewed_days_ago=7,
    ),
    OfferData(
        external_id="AC-0045",
        title="Medienwerkstatt: Jugendliche machen Radio",
        summary="Eigene Radiobeiträge und Podcasts über das Leben in Aachen produzieren.",
        description=(
            "<p>Jugendliche recherchieren, führen Interviews und produzieren eigene Beiträge. Die "
            "besten laufen im Bürgerfunk.</p>"
        ),
        provider="awo-aachen",
        action_fields=("oeffentlichkeitsarbeit-presse", "kultur-religion"),
        target_groups=("jugendliche",),
        languages=("de", "en", "ar", "uk"),
        district="laurensberg",
        street="Roermonder Straße 120",
        postcode="52072",
        latitude=Decimal("50.7930"),
        longitude=Decimal("6.0648"),
        contact_name="Herr Jansen",
        email="medienwerkstatt@example.org",
        phone="0241 0100-426",
        schedule="Donnerstags, 16:00–18:30 Uhr",
        registration_required=True,
        wheelchair_accessible=True,
        valid_from_days=-80,
        valid_until_days=210,
        reviewed_days_ago=160,
    ),
    OfferData(
        external_id="AC-0046",
        title="Schulung für Ehrenamtliche: Öffentlichkeitsarbeit für Initiativen",
        summary="Ein Tagesseminar zu Pressemitteilungen, sozialen Medien und der Online-Plattform.",
        description=(
            "<p>Wie schreibe ich eine Pressemitteilung, wie nutze ich soziale Medien, wie trage "
            "ich unser Angebot auf der Online-Plattform ein? Für Ehrenamtliche aus Initiativen "
            "und Migrantenorganisationen.</p>"
        ),
        provider="kommunales-integrationszentrum-aachen",
        action_fields=("oeffentlichkeitsarbeit-presse",),
        target_groups=("ehrenamtliche", "fachkraefte"),
        languages=("de",),
        district="westpark-jakobsviertel",
        street="Jakobstraße 20",
        postcode="52064",
        latitude=Decimal("50.7737"),
        longitude=Decimal("6.0781"),
        contact_name="Herr Demir",
        email="schulung-oeffentlichkeitsarbeit@example.org",
        phone="0241 0100-114",
        schedule="Samstag, 10:00–16:00 Uhr, zweimal im Jahr",
        registration_required=True,
        wheelchair_accessible=True,
        reviewed_days_ago=560,
    ),
    OfferData(
        external_id="AC-0047",
        title="Interkulturelle Woche Aachen",
        summary="Eine Woche mit Festen, Lesungen, Führungen und Diskussionen in der ganzen Stadt.",
        description=(
            "<p>Vereine, Religionsgemeinschaften, Schulen und Initiativen laden zu Festen, "
            "Lesungen, Gottesdiensten, Führungen und Diskussionen ein. Wer mitmachen möchte, "
            "meldet seine Veranstaltung beim Kommunalen Integrationszentrum an.</p>"
        ),
        provider="kommunales-integrationszentrum-aachen",
        action_fields=("oeffentlichkeitsarbeit-presse", "kultur-religion"),
        target_groups=("ehrenamtliche", "kinder-und-familien", "fachkraefte"),
        languages=("de", "en", "ar", "tr", "fr"),
        district="innenstadt",
        street="Katschhof",
        postcode="52062",
        latitude=Decimal("50.7760"),
        longitude=Decimal("6.0835"),
        contact_name="Frau Lambertz",
        email="interkulturelle-woche@example.org",
        phone="0241 0100-115",
        website="https://ki-aachen.example.org/interkulturelle-woche/",
        schedule="Jährlich Ende September, rund 40 Veranstaltungen",
        wheelchair_accessible=True,
        reviewed_days_ago=300,
    ),
    OfferData(
        external_id="AC-0048",
        title="Pressesprechstunde für Migrantenorganisationen",
        summary="Wie erreiche ich die Lokalpresse und den städtischen Veranstaltungskalender?",
        description=(
            "<p>Die Pressestelle der Stadt berät Migrantenorganisationen und Initiativen: Wie "
            "erreiche ich die Lokalpresse, wie kündige ich eine Veranstaltung an, wie komme ich "
            "in den städtischen Veranstaltungskalender?</p>"
        ),
        provider="presseamt-aachen",
        action_fields=("oeffentlichkeitsarbeit-presse",),
        target_groups=("ehrenamtliche", "fachkraefte"),
        languages=("de",),
        district="ostviertel-rothe-erde",
        street="Rehmplatz 1",
        postcode="52068",
        latitude=Decimal("50.7770"),
        longitude=Decimal("6.1035"),
        contact_name="Frau Braun",
        email="pressesprechstunde@example.org",
        phone="0241 0101-411",
        schedule="Jeden dritten Mittwoch im Monat, 15:00–17:00 Uhr",
        registration_required=True,
        wheelchair_accessible=True,
        reviewed_days_ago=375,
    ),
)
