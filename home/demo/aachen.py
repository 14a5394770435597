"""Demo content of the reference site: the integration concept of the City of Aachen.

The concept's text follows the council submission on the new
Integrationskonzept (the seed document, an OCR scan whose umlauts are
corrected here). Everything the submission does not contain is invented
example content and marked as such: the guiding and sub-goals of the four
theme fields (``is_example=True``), most measures, and every offer of the
directory (in ``aachen_offers.py``); so are the English and Arabic
translations (in ``aachen_translations.py``). Organisation names are those of
real kinds of Aachen actors; their contact data is invented.

Contact data conventions: e-mail addresses and websites use the reserved
``example.org`` domain, and telephone numbers continue the Aachen area code
with a ``0``, which no German subscriber number starts with, so none of them
reaches anyone.
"""

import datetime
from decimal import Decimal

from .aachen_offers import OFFERS
from .aachen_translations import TRANSLATIONS
from .types import (
    ActionFieldData,
    ChapterData,
    ConceptData,
    DemoContent,
    DistrictData,
    GuidingGoalData,
    HomeData,
    MeasureData,
    Milestone,
    OfferIndexData,
    ProviderData,
    RawBlock,
    SiteData,
    SubGoalData,
    TargetGroupData,
    ThemeFieldData,
    heading,
    paragraph,
    principle_list,
    quote,
    table,
    timeline,
)

# The submission gives neither the day the council adopted the 2006 concept
# nor the day of the meeting it was written for. Both dates below are
# EXAMPLES, chosen to be plausible (council and committees meet on weekdays).
EXAMPLE_ADOPTION_DATE_2006 = datetime.date(2006, 6, 28)
EXAMPLE_RESOLUTION_DATE_2017 = datetime.date(2017, 2, 15)

SITE = SiteData(hostname="localhost", port=80, site_name="Integrationskonzept Aachen")

HOME = HomeData(
    slug="home",
    title="Integration in Aachen",
    intro="Das Integrationskonzept der Stadt Aachen und die Angebote der Integrationsarbeit",
    body=(
        "<p>Die Stadt Aachen erarbeitet gemeinsam mit den Akteurinnen und Akteuren der "
        "Integrationsarbeit ein neues Integrationskonzept. Hier finden Sie den Entwurf 2016/17 "
        "mit der <b>Aachener Haltung zum Zusammenleben in Vielfalt</b>, den Themenfeldern, "
        "Handlungsfeldern und Maßnahmen – und die Übersicht über die Angebote der "
        "Integrationsarbeit in Aachen.</p>"
        "<p><i>Dies ist eine Demo-Installation. Leit- und Teilziele, einzelne Maßnahmen und "
        "alle Angebote sind als Beispielinhalte gekennzeichnet.</i></p>"
    ),
)

# --- Vocabularies -----------------------------------------------------------

TARGET_GROUPS = (
    TargetGroupData(
        "gefluechtete",
        "Geflüchtete",
        "Menschen, die vor Krieg, Verfolgung oder Not nach Aachen geflohen sind.",
    ),
    TargetGroupData("frauen", "Frauen", "Angebote ausschließlich oder vor allem für Frauen."),
    TargetGroupData("jugendliche", "Jugendliche", "Junge Menschen von etwa 12 bis 21 Jahren."),
    TargetGroupData(
        "kinder-und-familien",
        "Kinder und Familien",
        "Kinder, Eltern und Familien, auch mit Angeboten für Mütter und Väter.",
    ),
    TargetGroupData(
        "seniorinnen-und-senioren",
        "Seniorinnen und Senioren",
        "Ältere Menschen, auch die erste Generation der Eingewanderten.",
    ),
    TargetGroupData(
        "neuzugewanderte-eu-buergerinnen-und-buerger",
        "Neuzugewanderte EU-Bürgerinnen und -Bürger",
        "Menschen, die aus einem anderen Staat der Europäischen Union nach Aachen ziehen.",
    ),
    TargetGroupData(
        "studierende",
        "Studierende",
        "Internationale Studierende und Gastwissenschaftlerinnen und -wissenschaftler.",
    ),
    TargetGroupData(
        "menschen-mit-behinderung",
        "Menschen mit Behinderung",
        "Menschen mit Behinderung und ihre Angehörigen.",
    ),
    TargetGroupData(
        "ehrenamtliche",
        "Ehrenamtliche",
        "Menschen, die sich freiwillig in der Integrationsarbeit engagieren.",
    ),
    TargetGroupData(
        "fachkraefte",
        "Fachkräfte und Multiplikatoren",
        "Beschäftigte von Verwaltung, Schulen, Kitas, Beratungsstellen und Vereinen.",
    ),
)

# Centres are approximate (rounded to about 100 m).
DISTRICTS = (
    DistrictData(
        "innenstadt", "Aachen-Mitte (Innenstadt)", "52062", Decimal("50.7753"), Decimal("6.0839")
    ),
    DistrictData("burtscheid", "Burtscheid", "52066", Decimal("50.7630"), Decimal("6.0930")),
    DistrictData(
        "frankenberger-viertel",
        "Frankenberger Viertel",
        "52066",
        Decimal("50.7685"),
        Decimal("6.0985"),
    ),
    DistrictData(
        "ostviertel-rothe-erde",
        "Ostviertel / Rothe Erde",
        "52068",
        Decimal("50.7740"),
        Decimal("6.1080"),
    ),
    DistrictData("aachen-nord", "Aachen-Nord", "52070", Decimal("50.7860"), Decimal("6.0950")),
    DistrictData(
        "westpark-jakobsviertel",
        "Westpark / Jakobsviertel",
        "52064",
        Decimal("50.7720"),
        Decimal("6.0700"),
    ),
    DistrictData("forst", "Forst", "52078", Decimal("50.7620"), Decimal("6.1270")),
    DistrictData("brand", "Brand", "52078", Decimal("50.7490"), Decimal("6.1650")),
    DistrictData("haaren", "Haaren", "52080", Decimal("50.7960"), Decimal("6.1230")),
    DistrictData("eilendorf", "Eilendorf", "52080", Decimal("50.7820"), Decimal("6.1600")),
    DistrictData("laurensberg", "Laurensberg", "52072", Decimal("50.7920"), Decimal("6.0660")),
    DistrictData("richterich", "Richterich", "52072", Decimal("50.8130"), Decimal("6.0580")),
    DistrictData(
        "kornelimuenster-walheim",
        "Kornelimünster / Walheim",
        "52076",
        Decimal("50.7290"),
        Decimal("6.1780"),
    ),
)

INVENTED_PROVIDER = "Erfundener Beispielträger der Demo-Inhalte."

PROVIDERS = (
    ProviderData(
        "kommunales-integrationszentrum-aachen",
        "Kommunales Integrationszentrum Aachen",
        "city",
        "Seit dem 1. August 2013 vom Land NRW gefördert; koordiniert die Neuaufstellung des "
        "Integrationskonzeptes.",
        "https://ki-aachen.example.org/",
        "ki@example.org",
        "0241 0100-100",
    ),
    ProviderData(
        "caritas-aachen",
        "Caritasverband für die Regionen Aachen-Stadt und Aachen-Land",
        "welfare",
        "Wohlfahrtsverband mit Migrationsberatung, Sprachkursen und Angeboten für Familien.",
        "https://caritas-aachen.example.org/",
        "caritas@example.org",
        "0241 0100-200",
    ),
    ProviderData(
        "diakonie-aachen",
        "Diakonisches Werk im Evangelischen Kirchenkreis Aachen",
        "welfare",
        "Wohlfahrtsverband mit Beratung, Bildungs- und Begegnungsangeboten.",
        "https://diakonie-aachen.example.org/",
        "diakonie@example.org",
        "0241 0100-300",
    ),
    ProviderData(
        "awo-aachen",
        "AWO Kreisverband Aachen-Stadt",
        "welfare",
        "Wohlfahrtsverband mit Stadtteilarbeit, Seniorenarbeit und Elternkursen.",
        "https://awo-aachen.example.org/",
        "awo@example.org",
        "0241 0100-400",
    ),
    ProviderData(
        "drk-aachen",
        "DRK-Kreisverband Städteregion Aachen",
        "welfare",
        "Wohlfahrtsverband; begleitet Geflüchtete in Unterkünften und bei der Wohnungssuche.",
        "https://drk-aachen.example.org/",
        "drk@example.org",
        "0241 0100-500",
    ),
    ProviderData(
        "integrationsagentur-awo",
        "Integrationsagentur der AWO Aachen",
        "integration_agency",
        "Landesgeförderte Integrationsagentur: Sozialraumarbeit, interkulturelle Öffnung, "
        "bürgerschaftliches Engagement.",
        "https://awo-aachen.example.org/integrationsagentur/",
        "integrationsagentur.awo@example.org",
        "0241 0100-410",
    ),
    ProviderData(
        "integrationsagentur-caritas",
        "Integrationsagentur des Caritasverbandes Aachen",
        "integration_agency",
        "Landesgeförderte Integrationsagentur mit Antidiskriminierungsarbeit.",
        "https://caritas-aachen.example.org/integrationsagentur/",
        "integrationsagentur.caritas@example.org",
        "0241 0100-210",
    ),
    ProviderData(
        "vhs-aachen",
        "Volkshochschule Aachen",
        "education",
        "Integrations-, Berufssprach- und Deutschkurse aller Stufen.",
        "https://vhs-aachen.example.org/",
        "vhs@example.org",
        "0241 0100-600",
    ),
    ProviderData(
        "stadtbibliothek-aachen",
        "Stadtbibliothek Aachen",
        "city",
        "Öffentliche Bibliothek mit mehrsprachigen Medien und Sprachcafés.",
        "https://stadtbibliothek-aachen.example.org/",
        "stadtbibliothek@example.org",
        "0241 0100-700",
    ),
    ProviderData(
        "jobcenter-aachen",
        "Jobcenter StädteRegion Aachen",
        "other",
        "Grundsicherung für Arbeitsuchende; Beratung zu Ausbildung und Arbeit.",
        "https://jobcenter-aachen.example.org/",
        "jobcenter@example.org",
        "0241 0100-800",
    ),
    ProviderData(
        "stadtsportbund-aachen",
        "Stadtsportbund Aachen",
        "club",
        "Dachverband der Aachener Sportvereine; vermittelt Sportangebote für alle.",
        "https://ssb-aachen.example.org/",
        "stadtsportbund@example.org",
        "0241 0100-900",
    ),
    ProviderData(
        "rwth-international-office",
        "International Office der RWTH Aachen",
        "education",
        "Beratung und Begleitung internationaler Studierender und Forschender.",
        "https://rwth-international.example.org/",
        "international@example.org",
        "0241 0101-100",
    ),
    ProviderData(
        "gesundheitsamt-staedteregion",
        "Gesundheitsamt der StädteRegion Aachen",
        "other",
        "Öffentlicher Gesundheitsdienst mit Beratung in mehreren Sprachen.",
        "https://gesundheitsamt-aachen.example.org/",
        "gesundheitsamt@example.org",
        "0241 0101-200",
    ),
    ProviderData(
        "polizei-aachen-kriminalpraevention",
        "Polizeipräsidium Aachen – Kriminalprävention und Opferschutz",
        "other",
        "Vorbeugung, Opferschutz und Informationsveranstaltungen.",
        "https://polizei-aachen.example.org/",
        "praevention@example.org",
        "0241 0101-300",
    ),
    ProviderData(
        "presseamt-aachen",
        "Presse- und Öffentlichkeitsarbeit der Stadt Aachen",
        "city",
        "Redaktion der städtischen Informationen, auch in mehreren Sprachen.",
        "https://presse-aachen.example.org/",
        "presse@example.org",
        "0241 0101-400",
    ),
    ProviderData(
        "internationaler-frauentreff",
        "Internationaler Frauentreff Aachen-Ost e. V.",
        "migrant_organisation",
        INVENTED_PROVIDER,
        "",
        "frauentreff@example.org",
        "0241 0101-500",
    ),
    ProviderData(
        "interreligioeser-gespraechskreis",
        "Interreligiöser Gesprächskreis Aachen",
        "religious",
        INVENTED_PROVIDER,
        "",
        "dialog@example.org",
        "0241 0101-600",
    ),
)

# --- The concept of 2016/17 -------------------------------------------------

ACTION_FIELD_TITLES = (
    "Sprache / Bildung",
    "Arbeit / Weiterbildung",
    "Wohnen / Sozialplanung",
    "Kultur / Religion",
    "Sport / Gesundheit",
    "Sicherheit / Rassismus / Religiöser Extremismus",
    "Öffentlichkeitsarbeit / Presse",
)
THEME_FIELD_TITLES = (
    "Interkulturelle Öffnung",
    "Anerkennungs- und Willkommenskultur",
    "Zusammenleben im Quartier",
    "Gesellschaftliches Engagement und Teilhabe",
)


def _html_list(items: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


TIMELINE = timeline(
    "Stationen der Neuaufstellung",
    (
        Milestone(
            EXAMPLE_ADOPTION_DATE_2006,
            "Erstes Integrationskonzept",
            "Der Rat der Stadt Aachen verabschiedet das erste Integrationskonzept. Mit ihm "
            "entsteht im Zuge des Zuwanderungsgesetzes von 2005 das „Netzwerk Integration“.",
            date_label="2006",
        ),
        Milestone(
            datetime.date(2013, 7, 1),
            "Antrag auf ein Kommunales Integrationszentrum",
            "Nach Beratung in den Fachausschüssen und Entscheidung des Rates reicht die "
            "Verwaltung den Antrag auf Einrichtung eines Kommunalen Integrationszentrums ein.",
            date_label="Juli 2013",
        ),
        Milestone(
            datetime.date(2013, 7, 23),
            "Bewilligungsbescheid des Ministeriums",
            "Der Bescheid enthält die Auflage, das Integrationskonzept neu aufzustellen: Es "
            "darf nicht älter als drei Jahre sein.",
        ),
        Milestone(
            datetime.date(2013, 8, 1),
            "Kommunales Integrationszentrum Aachen eingerichtet",
            "Das Land NRW genehmigt die Einrichtung zum 1. August 2013. Seitdem können jährlich "
            "Fördergelder in Höhe von bis zu 170.000 € abgerufen werden.",
        ),
        Milestone(
            datetime.date(2014, 2, 1),
            "Bericht an das Ministerium",
            "Die Verwaltung reicht den Bericht über die Vorgehensweise zur Überarbeitung ein. "
            "Das Ministerium befürwortet die partizipative Vorgehensweise.",
            date_label="Anfang Februar 2014",
        ),
        Milestone(
            datetime.date(2014, 6, 30),
            "Zeitplan für die Überarbeitung",
            "Ein konkreter Zeitplan für die Überarbeitung des Integrationskonzeptes wird "
            "vorgelegt.",
            date_label="bis Ende Juni 2014",
        ),
        Milestone(
            datetime.date(2014, 12, 3),
            "Empfehlung des Integrationsrates",
            "Der Integrationsrat empfiehlt die Überarbeitung in einem partizipativen Prozess mit "
            "externer Begleitung.",
        ),
        Milestone(
            datetime.date(2014, 12, 8),
            "Beschluss des Ausschusses für Soziales, Integration und Demographie",
            "Der Ausschuss stimmt der Überarbeitung zu und der Vergabe der Begleitung an das "
            "Institut für soziale Innovation: höchstens 9.240,35 € zuzüglich notwendiger "
            "Fahrtkosten für die Jahre 2015 und 2016.",
        ),
        Milestone(
            datetime.date(2015, 5, 9),
            "Auftaktveranstaltung mit Bestandsaufnahme der Angebote",
            "Die Teilnehmenden tragen die vielfältigen Aachener Angebote der Integrationsarbeit "
            "zusammen.",
        ),
        Milestone(
            datetime.date(2015, 6, 1),
            "Initiativkreise und Fachforen",
            "Etwa anderthalb Jahre lang erarbeiten Institutionen, Engagierte und politische "
            "Parteien die Leit- und Teilziele der vier Themenfelder.",
            date_label="2015–2016, etwa anderthalb Jahre",
        ),
        Milestone(
            datetime.date(2017, 3, 1),
            "Fachgespräche zu den Handlungsfeldern",
            "Fachgespräche zu den sieben Handlungsfeldern mit Expertinnen und Experten und der "
            "Politik.",
            date_label="Frühjahr 2017",
        ),
    ),
)

CHAPTERS = (
    ChapterData(
        slug="der-weg-zum-neuen-konzept",
        title="Der Weg zum neuen Konzept",
        intro=(
            "Vom ersten Integrationskonzept 2006 bis zu den Fachgesprächen im Frühjahr 2017: "
            "die Stationen der Neuaufstellung im Überblick."
        ),
        body=(
            paragraph(
                "<p>Die Neuaufstellung des Integrationskonzeptes ist eine aktualisierende und "
                "strukturierte Integrationsplanung: Politik, Verwaltung und die Steuerungsgruppe "
                "„Integration im Querschnitt“ entwickeln gemeinsam mit den Akteurinnen und "
                "Akteuren der Integrationsarbeit Ziele und Maßnahmen.</p>"
            ),
            TIMELINE,
            table(
                "Förderung und Kostenrahmen",
                ("Posten", "Betrag", "Grundlage"),
                (
                    (
                        "Landesförderung des Kommunalen Integrationszentrums",
                        "bis zu 170.000 € jährlich",
                        "Genehmigung des Landes NRW zum 1. August 2013",
                    ),
                    (
                        "Externe Begleitung durch das Institut für soziale Innovation "
                        "(2015 und 2016)",
                        "höchstens 9.240,35 € zuzüglich notwendiger Fahrtkosten",
                        "Beschluss des Ausschusses für Soziales, Integration und Demographie "
                        "vom 8.12.2014",
                    ),
                ),
            ),
        ),
    ),
    ChapterData(
        slug="notwendigkeit-eines-neuen-integrationskonzeptes",
        title=(
            "Notwendigkeit eines neuen Integrationskonzeptes: "
            "Förderrichtlinien für Kommunale Integrationszentren"
        ),
        intro=(
            "Die Förderung des Kommunalen Integrationszentrums setzt ein Integrationskonzept "
            "voraus, das nicht älter als drei Jahre ist."
        ),
        body=(
            paragraph(
                "<p>Das bestehende Integrationskonzept wurde im Jahr 2006 vom Rat der Stadt "
                "Aachen verabschiedet. Im Juli 2013 reichte die Verwaltung nach Beratung in den "
                "Fachausschüssen und entsprechender Entscheidung durch den Rat der Stadt Aachen "
                "den Antrag auf Einrichtung eines Kommunalen Integrationszentrums ein.</p>"
                "<p>Die Genehmigung für die Einrichtung des „Kommunalen Integrationszentrums "
                "Aachen“ wurde durch das Land NRW zum 1. August 2013 erteilt. Damit können seit "
                "diesem Zeitpunkt jährlich Fördergelder in Höhe von bis zu 170.000 € abgerufen "
                "werden. Die Genehmigung der Mittel ist an Förderrichtlinien gebunden, die "
                "zwingend zu erfüllen sind.</p>"
            ),
            heading("Ein Konzept, nicht älter als drei Jahre"),
            paragraph(
                "<p>Eine wesentliche Voraussetzung für den Abruf der beantragten Fördergelder ist "
                "die Vorlage eines aktuellen Integrationskonzeptes. Die Förderrichtlinien "
                "schreiben vor, dass das Integrationskonzept nicht älter als drei Jahre sein "
                "darf. Daher enthält der Bewilligungsbescheid des Ministeriums vom 23. Juli 2013 "
                "eine entsprechende Auflage zur Neuaufstellung.</p>"
            ),
        ),
    ),
    ChapterData(
        slug="rahmen-zur-erstellung-des-integrationskonzeptes",
        title="Rahmen zur Erstellung des Integrationskonzeptes für das Ministerium",
        intro=(
            "Wie das neue Konzept entstehen soll: partizipativ, wissenschaftlich fundiert und "
            "mit Blick auf die Bedürfnisse der Menschen."
        ),
        body=(
            paragraph(
                "<p>Über die Vorgehensweise zur Überarbeitung des Integrationskonzeptes hat sich "
                "die Verwaltung mit der Leiterin der „Landesweiten Koordinierungsstelle der "
                "Kommunalen Integrationszentren“ fachlich beraten. Bei der Erstellung des neuen "
                "Integrationskonzeptes sollten verschiedene Aspekte berücksichtigt werden, wie "
                "beispielsweise aktuelle wissenschaftliche Herangehensweisen, die positive "
                "Haltung zur Integrationsarbeit in Aachen, die Lebenssituation der "
                "unterschiedlichen Zielgruppen der Integrationsarbeit und die Bedürfnisse der "
                "Menschen. Das neue Integrationskonzept sollte gemeinsam mit den Akteurinnen und "
                "Akteuren der Integrationsarbeit und relevanten gesellschaftlichen "
                "Vertreterinnen und Vertretern entwickelt werden.</p>"
                "<p>Der angestrebte partizipative Prozess sollte letztlich der gesamten Aachener "
                "Bevölkerung die Möglichkeit geben, an dem neuen Konzept mitzuwirken.</p>"
            ),
            heading("Abstimmung mit dem Ministerium", "h3"),
            paragraph(
                "<p>Der Bericht über die Vorgehensweise zur Überarbeitung des "
                "Integrationskonzeptes wurde beim Ministerium Anfang Februar 2014 eingereicht. "
                "Das Ministerium befürwortet die partizipative Vorgehensweise. Allerdings wies es "
                "darauf hin, Ressourcen und Arbeitsschwerpunkte des Kommunalen "
                "Integrationszentrums im Blick zu halten. Bis Ende Juni 2014 wurde ein konkreter "
                "Zeitplan für die Überarbeitung vorgelegt.</p>"
            ),
        ),
    ),
    ChapterData(
        slug="externe-begleitung-des-partizipatorischen-prozesses",
        title="Externe Begleitung des partizipatorischen Prozesses",
        intro=(
            "Das Institut für soziale Innovation begleitet die Stadt Aachen in den Jahren 2015 "
            "und 2016 bei der Entwicklung des neuen Integrationskonzeptes."
        ),
        body=(
            paragraph(
                "<p>Da die Personalressourcen für die Überarbeitung des Integrationskonzeptes "
                "nicht in ausreichendem Maße vorhanden sind und zugleich aus fachlicher Sicht "
                "eine externe Begleitung als sinnvoll und notwendig erachtet wurde, recherchierte "
                "die Verwaltung nach den Möglichkeiten einer professionellen Begleitung.</p>"
                "<p>Auf Empfehlung des Integrationsrates in seiner Sitzung am 3.12.2014 stimmte "
                "der Ausschuss für Soziales, Integration und Demographie in seiner Sitzung am "
                "8.12.2014 der Überarbeitung des Integrationskonzeptes zu. Die Überarbeitung "
                "sollte in einem partizipativen Prozess mit externer Begleitung erfolgen. Deshalb "
                "beschloss der Ausschuss für Soziales, Integration und Demographie, der Vergabe "
                "des Auftrags für die Begleitung der Stadt Aachen bei der Entwicklung eines neuen "
                "Integrationskonzeptes an das Institut für soziale Innovation zuzustimmen. Als "
                "maximaler Kostenrahmen wurden insgesamt 9.240,35 € zuzüglich entstehender, "
                "notwendiger Fahrtkosten für die Jahre 2015 und 2016 festgelegt.</p>"
            ),
        ),
    ),
    ChapterData(
        slug="bestandsaufnahme-der-vorhandenen-angebote",
        title="Bestandsaufnahme der vorhandenen Angebote",
        intro=(
            "Am Anfang stand die gemeinsame Bestandsaufnahme der Aachener Angebote auf der "
            "Auftaktveranstaltung am 9. Mai 2015."
        ),
        body=(
            paragraph(
                "<p>Der Arbeitsprozess begann mit einer Bestandsaufnahme der zahlreichen und "
                "vielfältigen Aachener Angebote der Integrationsarbeit, die partizipativ auf der "
                "Auftaktveranstaltung am 9. Mai 2015 erfolgte. Das Ergebnis zeigte eine Vielfalt "
                "an unterschiedlichsten Angeboten. Die Übersicht über die konkreten Angebote "
                "sollte ständig aktuell gehalten werden.</p>"
                "<p>Bei der weiteren Erarbeitung des Konzeptes dient die erstellte "
                "Angebotsübersicht als wichtige Arbeitsgrundlage. Eine hieraus zu entwickelnde "
                "Online-Plattform bildet zudem eine der Maßnahmen im neuen "
                "Integrationskonzept.</p>"
            ),
        ),
    ),
    ChapterData(
        slug="steuerung-und-vernetzung",
        title="Steuerung und Vernetzung",
        intro=(
            "Die gute Zusammenarbeit der Aachener Akteure über fachliche und gesellschaftliche "
            "Grenzen hinweg braucht neue Strukturen der Steuerung."
        ),
        body=(
            paragraph(
                "<p>In der durch das Integrationskonzept anvisierten Integrationsarbeit sollte "
                "sich die besondere Ressource Aachens, nämlich die gute Zusammenarbeit der "
                "verschiedensten Akteure der Integrationsarbeit über fachliche und "
                "gesellschaftliche Grenzen hinweg, abbilden. Dies erforderte neue Strukturen, da "
                "viele Träger zwischenzeitlich städteregional aufgestellt sind.</p>"
            ),
        ),
        sections=(
            ChapterData(
                slug="netzwerk-integration",
                title="Netzwerk Integration",
                intro="Die Steuerungsstruktur aus der Zeit des ersten Integrationskonzeptes.",
                body=(
                    paragraph(
                        "<p>Die neuen Strukturen betrafen auch das „Netzwerk Integration“, das "
                        "im Zuge der Umsetzung des Zuwanderungsgesetzes von 2005 und der "
                        "Erstellung des ersten Integrationskonzeptes der Stadt Aachen entstand. "
                        "Diese Steuerungsstruktur, die seinerzeit themenspezifisch entwickelt "
                        "worden war, steht der Stadt Aachen für die heutige Steuerung ihrer "
                        "Integrationsarbeit nicht mehr eigens zur Verfügung.</p>"
                        "<p>Die Stadt Aachen ist weiterhin Mitglied im Netzwerk und auch im "
                        "Sprecherrat; die steuernde und koordinierende Funktion ist, ebenso wie "
                        "die meisten Mitglieder, städteregional ausgerichtet.</p>"
                    ),
                ),
            ),
            ChapterData(
                slug="steuerungsgruppe-integration-im-querschnitt",
                title="Steuerungsgruppe „Integration im Querschnitt“",
                intro=(
                    "Das neue Steuerungsinstrument von Kommunalem Integrationszentrum und "
                    "Integrationsagenturen."
                ),
                body=(
                    paragraph(
                        "<p>Gleichzeitig wurde mit Gründung des Kommunalen Integrationszentrums "
                        "ein erster fachlicher Schwerpunkt für eine institutionenübergreifende "
                        "Steuerung der Integrationsarbeit des Kommunalen Integrationszentrums in "
                        "Abstimmung mit den Integrationsagenturen der Wohlfahrtsverbände "
                        "gesetzt. Hierzu entwickelte das Kommunale Integrationszentrum im Rahmen "
                        "seines Schwerpunktes „Integration im Querschnitt“ eine fachliche "
                        "Steuerungsstruktur unter Einbeziehung von Vertreterinnen und Vertretern "
                        "der Migrantinnen und Migranten.</p>"
                        "<p>So wurde mit der „Steuerungsgruppe Integration im Querschnitt“ ein "
                        "neues Steuerungsinstrument für die kommunale Integrationsarbeit "
                        "geschaffen. Die relevanten Akteure der landesgeförderten "
                        "Integrationsagenturen und des landesgeförderten Kommunalen "
                        "Integrationszentrums sind gehalten, miteinander abgestimmt zu arbeiten. "
                        "Als erste gemeinsame Aufgabe stellte sich die Steuerungsgruppe der "
                        "Aufgabe, die Erarbeitung des neuen Integrationskonzeptes für Aachen zu "
                        "steuern.</p>"
                    ),
                ),
            ),
        ),
    ),
    ChapterData(
        slug="aachener-haltung",
        title="Vision für ein zukünftiges Zusammenleben in Vielfalt: Aachener Haltung",
        intro=(
            "Grundlegend für das Integrationskonzept: die „Aachener Haltung zum Zusammenleben "
            "in Vielfalt“."
        ),
        body=(
            paragraph(
                "<p>Die Steuerungsgruppe legte mit der „Aachener Haltung zum Zusammenleben in "
                "Vielfalt“ das Fundament für das neue Integrationskonzept. Dabei wird von der "
                "idealen Grundannahme ausgegangen, dass in Aachen lebende Menschen der Wunsch "
                "nach einem friedlichen Leben und nach Zugehörigkeit verbindet, bei der sich alle "
                "– Zugewanderte und „alteingesessene“ Bürgerinnen und Bürger – gleichermaßen "
                "angenommen fühlen können. Sie formuliert die Vision für ein zukünftiges "
                "Zusammenleben in Vielfalt:</p>"
            ),
            principle_list(
                "Aachener Haltung zum Zusammenleben in Vielfalt",
                (
                    "Aachen, das sind wir! Wir sind die Menschen, die schon lange hier sind, und "
                    "die, die kommen und bleiben, und auch die, die auf der Durchreise sind. Wir "
                    "alle, die in dieser Stadt leben.",
                    "Denn Aachen ist das Zuhause aller Menschen, die hier leben, gleich wo sie "
                    "geboren sind.",
                    "Aachen ist familienfreundlich. Wir wollen darüber hinaus, dass Menschen "
                    "aller Generationen und Lebensformen sich in unserer Stadt wohl fühlen. Wir "
                    "nehmen Unterschiede und Gegensätze wahr und ergreifen Chancen, aufeinander "
                    "zuzugehen. So entwickeln wir uns.",
                    "Aachen ist eine soziale Stadt, wir helfen einander professionell und "
                    "bürgerschaftlich engagiert. Wir begegnen uns gleichberechtigt dort, wo wir "
                    "leben.",
                    "Aachen ist eine Stadt der Wissenschaft, der Forschung und Innovation. Hier "
                    "denken wir frei. Wir blicken zuversichtlich in die Zukunft.",
                    "Wir leben im Dreiländereck. In der zurückliegenden Zeit entwickelte sich ein "
                    "gutes Verhältnis zu unseren Nachbarn. Die Beziehungen sind nun kreativ, "
                    "kooperativ, europäisch.",
                    "Aachen ist international geprägt – von jeher.",
                    "Unsere Grundhaltung basiert auf Respekt. Wir gehen wertschätzend miteinander "
                    "um. Wir erkennen an, dass menschliches Zusammenleben Stress und Chancen "
                    "beinhaltet. Spannungen, Missverständnisse und Konflikte, aber auch Glück und "
                    "Verständnis erkennen wir als normalen Ausdruck menschlichen Zusammenlebens "
                    "an. Wir sprechen direkt miteinander.",
                    "Aachen ist eine Stadt mit vielfältigen kulturellen und sportlichen "
                    "Angeboten. Wir fördern die Teilhabe, um gemeinsames Erleben und persönliche "
                    "Beziehungen zu ermöglichen.",
                    "Aachen steht zusammen gegen feindselige, rassistische, gewalttätige und "
                    "extremistisch motivierte Handlungen. Wir sind Aachen. Extremisten sind es "
                    "nicht!",
                    "Wir leben den Dialog der Kulturen und der Religionen.",
                    "Wir setzen auf Engagement, Verständigung und Zugehörigkeit.",
                    "Wir wollen hier sicher und in Frieden zusammen leben.",
                ),
            ),
            quote(
                "Wir sind Aachen. Extremisten sind es nicht!",
                "Aachener Haltung zum Zusammenleben in Vielfalt",
            ),
        ),
    ),
    ChapterData(
        slug="themenfelder-und-leitziele",
        title="Themenfelder und Leitziele",
        intro=(
            "Vier Themenfelder übersetzen die Aachener Haltung in konkrete Leit- und Teilziele "
            "der Integrationsarbeit."
        ),
        body=(
            paragraph(
                "<p>Zur Umsetzung der Aachener Haltung in konkrete Ziele der Integrationsarbeit "
                "wählte die Steuerungsgruppe vier Themenfelder, die geeignet sind, "
                "„Integrationsstrukturen“ in die Gesellschaft hineinzuentwickeln, um damit eine "
                "Integrationsarbeit zu fördern, die einer Spaltung der Gesellschaft "
                "entgegenwirkt. Einer Begünstigung von Migranten soll hierbei genauso "
                "entgegengewirkt werden wie einer Benachteiligung dieser Zielgruppe, der bald "
                "jeder 2. Einwohner Aachens angehören wird.</p>"
                "<p>Diese Themenfelder sind:</p>" + _html_list(THEME_FIELD_TITLES)
            ),
            paragraph(
                "<p>Verschiedene Initiativkreise und Fachforen ermöglichten über etwa anderthalb "
                "Jahre eine breite Beteiligung der in der Integrationsarbeit vertretenen "
                "Institutionen, Personen sowie der politischen Parteien. So wurden nach "
                "intensiven Diskussionen, Abwägungen und Entscheidungen innerhalb der oben "
                "beschriebenen Themenfelder konkrete Leit- und Teilziele entwickelt.</p>"
                "<p>Die Ergebnisse sind in dem vorliegenden Entwurf des neuen "
                "Integrationskonzeptes enthalten; ebenso ist die Struktur von Steuerung und "
                "Vernetzung in einem eigenen Kapitel konzipiert worden.</p>"
                "<p><i>Hinweis: Die Sitzungsvorlage nennt die Leit- und Teilziele nicht im "
                "Einzelnen. Die Ziele auf den Seiten der Themenfelder sind Beispielinhalte dieser "
                "Demo.</i></p>"
            ),
        ),
    ),
    ChapterData(
        slug="planung-fruehjahr-2017",
        title="Planung Frühjahr 2017: Fachgespräche zu den Handlungsfeldern",
        intro=(
            "Im Frühjahr 2017 werden die Themenfelder in Fachgesprächen mit sieben "
            "Handlungsfeldern verknüpft."
        ),
        body=(
            heading("Fachgespräche zu den Handlungsfeldern"),
            paragraph(
                "<p>Um die in den Themenfeldern liegenden Potenziale voll auszuschöpfen, werden "
                "diese in den weiteren Gesprächen mit konkreten Handlungsfeldern verknüpft. "
                "Insgesamt werden folgende sieben Handlungsfelder bearbeitet (vgl. Kapitel 5 des "
                "Entwurfes):</p>" + _html_list(ACTION_FIELD_TITLES) + "<p>Hierzu wird es "
                "Fachgespräche geben, zu denen neben den jeweiligen Expertinnen und Experten auch "
                "die Politik eingeladen wird.</p>"
            ),
        ),
    ),
)

# The submission names the four theme fields but none of their goals: every
# guiding goal and sub-goal below is invented example content.
_EXAMPLE_NOTE = (
    "Beispielinhalt: Die Leit- und Teilziele auf dieser Seite sind für die Demo erfunden; "
    "die Sitzungsvorlage nennt nur das Themenfeld selbst."
)


def _goal(key: str, title: str, description: str, *sub_goals: str) -> GuidingGoalData:
    """An invented guiding goal whose sub-goals are keyed ``<key>-1``, ``<key>-2``…"""
    return GuidingGoalData(
        key=key,
        title=title,
        description=description,
        sub_goals=tuple(
            SubGoalData(key=f"{key}-{number}", title=sub_goal)
            for number, sub_goal in enumerate(sub_goals, start=1)
        ),
        is_example=True,
    )


THEME_FIELDS = (
    ThemeFieldData(
        slug="interkulturelle-oeffnung",
        title="Interkulturelle Öffnung",
        intro=(
            "Verwaltung, Bildungseinrichtungen und Dienste öffnen sich für alle Menschen der "
            f"Stadt. {_EXAMPLE_NOTE}"
        ),
        body=(
            "<p>Interkulturelle Öffnung heißt, dass Einrichtungen ihre Angebote, ihr Personal "
            "und ihre Abläufe so gestalten, dass alle Aachenerinnen und Aachener sie "
            "gleichermaßen nutzen können – unabhängig von Herkunft, Sprache oder Religion.</p>"
        ),
        guiding_goals=(
            _goal(
                "interkulturelle-oeffnung-1",
                "Die Stadtverwaltung ist für alle Aachenerinnen und Aachener gleichermaßen "
                "zugänglich.",
                "Wer ein Anliegen hat, findet den Weg in die Verwaltung und wird verstanden.",
                "Wichtige Informationen der Verwaltung liegen in einfacher Sprache und in den "
                "häufigsten Herkunftssprachen vor.",
                "Beschäftigte mit Publikumsverkehr nehmen regelmäßig an Fortbildungen zu "
                "interkultureller Kompetenz teil.",
                "Städtische Stellen können bei Bedarf Sprach- und Kulturmittlerinnen und "
                "-mittler hinzuziehen.",
            ),
            _goal(
                "interkulturelle-oeffnung-2",
                "Die Vielfalt der Stadtgesellschaft spiegelt sich im Personal der Stadt und der "
                "Träger wider.",
                "Ein vielfältiges Team erreicht eine vielfältige Bevölkerung besser.",
                "Der Anteil der Auszubildenden mit Einwanderungsgeschichte in der "
                "Stadtverwaltung steigt.",
                "Stellenausschreibungen sprechen Menschen mit Einwanderungsgeschichte "
                "ausdrücklich an.",
            ),
            _goal(
                "interkulturelle-oeffnung-3",
                "Bildungs-, Gesundheits- und Beratungsdienste öffnen sich interkulturell.",
                "Regeldienste erreichen zugewanderte Familien ebenso gut wie alle anderen.",
                "Kitas und Schulen arbeiten mit Elternbegleiterinnen und -begleitern zusammen.",
                "Beratungsstellen machen sichtbar, in welchen Sprachen sie beraten.",
            ),
        ),
    ),
    ThemeFieldData(
        slug="anerkennungs-und-willkommenskultur",
        title="Anerkennungs- und Willkommenskultur",
        intro=(
            "Neuzugewanderte sind willkommen, und was sie mitbringen, wird anerkannt. "
            f"{_EXAMPLE_NOTE}"
        ),
        body=(
            "<p>Eine Willkommenskultur erleichtert das Ankommen; eine Anerkennungskultur "
            "würdigt die Fähigkeiten, Abschlüsse und Lebensleistungen der Menschen, die schon "
            "lange hier leben, ebenso wie derer, die neu hinzukommen.</p>"
        ),
        guiding_goals=(
            _goal(
                "willkommenskultur-1",
                "Neuzugewanderte finden sich vom ersten Tag an in Aachen zurecht.",
                "Orientierung in den ersten Wochen entscheidet oft über den weiteren Weg.",
                "Eine Willkommensmappe informiert in mehreren Sprachen über Ämter, Beratung "
                "und Angebote.",
                "Die Online-Plattform der Angebote ist in den wichtigsten Sprachen der "
                "Neuzugewanderten verfügbar.",
                "Lotsinnen und Lotsen begleiten Neuzugewanderte bei den ersten Behördengängen.",
            ),
            _goal(
                "willkommenskultur-2",
                "Mitgebrachte Qualifikationen und Kompetenzen werden anerkannt und genutzt.",
                "Niemand soll unter seinen Möglichkeiten arbeiten müssen.",
                "Die Beratung zur Anerkennung ausländischer Berufsabschlüsse ist schnell "
                "erreichbar.",
                "Mehrsprachigkeit gilt in Kita, Schule und Beruf als Stärke.",
            ),
            _goal(
                "willkommenskultur-3",
                "Aachen würdigt die Beiträge der Eingewanderten zur Stadtgeschichte.",
                "Einwanderung gehört zur Geschichte der Stadt im Dreiländereck.",
                "Einbürgerungen werden in einer Feier im Rathaus gewürdigt.",
                "Ausstellungen und Stadtführungen erzählen die Geschichte der Einwanderung nach "
                "Aachen.",
            ),
        ),
    ),
    ThemeFieldData(
        slug="zusammenleben-im-quartier",
        title="Zusammenleben im Quartier",
        intro=(
            "Integration geschieht vor Ort: in der Nachbarschaft, im Stadtteil, im Quartier. "
            f"{_EXAMPLE_NOTE}"
        ),
        body=(
            "<p>Im Quartier begegnen sich Menschen im Alltag – im Treppenhaus, auf dem "
            "Spielplatz, beim Einkaufen. Gute Nachbarschaft braucht Orte der Begegnung und "
            "Wege, Konflikte fair zu lösen.</p>"
        ),
        guiding_goals=(
            _goal(
                "zusammenleben-im-quartier-1",
                "In allen Stadtteilen gibt es Orte der Begegnung für alteingesessene und "
                "zugewanderte Menschen.",
                "Begegnung baut Vorurteile ab und schafft Nachbarschaft.",
                "Stadtteilbüros und Familienzentren öffnen ihre Räume für Begegnungsangebote.",
                "Quartiersfeste bringen Nachbarinnen und Nachbarn verschiedener Herkunft zusammen.",
            ),
            _goal(
                "zusammenleben-im-quartier-2",
                "Konflikte im Zusammenleben werden früh erkannt und fair gelöst.",
                "Spannungen gehören zum Zusammenleben; entscheidend ist, wie wir mit ihnen "
                "umgehen.",
                "Nachbarschaftsmediation steht in mehreren Sprachen zur Verfügung.",
                "Wohnungsunternehmen, Quartiersmanagement und Polizei tauschen sich "
                "regelmäßig aus.",
            ),
            _goal(
                "zusammenleben-im-quartier-3",
                "Geflüchtete ziehen früh in eigene Wohnungen und finden Anschluss in ihrer "
                "Nachbarschaft.",
                "Eigener Wohnraum ist eine Grundlage für Teilhabe.",
                "Der Umzug aus Gemeinschaftsunterkünften in Wohnungen wird von Beratung begleitet.",
                "Nachbarschaftspatenschaften erleichtern das Ankommen im neuen Wohnumfeld.",
            ),
        ),
    ),
    ThemeFieldData(
        slug="gesellschaftliches-engagement-und-teilhabe",
        title="Gesellschaftliches Engagement und Teilhabe",
        intro=(
            "Alle Aachenerinnen und Aachener gestalten ihre Stadt mit – in Vereinen, "
            f"Initiativen und Gremien. {_EXAMPLE_NOTE}"
        ),
        body=(
            "<p>Teilhabe heißt mitreden, mitentscheiden und mitmachen. Engagement von und für "
            "Menschen mit Einwanderungsgeschichte stärkt den Zusammenhalt der ganzen "
            "Stadtgesellschaft.</p>"
        ),
        guiding_goals=(
            _goal(
                "engagement-und-teilhabe-1",
                "Menschen mit Einwanderungsgeschichte engagieren sich in Vereinen, Initiativen "
                "und Gremien.",
                "Wer sich engagiert, gehört dazu und wird gehört.",
                "Sportvereine und Kulturinitiativen gewinnen gezielt neue Mitglieder mit "
                "Einwanderungsgeschichte.",
                "Die Wahlbeteiligung bei der Wahl des Integrationsrates steigt.",
            ),
            _goal(
                "engagement-und-teilhabe-2",
                "Migrantenorganisationen sind gleichberechtigte Partner der Integrationsarbeit.",
                "Sie kennen die Lebenswirklichkeit ihrer Mitglieder am besten.",
                "Migrantenorganisationen werden bei Vereinsgründung, Förderanträgen und "
                "Projektarbeit beraten.",
                "Migrantenorganisationen sind in der Steuerungsgruppe und in den "
                "Fachgesprächen vertreten.",
            ),
            _goal(
                "engagement-und-teilhabe-3",
                "Ehrenamtliches Engagement für und mit Geflüchteten wird gestärkt und begleitet.",
                "Ehrenamt braucht Anerkennung, Austausch und fachliche Unterstützung.",
                "Ehrenamtliche erhalten Qualifizierung, Austausch und Supervision.",
                "Geflüchtete werden selbst als Ehrenamtliche gewonnen.",
                "Ehrenamtliches Engagement wird öffentlich gewürdigt.",
            ),
        ),
    ),
)


def _fachgespraech(topic: str) -> tuple[RawBlock, ...]:
    """The closing blocks every action field shares: its expert talk of spring 2017."""
    return (
        heading("Fachgespräch im Frühjahr 2017", "h3"),
        paragraph(
            f"<p>Im Frühjahr 2017 lädt die Stadt Aachen zu einem Fachgespräch zum Handlungsfeld "
            f"{topic} ein. Neben den Expertinnen und Experten ist auch die Politik eingeladen. "
            "Das Gespräch verknüpft die Leit- und Teilziele der vier Themenfelder mit "
            "konkreten Maßnahmen.</p>"
        ),
    )


ACTION_FIELDS = (
    ActionFieldData(
        code="sprache-bildung",
        slug="sprache-bildung",
        title="Sprache / Bildung",
        summary=(
            "Deutsch lernen, Mehrsprachigkeit wertschätzen und gleiche Bildungschancen von der "
            "Kita bis zur Weiterbildung schaffen."
        ),
        body=(
            paragraph(
                "<p>Sprache ist ein Schlüssel zur Teilhabe. Das Handlungsfeld umfasst "
                "Sprachkurse für Erwachsene, die sprachliche Bildung in Kita und Schule, die "
                "Wertschätzung der Herkunftssprachen und die Zusammenarbeit mit Eltern.</p>"
            ),
            *_fachgespraech("„Sprache / Bildung“"),
        ),
    ),
    ActionFieldData(
        code="arbeit-weiterbildung",
        slug="arbeit-weiterbildung",
        title="Arbeit / Weiterbildung",
        summary=(
            "Zugang zu Ausbildung und Arbeit, Anerkennung ausländischer Abschlüsse und "
            "berufliche Weiterbildung."
        ),
        body=(
            paragraph(
                "<p>Eigene Arbeit sichert den Lebensunterhalt und schafft Kontakte. Das "
                "Handlungsfeld umfasst die Beratung zur Anerkennung von Berufs- und "
                "Studienabschlüssen, berufsbezogene Sprachförderung, den Übergang von der Schule "
                "in den Beruf und die interkulturelle Öffnung von Betrieben.</p>"
            ),
            *_fachgespraech("„Arbeit / Weiterbildung“"),
        ),
    ),
    ActionFieldData(
        code="wohnen-sozialplanung",
        slug="wohnen-sozialplanung",
        title="Wohnen / Sozialplanung",
        summary=(
            "Guter Wohnraum für alle und eine Sozialplanung, die die Vielfalt der Quartiere "
            "berücksichtigt."
        ),
        body=(
            paragraph(
                "<p>Das Handlungsfeld umfasst die Unterstützung bei der Wohnungssuche, das "
                "Zusammenleben in der Nachbarschaft, die Quartiersarbeit und eine Sozialplanung, "
                "die die Entwicklung der Stadtteile im Blick behält.</p>"
            ),
            *_fachgespraech("„Wohnen / Sozialplanung“"),
        ),
    ),
    ActionFieldData(
        code="kultur-religion",
        slug="kultur-religion",
        title="Kultur / Religion",
        summary="Kulturelle Teilhabe für alle sowie der Dialog der Kulturen und Religionen.",
        body=(
            paragraph(
                "<p>Aachen ist eine Stadt mit vielfältigen kulturellen Angeboten und vielen "
                "Religionsgemeinschaften. Das Handlungsfeld umfasst den Zugang zu Kultur, "
                "interkulturelle Kulturarbeit und den interreligiösen Dialog.</p>"
            ),
            *_fachgespraech("„Kultur / Religion“"),
        ),
    ),
    ActionFieldData(
        code="sport-gesundheit",
        slug="sport-gesundheit",
        title="Sport / Gesundheit",
        summary="Sport als Ort der Begegnung und gleicher Zugang zur Gesundheitsversorgung.",
        body=(
            paragraph(
                "<p>Im Sportverein entstehen Freundschaften über alle Grenzen hinweg. Das "
                "Handlungsfeld umfasst offene Sportangebote, die interkulturelle Öffnung der "
                "Vereine, Gesundheitsförderung und die Orientierung im Gesundheitssystem.</p>"
            ),
            *_fachgespraech("„Sport / Gesundheit“"),
        ),
    ),
    ActionFieldData(
        code="sicherheit-rassismus-extremismus",
        slug="sicherheit-rassismus-religioeser-extremismus",
        title="Sicherheit / Rassismus / Religiöser Extremismus",
        summary=(
            "Schutz vor Diskriminierung und Gewalt, Vorbeugung gegen Rassismus und religiös "
            "begründeten Extremismus."
        ),
        body=(
            paragraph(
                "<p>Aachen steht zusammen gegen feindselige, rassistische, gewalttätige und "
                "extremistisch motivierte Handlungen. Das Handlungsfeld umfasst "
                "Antidiskriminierungsarbeit, die Beratung von Betroffenen, politische Bildung "
                "und die Vorbeugung gegen Radikalisierung.</p>"
            ),
            *_fachgespraech("„Sicherheit / Rassismus / Religiöser Extremismus“"),
        ),
    ),
    ActionFieldData(
        code="oeffentlichkeitsarbeit-presse",
        slug="oeffentlichkeitsarbeit-presse",
        title="Öffentlichkeitsarbeit / Presse",
        summary=(
            "Über Integration informieren, Vielfalt sichtbar machen und die Angebote bekannt "
            "machen."
        ),
        body=(
            paragraph(
                "<p>Gute Angebote nützen nur, wenn die Menschen sie kennen. Das Handlungsfeld "
                "umfasst mehrsprachige Information, die Zusammenarbeit mit der Presse und die "
                "Online-Plattform der Angebote.</p>"
            ),
            *_fachgespraech("„Öffentlichkeitsarbeit / Presse“"),
        ),
    ),
)

ALL_ACTION_FIELDS = tuple(action_field.code for action_field in ACTION_FIELDS)

MEASURES = (
    # From the submission: the inventory of 9 May 2015 is to become an online
    # platform, "one of the measures of the new concept".
    MeasureData(
        slug="online-plattform-der-angebote",
        title="Online-Plattform der Angebote",
        status="in_progress",
        summary=(
            "Aus der Bestandsaufnahme vom 9. Mai 2015 entsteht eine Online-Plattform, die die "
            "Angebote der Integrationsarbeit ständig aktuell zeigt."
        ),
        provider="kommunales-integrationszentrum-aachen",
        starts_on=datetime.date(2015, 5, 9),
        ends_on=None,
        action_fields=("oeffentlichkeitsarbeit-presse", "sprache-bildung"),
        guiding_goals=("willkommenskultur-1",),
        body=(
            paragraph(
                "<p>Die Bestandsaufnahme auf der Auftaktveranstaltung am 9. Mai 2015 zeigte eine "
                "Vielfalt an unterschiedlichsten Angeboten. Die Übersicht über die konkreten "
                "Angebote soll ständig aktuell gehalten werden. Eine hieraus zu entwickelnde "
                "Online-Plattform bildet eine der Maßnahmen im neuen Integrationskonzept.</p>"
                "<p>Die Plattform ist mehrsprachig und lässt sich nach Handlungsfeld, "
                "Zielgruppe, Sprache und Stadtteil durchsuchen. Träger melden Änderungen an "
                "ihren Angeboten, die Redaktion prüft sie regelmäßig.</p>"
            ),
        ),
    ),
    # From the submission: expert talks on the seven action fields in spring
    # 2017. Its exact days are not given; the dates stand for "spring 2017".
    MeasureData(
        slug="fachgespraeche-zu-den-handlungsfeldern",
        title="Fachgespräche zu den Handlungsfeldern",
        status="planned",
        summary=(
            "Im Frühjahr 2017 verknüpfen Fachgespräche die Themenfelder mit sieben "
            "Handlungsfeldern; neben Expertinnen und Experten ist auch die Politik eingeladen."
        ),
        provider="kommunales-integrationszentrum-aachen",
        starts_on=datetime.date(2017, 3, 1),
        ends_on=datetime.date(2017, 5, 31),
        action_fields=ALL_ACTION_FIELDS,
        body=(
            paragraph(
                "<p>Um die in den Themenfeldern liegenden Potenziale voll auszuschöpfen, werden "
                "diese in den weiteren Gesprächen mit konkreten Handlungsfeldern verknüpft. Zu "
                "jedem der sieben Handlungsfelder gibt es ein Fachgespräch:</p>"
                + _html_list(ACTION_FIELD_TITLES)
            ),
        ),
    ),
    MeasureData(
        slug="fortbildungsreihe-interkulturelle-kompetenz",
        title="Fortbildungsreihe „Interkulturelle Kompetenz“ für die Stadtverwaltung",
        status="done",
        summary=(
            "Beschäftigte mit Publikumsverkehr lernen in sechs Modulen, Missverständnisse zu "
            "vermeiden und mit Sprachmittlung zu arbeiten."
        ),
        provider="kommunales-integrationszentrum-aachen",
        starts_on=datetime.date(2016, 2, 1),
        ends_on=datetime.date(2016, 11, 30),
        action_fields=("arbeit-weiterbildung", "sicherheit-rassismus-extremismus"),
        guiding_goals=("interkulturelle-oeffnung-1", "interkulturelle-oeffnung-2"),
        body=(
            paragraph(
                "<p>Sechs Module zu Kommunikation, Vorurteilen, Aufenthaltsrecht und "
                "Sprachmittlung; rund 120 Beschäftigte aus Bürgerservice, Ausländeramt, "
                "Jugendamt und Sozialamt haben teilgenommen.</p>"
                "<p><i>Beispielinhalt der Demo.</i></p>"
            ),
        ),
        is_example=True,
    ),
    MeasureData(
        slug="pool-fuer-sprach-und-kulturmittlung",
        title="Pool für Sprach- und Kulturmittlung",
        status="in_progress",
        summary=(
            "Geschulte Sprach- und Kulturmittlerinnen und -mittler begleiten Gespräche in Kitas, "
            "Schulen, Beratungsstellen und Ämtern."
        ),
        provider="caritas-aachen",
        starts_on=datetime.date(2016, 9, 1),
        ends_on=datetime.date(2027, 12, 31),
        action_fields=("sprache-bildung", "sport-gesundheit"),
        guiding_goals=("interkulturelle-oeffnung-1", "interkulturelle-oeffnung-3"),
        body=(
            paragraph(
                "<p>Der Pool umfasst Sprachmittlerinnen und Sprachmittler für Arabisch, "
                "Persisch, Kurdisch, Tigrinya, Türkisch, Russisch und Ukrainisch. Einrichtungen "
                "buchen sie über eine zentrale Vermittlungsstelle.</p>"
                "<p><i>Beispielinhalt der Demo.</i></p>"
            ),
        ),
        is_example=True,
    ),
    MeasureData(
        slug="willkommensmappe-fuer-neuzugewanderte",
        title="Willkommensmappe für Neuzugewanderte",
        status="done",
        summary=(
            "Eine mehrsprachige Mappe mit den wichtigsten Adressen, Beratungsstellen und "
            "ersten Schritten in Aachen."
        ),
        provider="presseamt-aachen",
        starts_on=datetime.date(2016, 4, 1),
        ends_on=datetime.date(2016, 12, 31),
        action_fields=("oeffentlichkeitsarbeit-presse",),
        guiding_goals=("willkommenskultur-1",),
        body=(
            paragraph(
                "<p>Die Mappe liegt im Bürgerservice, in den Beratungsstellen und in den "
                "Unterkünften aus und erklärt in acht Sprachen Anmeldung, Krankenversicherung, "
                "Kita und Schule, Sprachkurse und Beratung.</p>"
                "<p><i>Beispielinhalt der Demo.</i></p>"
            ),
        ),
        is_example=True,
    ),
    MeasureData(
        slug="begegnungsfeste-im-quartier",
        title="Begegnungsfeste im Quartier",
        status="paused",
        summary=(
            "Nachbarschaftsfeste in wechselnden Stadtteilen; die Reihe ruht, bis ein neuer "
            "Träger für die Organisation gefunden ist."
        ),
        provider="integrationsagentur-awo",
        starts_on=datetime.date(2016, 6, 1),
        ends_on=datetime.date(2018, 9, 30),
        action_fields=("wohnen-sozialplanung", "kultur-religion"),
        guiding_goals=("zusammenleben-im-quartier-1",),
        body=(
            paragraph(
                "<p>Gemeinsam mit Stadtteilbüros, Vereinen und Religionsgemeinschaften wurden "
                "Feste im Ostviertel, in Forst und in Haaren ausgerichtet.</p>"
                "<p><i>Beispielinhalt der Demo.</i></p>"
            ),
        ),
        is_example=True,
    ),
    MeasureData(
        slug="patenschaftsprogramm-ehrenamt",
        title="Patenschaftsprogramm „Ankommen in der Nachbarschaft“",
        status="planned",
        summary=(
            "Ehrenamtliche Patinnen und Paten begleiten neu zugezogene Familien im ersten Jahr "
            "in ihrer Nachbarschaft."
        ),
        provider="drk-aachen",
        starts_on=datetime.date(2017, 9, 1),
        ends_on=datetime.date(2019, 8, 31),
        action_fields=("wohnen-sozialplanung",),
        guiding_goals=("zusammenleben-im-quartier-3", "engagement-und-teilhabe-3"),
        body=(
            paragraph(
                "<p>Das Programm qualifiziert Ehrenamtliche, vermittelt Patenschaften und "
                "bietet regelmäßigen Austausch.</p>"
                "<p><i>Beispielinhalt der Demo.</i></p>"
            ),
        ),
        is_example=True,
    ),
)

CONCEPT_2016 = ConceptData(
    slug="integrationskonzept",
    title="Integrationskonzept der Stadt Aachen",
    version_label="Entwurf 2016/17",
    status="draft",
    summary=(
        "Der Entwurf des neuen Integrationskonzeptes, seit der Auftaktveranstaltung am 9. Mai "
        "2015 partizipativ erarbeitet: die Aachener Haltung zum Zusammenleben in Vielfalt, "
        "vier Themenfelder mit Leit- und Teilzielen, sieben Handlungsfelder und die Maßnahmen."
    ),
    resolution_committee=("Integrationsrat; Ausschuss für Soziales, Integration und Demographie"),
    resolution_date=EXAMPLE_RESOLUTION_DATE_2017,
    resolution_text=(
        "<p>Der Integrationsrat nimmt die Ausführungen zum Sachstand der Neuaufstellung des "
        "Integrationskonzeptes zur Kenntnis.</p>"
        "<p>Der Ausschuss für Soziales, Integration und Demographie nimmt die Ausführungen zum "
        "Sachstand der Neuaufstellung des Integrationskonzeptes zur Kenntnis und beauftragt "
        "die Verwaltung, das Integrationskonzept auf der Grundlage des bestehenden Entwurfes "
        "weiter zu bearbeiten.</p>"
    ),
    chapters=CHAPTERS,
    theme_fields=THEME_FIELDS,
    action_fields=ACTION_FIELDS,
    measures=MEASURES,
)

CONCEPT_2006 = ConceptData(
    slug="integrationskonzept-2006",
    title="Integrationskonzept 2006",
    version_label="2006",
    status="superseded",
    summary=(
        "Das erste Integrationskonzept der Stadt Aachen, 2006 vom Rat der Stadt Aachen "
        "verabschiedet. Mit ihm entstand im Zuge der Umsetzung des Zuwanderungsgesetzes von "
        "2005 das „Netzwerk Integration“. Es wird durch das neue Integrationskonzept "
        "(Entwurf 2016/17) abgelöst."
    ),
    adopted_on=EXAMPLE_ADOPTION_DATE_2006,
    adopted_by="Rat der Stadt Aachen",
)

OFFER_INDEX = OfferIndexData(
    slug="angebote",
    title="Angebote",
    intro=(
        "<p>Sprachkurse, Beratung, Begegnung, Sport und Kultur: die Angebote der "
        "Integrationsarbeit in Aachen, durchsuchbar nach Handlungsfeld, Zielgruppe, Sprache und "
        "Stadtteil.</p>"
        "<p><i>Alle Angebote dieser Demo sind Beispielinhalte. Die Träger sind realen Aachener "
        "Einrichtungen nachempfunden; Adressen, Zeiten und Kontaktdaten sind erfunden.</i></p>"
    ),
    offers=OFFERS,
)

# Search synonyms editors would maintain (Settings → Suchbegriffe); example data.
SYNONYMS = {
    "de": (
        "Deutschkurs, Sprachkurs, Integrationskurs",
        "Dolmetscher, Sprachmittler, Übersetzer",
        "Kita, Kindertagesstätte, Kinderbetreuung",
        "Geflüchtete, Flüchtlinge, Asylsuchende",
        "Job, Arbeit, Beschäftigung",
        "Arbeitssuche, Jobsuche, Stellensuche, Bewerbung",
        "Trauma, psychosoziale Beratung, seelische Belastung",
    ),
    "en": (
        "German course, language course, integration course",
        "interpreter, translator",
        "refugee, asylum seeker",
        "apartment, flat, housing",
    ),
    "ar": ("دورة, كورس", "وظيفة, العمل, سوق العمل"),
}

AACHEN = DemoContent(
    language_code="de",
    site=SITE,
    home=HOME,
    target_groups=TARGET_GROUPS,
    districts=DISTRICTS,
    providers=PROVIDERS,
    concepts=(CONCEPT_2016, CONCEPT_2006),
    offer_index=OFFER_INDEX,
    translations=TRANSLATIONS,
    synonyms=SYNONYMS,
)
