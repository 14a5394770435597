"""Machine translation with DeepL: the translator, the bulk run, the admin screen, the command.

DeepL is played by ``tests/fake_deepl.py``, a local HTTP server that
answers ``POST /v2/translate`` as DeepL documents it; nothing leaves the
machine.
"""

import io
import re
import time

import pytest
import requests
from django.contrib.auth.models import Group, Permission, User
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.strings import StringValue

from integration import factories as f
from integration.models import OfferPage, Provider, ThemeFieldPage
from integration.translation import machine
from integration.translation.machine import (
    DeepLTranslator,
    MachineTranslationError,
    collect_objects,
    estimate_machine_translation,
    machine_translate,
    machine_translation_available,
)
from integration.views import translation_machine
from tests.fake_deepl import FakeDeepL

pytestmark = pytest.mark.django_db

URL = "/admin/translations/machine/"
DESCRIPTION = (
    '<p>Anmeldung beim <a href="https://vhs.example.org/kurse">Bildungswerk</a> '
    "oder <b>telefonisch</b>.</p>"
)


def options(server: FakeDeepL, **extra) -> dict:
    return {
        "AUTH_KEY": server.auth_key,
        "API_URL": server.url,
        "FORMALITY": "prefer_more",
        "GLOSSARY_IDS": "de:en=glossary-de-en",
        "TIMEOUT": 5,
        "RETRY_BACKOFF": 0,
        **extra,
    }


def configure(settings, server: FakeDeepL, **extra) -> None:
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "integration.translation.machine.DeepLTranslator",
        "OPTIONS": options(server, **extra),
    }


@pytest.fixture
def deepl(settings):
    with FakeDeepL() as server:
        configure(settings, server)
        yield server


@pytest.fixture
def no_deepl(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None


@pytest.fixture
def locales(locale_en) -> dict[str, Locale]:
    return {
        "en": locale_en,
        "fr": Locale.objects.get_or_create(language_code="fr")[0],
        "fa": Locale.objects.get_or_create(language_code="fa")[0],
    }


@pytest.fixture
def concept(site_root):
    """A concept with one theme field that has a guiding goal."""
    concept = f.IntegrationConceptPageFactory(parent=site_root, title="Integrationskonzept")
    theme = f.ThemeFieldPageFactory(
        parent=concept,
        title="Interkulturelle Öffnung",
        slug="interkulturelle-oeffnung",
        intro="Die Stadt öffnet sich.",
    )
    f.GuidingGoalFactory(page=theme, title="Die Verwaltung öffnet sich", sort_order=0)
    theme.save_revision().publish()
    return concept


@pytest.fixture
def theme(concept) -> ThemeFieldPage:
    return ThemeFieldPage.objects.get(slug="interkulturelle-oeffnung")


@pytest.fixture
def offers(site_root):
    index = f.OfferIndexPageFactory(parent=site_root)
    provider = f.ProviderFactory(name="Volkshochschule Aachen", slug="vhs")
    course = f.OfferPageFactory(
        parent=index,
        title="Deutschkurs für Frauen",
        summary="Ein Angebot aus der Bestandsaufnahme.",
        description=DESCRIPTION,
        provider=provider,
    )
    cafe = f.OfferPageFactory(
        parent=index,
        title="Sprachcafé",
        summary="Ein Angebot aus der Bestandsaufnahme.",
        provider=provider,
    )
    return {"index": index, "course": course, "cafe": cafe, "provider": provider}


@pytest.fixture
def editor(db) -> User:
    return User.objects.create_superuser("redaktion", "r@example.org", "pw")


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def machine_rows(locale: Locale):
    return StringTranslation.objects.filter(locale=locale)


# --- the translator --------------------------------------------------------


def test_translator_talks_to_the_configured_url_with_the_documented_header(deepl, locales):
    translator = DeepLTranslator(options(deepl))
    de = Locale.get_default()

    result = translator.translate(de, locales["en"], [StringValue("Hallo Welt")])

    assert result == {StringValue("Hallo Welt"): StringValue("[EN-GB] Hallo Welt")}
    request = deepl.requests[-1]
    assert request["content_type"] == "json"
    assert (request["source_lang"], request["target_lang"]) == ("DE", "EN-GB")
    assert request["tag_handling"] == "xml"


def test_translator_picks_the_api_from_the_key():
    assert DeepLTranslator({"AUTH_KEY": "abc:fx"}).get_api_endpoint() == (
        "https://api-free.deepl.com/v2/translate"
    )
    assert DeepLTranslator({"AUTH_KEY": "abc"}).get_api_endpoint() == (
        "https://api.deepl.com/v2/translate"
    )
    proxy = DeepLTranslator({"AUTH_KEY": "abc", "API_URL": "https://deepl.proxy.example/"})
    assert proxy.get_api_endpoint() == "https://deepl.proxy.example/v2/translate"


def test_translator_sends_at_most_50_texts_per_request(deepl, locales):
    translator = DeepLTranslator(options(deepl))
    strings = [StringValue(f"Satz {n}") for n in range(120)]

    result = translator.translate(Locale.get_default(), locales["fr"], strings)

    assert [len(request["text"]) for request in deepl.requests] == [50, 50, 20]
    assert result[StringValue("Satz 119")] == StringValue("[FR] Satz 119")


def test_formality_only_where_deepl_has_it_and_glossary_per_language_pair(deepl, locales):
    translator = DeepLTranslator(options(deepl))
    de = Locale.get_default()

    for code in ("en", "fr", "fa"):
        translator.translate(de, locales[code], [StringValue("Bitte melden Sie sich an.")])

    english, french, persian = deepl.requests
    assert "formality" not in english
    assert english["glossary_id"] == "glossary-de-en"
    assert french["formality"] == "prefer_more"
    assert "glossary_id" not in french
    # Persian is a beta language at DeepL: it has to be asked for.
    assert persian["target_lang"] == "FA"
    assert persian["enable_beta_languages"] is True


def test_english_variant_is_configurable(deepl, locales):
    translator = DeepLTranslator(options(deepl, TARGET_LANGS={"en": "EN-US"}))
    translator.translate(Locale.get_default(), locales["en"], [StringValue("Hallo")])
    assert deepl.requests[-1]["target_lang"] == "EN-US"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda server, opts: opts.update(AUTH_KEY="wrong"), "API-Schlüssel"),
        (lambda server, opts: setattr(server, "character_quota", 3), "Zeichenkontingent"),
        (lambda server, opts: setattr(server, "fail_next", [429, 429, 429]), "HTTP 429"),
        (lambda server, opts: setattr(server, "fail_next", [503, 503, 503]), "HTTP 503"),
        (
            lambda server, opts: (setattr(server, "delay", 1.0), opts.update(TIMEOUT=0.2)),
            "nicht innerhalb von 0.2 Sekunden",
        ),
        (lambda server, opts: opts.update(API_URL=server.url + "/nowhere"), "HTTP 404"),
        (lambda server, opts: opts.update(API_URL="http://127.0.0.1:9"), "nicht erreichbar"),
    ],
    ids=["bad-key", "quota", "too-many-requests", "unavailable", "timeout", "wrong-url", "down"],
)
def test_translator_failures_become_clear_errors(deepl, locales, setup, message):
    opts = options(deepl)
    setup(deepl, opts)
    translator = DeepLTranslator(opts)

    with pytest.raises(MachineTranslationError) as error:
        translator.translate(Locale.get_default(), locales["en"], [StringValue("Hallo Welt")])

    assert message in str(error.value)
    assert error.value.stop == "run"


def test_translator_retries_a_busy_deepl(deepl, locales):
    deepl.fail_next = [429]
    translator = DeepLTranslator(options(deepl))

    result = translator.translate(Locale.get_default(), locales["en"], [StringValue("Hallo")])

    assert result[StringValue("Hallo")] == StringValue("[EN-GB] Hallo")
    assert len(deepl.requests) == 2


def test_unsupported_language_is_a_per_language_error(deepl, locales):
    translator = DeepLTranslator(options(deepl, BETA_LANGUAGES=[]))
    with pytest.raises(MachineTranslationError) as error:
        translator.translate(Locale.get_default(), locales["fa"], [StringValue("Hallo")])
    assert error.value.stop == "locale"
    assert "target_lang" in str(error.value)


def test_fake_deepl_understands_form_encoded_requests(deepl):
    """The fake also takes DeepL's older form-encoded bodies, as wagtail-localize sends them."""
    response = requests.post(
        deepl.url + "/v2/translate",
        data={"text": ["Hallo <b>Welt</b>", "Tschüss"], "target_lang": "FR", "tag_handling": "xml"},
        headers={"Authorization": f"DeepL-Auth-Key {deepl.auth_key}"},
        timeout=5,
    )
    assert response.status_code == 200
    texts = [item["text"] for item in response.json()["translations"]]
    assert texts == ["[FR] Hallo <b>[FR] Welt</b>", "[FR] Tschüss"]
    assert deepl.requests[-1]["content_type"] == "form"


# --- configuration ------------------------------------------------------------


def test_without_a_translator_nothing_is_offered(no_deepl, concept, locales, editor):
    assert not machine_translation_available()
    with pytest.raises(MachineTranslationError):
        machine_translate(collect_objects(concept), [locales["en"]], user=editor)

    client = client_for(editor)
    assert client.get(URL).status_code == 404
    assert URL not in client.get("/admin/").content.decode()
    assert URL not in client.get(f"/admin/pages/{concept.pk}/").content.decode()


def test_settings_configure_deepl_only_with_a_key(monkeypatch):
    import importlib

    from config.settings import base

    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    assert not hasattr(importlib.reload(base), "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")

    monkeypatch.setenv("DEEPL_API_KEY", "secret:fx")
    monkeypatch.setenv("DEEPL_GLOSSARIES", "de:en=g1")
    monkeypatch.setenv("DEEPL_TIMEOUT", "7")
    config = importlib.reload(base).WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    translator = DeepLTranslator(config["OPTIONS"])
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"
    assert config["OPTIONS"]["FORMALITY"] == "prefer_more"
    assert translator.glossary_id("DE", "EN-GB") == "g1"
    assert config["OPTIONS"]["TIMEOUT"] == 7.0

    monkeypatch.setenv("DEEPL_FORMALITY", "very-formal")
    with pytest.raises(ImproperlyConfigured, match="DEEPL_FORMALITY"):
        importlib.reload(base)
    monkeypatch.delenv("DEEPL_FORMALITY")
    monkeypatch.delenv("DEEPL_API_KEY")
    importlib.reload(base)


# --- bulk runs ----------------------------------------------------------------


def test_subtree_is_translated_into_chosen_languages_as_drafts(
    deepl, concept, theme, locales, editor
):
    report = machine_translate(
        collect_objects(concept), [locales["en"], locales["fr"]], user=editor
    )

    assert report.errors == []
    assert report.for_locale("en").translated == 2
    for code, prefix in (("en", "[EN-GB] "), ("fr", "[FR] ")):
        translated = ThemeFieldPage.objects.get(
            translation_key=theme.translation_key, locale=locales[code]
        )
        assert translated.title == prefix + "Interkulturelle Öffnung"
        assert translated.intro == prefix + "Die Stadt öffnet sich."
        goal = translated.guiding_goals.get()
        assert goal.title == prefix + "Die Verwaltung öffnet sich"
        assert not translated.live, "machine translations are drafts until someone publishes"
        rows = machine_rows(locales[code])
        assert rows.count() == report.for_locale(code).segments > 0
        assert set(rows.values_list("translation_type", "tool_name", "last_translated_by")) == {
            (StringTranslation.TRANSLATION_TYPE_MACHINE, "DeepL", editor.pk)
        }
    # The parent concept page was translated too; nothing in the other languages.
    assert concept.get_translation(locales["en"]).title == "[EN-GB] Integrationskonzept"
    assert not Page.objects.filter(locale=locales["fa"]).exists()
    assert {request["target_lang"] for request in deepl.requests} == {"EN-GB", "FR"}


def test_published_translation_shows_the_translated_text(
    deepl, theme, locales, editor, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        machine_translate(collect_objects(theme), [locales["en"]], user=editor, publish=True)

    translated = ThemeFieldPage.objects.get(
        translation_key=theme.translation_key, locale=locales["en"]
    )
    assert translated.live
    for ancestor in translated.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.live:
            ancestor.save_revision().publish()
    response = client.get(translated.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "[EN-GB] Interkulturelle Öffnung" in html
    assert "[EN-GB] Die Verwaltung öffnet sich" in html


def test_draft_run_keeps_the_published_translation_live(
    deepl, theme, locales, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        machine_translate(collect_objects(theme), [locales["en"]], user=editor, publish=True)
    german = ThemeFieldPage.objects.get(pk=theme.pk)
    german.intro = "Die Stadt öffnet sich weiter."
    german.save_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        report = machine_translate(collect_objects(theme), [locales["en"]], user=editor)

    assert report.for_locale("en").segments == 1
    english = ThemeFieldPage.objects.get(
        translation_key=theme.translation_key, locale=locales["en"]
    )
    assert english.live
    assert english.intro == "[EN-GB] Die Stadt öffnet sich."
    assert english.has_unpublished_changes
    draft = english.get_latest_revision_as_object()
    assert draft.intro == "[EN-GB] Die Stadt öffnet sich weiter."


def test_unpublished_german_page_does_not_get_a_published_translation(
    deepl, theme, locales, editor, django_capture_on_commit_callbacks
):
    theme.unpublish()
    with django_capture_on_commit_callbacks(execute=True):
        machine_translate(collect_objects(theme), [locales["en"]], user=editor, publish=True)
    assert not theme.get_translation(locales["en"]).live


def test_rich_text_keeps_links_and_markup(deepl, offers, locales, editor):
    machine_translate(collect_objects(offers["course"]), [locales["en"]], user=editor)

    sent = [text for text in deepl.texts if "Bildungswerk" in text]
    assert sent == ['Anmeldung beim <a id="a1">Bildungswerk</a> oder <b>telefonisch</b>.']
    english = OfferPage.objects.get(
        translation_key=offers["course"].translation_key, locale=locales["en"]
    )
    assert english.description == (
        '<p>[EN-GB] Anmeldung beim <a href="https://vhs.example.org/kurse">[EN-GB] '
        "Bildungswerk</a> [EN-GB] oder <b>[EN-GB] telefonisch</b>[EN-GB] .</p>"
    )


def test_linked_snippets_are_translated_first_and_linked(deepl, offers, locales, editor):
    report = machine_translate(collect_objects(offers["course"]), [locales["en"]], user=editor)

    english_provider = Provider.objects.get(
        translation_key=offers["provider"].translation_key, locale=locales["en"]
    )
    assert english_provider.name == "[EN-GB] Volkshochschule Aachen"
    assert english_provider.slug == "vhs"
    english = OfferPage.objects.get(
        translation_key=offers["course"].translation_key, locale=locales["en"]
    )
    assert english.provider == english_provider
    assert report.for_locale("en").translated == 2  # the provider, the offer


def test_identical_texts_are_sent_once_per_language(deepl, offers, locales, editor):
    machine_translate(collect_objects(offers=True), [locales["en"]], user=editor)

    assert deepl.texts.count("Ein Angebot aus der Bestandsaufnahme.") == 1
    cafe = OfferPage.objects.get(
        translation_key=offers["cafe"].translation_key, locale=locales["en"]
    )
    assert cafe.summary == "[EN-GB] Ein Angebot aus der Bestandsaufnahme."


def test_translated_segments_are_not_sent_again(deepl, theme, locales, editor):
    objects = collect_objects(theme)
    # A translator has already done the title by hand.
    machine_translate(objects, [locales["en"]], user=editor)
    title = machine_rows(locales["en"]).get(translation_of__data="Interkulturelle Öffnung")
    title.data = "Intercultural opening"
    title.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
    title.save()
    german = ThemeFieldPage.objects.get(pk=theme.pk)
    german.intro = "Neu: Die Stadt öffnet sich."
    german.save_revision().publish()
    deepl.requests.clear()

    report = machine_translate(objects, [locales["en"]], user=editor)

    assert deepl.texts == ["Neu: Die Stadt öffnet sich."]
    assert report.segments == 1
    title.refresh_from_db()
    assert (title.data, title.translation_type) == ("Intercultural opening", "manual")
    english = theme.get_translation(locales["en"])
    assert english.get_latest_revision_as_object().title == "Intercultural opening"

    deepl.requests.clear()
    again = machine_translate(objects, [locales["en"]], user=editor)
    assert deepl.requests == []
    assert (again.segments, again.for_locale("en").unchanged) == (0, 1)


def test_translations_switched_to_manual_editing_are_left_alone(deepl, theme, locales, editor):
    machine_translate(collect_objects(theme), [locales["en"]], user=editor)
    Translation.objects.filter(target_locale=locales["en"]).update(enabled=False)
    german = ThemeFieldPage.objects.get(pk=theme.pk)
    german.intro = "Geändert."
    german.save_revision().publish()
    deepl.requests.clear()

    report = machine_translate(collect_objects(theme), [locales["en"]], user=editor)

    assert deepl.requests == []
    assert report.for_locale("en").skipped == 1


def test_snippets_are_translated(deepl, locales, editor, locale_de):
    group = f.TargetGroupFactory(name="Geflüchtete Frauen", slug="gefluechtete-frauen")
    district = f.DistrictFactory(name="Aachen-Ost", slug="ost")

    report = machine_translate(collect_objects(snippets=True), [locales["fr"]], user=editor)

    assert report.for_locale("fr").translated == 2
    french_group = group.get_translation(locales["fr"])
    assert french_group.name == "[FR] Geflüchtete Frauen"
    assert french_group.slug == "gefluechtete-frauen"
    assert district.get_translation(locales["fr"]).name == "[FR] Aachen-Ost"


def test_estimate_counts_what_the_run_sends(deepl, offers, locales, editor):
    objects = collect_objects(offers=True)
    chosen = [locales["en"], locales["fr"]]

    estimate = estimate_machine_translation(objects, chosen)
    assert deepl.requests == []
    assert not Page.objects.filter(locale=locales["en"]).exists()

    report = machine_translate(objects, chosen, user=editor)
    for code in ("en", "fr"):
        assert estimate.for_locale(code).segments == report.for_locale(code).segments > 0
        assert estimate.for_locale(code).characters == report.for_locale(code).characters
    assert estimate.translated == report.translated
    assert report.characters == sum(len(text) for text in deepl.texts)

    after = estimate_machine_translation(objects, chosen)
    assert (after.segments, after.characters, after.translated) == (0, 0, 0)


def nothing_written_in(locale: Locale) -> bool:
    return not (
        Page.objects.filter(locale=locale).exists()
        or StringTranslation.objects.filter(locale=locale).exists()
        or Translation.objects.filter(target_locale=locale).exists()
        or Provider.objects.filter(locale=locale).exists()
    )


def test_exhausted_quota_stops_the_run_with_nothing_half_written(deepl, offers, locales, editor):
    objects = collect_objects(offers=True)
    english = estimate_machine_translation(objects, [locales["en"]]).characters
    deepl.character_quota = english  # enough for English, not for French

    report = machine_translate(objects, [locales["en"], locales["fr"]], user=editor)

    assert report.stopped
    assert report.for_locale("en").failed == 0
    assert report.for_locale("en").translated == 4  # the provider, the index, two offers
    assert "Zeichenkontingent" in report.errors[0].message
    assert report.errors[0].locale == "fr"
    assert nothing_written_in(locales["fr"])


@pytest.mark.parametrize(
    "setup",
    [
        lambda server, settings: configure(settings, server, AUTH_KEY="wrong"),
        lambda server, settings: (
            configure(settings, server, TIMEOUT=0.2) or setattr(server, "delay", 1.0)
        ),
    ],
    ids=["bad-key", "timeout"],
)
def test_failed_requests_leave_nothing_behind(deepl, settings, theme, locales, editor, setup):
    setup(deepl, settings)

    report = machine_translate(collect_objects(theme), [locales["en"]], user=editor)

    assert report.stopped
    assert report.errors and report.for_locale("en").failed >= 1
    assert nothing_written_in(locales["en"])


def test_unsupported_language_is_reported_and_the_others_go_on(
    deepl, settings, theme, locales, editor
):
    configure(settings, deepl, BETA_LANGUAGES=[])

    report = machine_translate(collect_objects(theme), [locales["fa"], locales["en"]], user=editor)

    assert not report.stopped
    assert [problem.locale for problem in report.errors] == ["fa"]
    assert nothing_written_in(locales["fa"])
    assert theme.get_translation(locales["en"]).title == "[EN-GB] Interkulturelle Öffnung"


def test_a_failed_save_rolls_back_that_object_only(
    deepl, concept, theme, locales, editor, monkeypatch
):
    real_apply = machine.apply_translation

    def apply(translation, **kwargs):
        if translation.source.object_id == theme.translation_key:
            raise ValidationError("Titel zu lang")
        real_apply(translation, **kwargs)

    monkeypatch.setattr(machine, "apply_translation", apply)

    report = machine_translate(collect_objects(concept), [locales["en"]], user=editor)

    assert report.for_locale("en").failed == 1
    assert "Titel zu lang" in report.errors[0].message
    assert concept.get_translation(locales["en"]).title == "[EN-GB] Integrationskonzept"
    assert not theme.has_translation(locales["en"])
    assert not StringTranslation.objects.filter(
        locale=locales["en"], context__object_id=theme.translation_key
    ).exists()
    assert not Translation.objects.filter(
        source__object_id=theme.translation_key, target_locale=locales["en"]
    ).exists()


def test_run_continues_where_its_deadline_stopped_it(deepl, offers, locales, editor, monkeypatch):
    objects = collect_objects(offers=True)
    chosen = [locales["en"], locales["fr"]]
    monkeypatch.setattr(machine._Run, "GROUP_UNITS", 1)

    first = machine_translate(objects, chosen, user=editor, deadline=time.monotonic())
    assert first.next_position == 1
    assert first.total_positions == 6
    total = first
    while total.next_position is not None:
        total.merge(
            machine_translate(objects, chosen, user=editor, start=total.next_position, deadline=0)
        )
    # Per language: the provider, the offers index, two offers.
    assert (total.for_locale("en").translated, total.for_locale("fr").translated) == (4, 4)
    assert total.errors == []
    assert OfferPage.objects.filter(locale=locales["fr"]).count() == 2


# --- admin screen ---------------------------------------------------------------


def test_form_offers_all_target_languages_and_the_chosen_page(deepl, concept, locales, editor):
    html = client_for(editor).get(URL, {"page": concept.pk}).content.decode()

    for locale in locales.values():
        assert re.search(rf'value="{locale.pk}"[^>]*checked', html)
    assert f'value="{concept.pk}"' in html
    assert 'name="publish"' in html
    assert not re.search(r'name="publish"[^>]*checked', html)


def test_menu_and_page_buttons_lead_to_the_screen(deepl, concept, theme, editor):
    client = client_for(editor)
    assert URL in client.get("/admin/").content.decode()
    listing = client.get(f"/admin/pages/{concept.pk}/").content.decode()
    assert f"{URL}?page={theme.pk}" in listing


def test_preview_counts_then_confirm_runs(deepl, concept, theme, locales, editor):
    client = client_for(editor)
    data = {"scope": "page", "page": concept.pk, "locales": [locales["en"].pk]}

    preview = client.post(URL, {**data, "action": "preview"})
    assert preview.status_code == 200
    html = preview.content.decode()
    estimate = re.search(r'data-mt-estimate data-translations="(\d+)" data-segments="(\d+)"', html)
    # Concept: title, slug, version, adopted by; theme field: title, slug, intro, goal.
    assert estimate.groups() == ("2", "8")
    assert deepl.requests == []
    assert 'name="action" value="run"' in html

    done = client.post(URL, {**data, "action": "run"})
    assert done.status_code == 200
    html = done.content.decode()
    assert 'data-mt-report data-translations="2" data-segments="8"' in html
    messages = [str(message) for message in done.context["messages"]]
    assert any("2 Übersetzungen gespeichert" in message for message in messages)
    assert theme.get_translation(locales["en"]).title == "[EN-GB] Interkulturelle Öffnung"


def test_a_page_must_be_german(deepl, concept, locales, editor):
    copy = concept.copy_for_translation(locales["en"], copy_parents=True)
    client = client_for(editor)
    response = client.post(
        URL, {"scope": "page", "page": copy.pk, "locales": [locales["fr"].pk], "action": "run"}
    )
    assert "Quellsprache" in response.content.decode()
    assert not Page.objects.filter(locale=locales["fr"]).exists()


def test_the_screen_continues_a_long_run_by_itself(deepl, offers, locales, editor, monkeypatch):
    monkeypatch.setattr(translation_machine, "TIME_BUDGET", 0)
    monkeypatch.setattr(machine._Run, "GROUP_UNITS", 2)
    client = client_for(editor)
    data = {"scope": "offers", "locales": [locales["en"].pk], "action": "run"}

    response = client.post(URL, data)
    steps = 1
    while "data-mt-progress" in response.content.decode():
        html = response.content.decode()
        run = re.search(r'name="run" value="(\w+)"', html).group(1)
        position = re.search(r'name="position" value="(\d+)"', html).group(1)
        response = client.post(URL, {**data, "run": run, "position": position})
        steps += 1

    assert steps > 1
    assert 'data-mt-report data-translations="4"' in response.content.decode()
    assert OfferPage.objects.filter(locale=locales["en"]).count() == 2


def test_deepl_errors_are_shown_not_raised(deepl, settings, concept, locales, editor):
    configure(settings, deepl, AUTH_KEY="wrong")
    response = client_for(editor).post(
        URL, {"scope": "page", "page": concept.pk, "locales": [locales["en"].pk], "action": "run"}
    )
    assert response.status_code == 200
    messages = [str(message) for message in response.context["messages"]]
    assert any("API-Schlüssel" in message for message in messages)
    assert 'data-failed="' in response.content.decode()


def test_people_who_may_not_submit_translations_are_turned_away(deepl, concept, locales):
    group = Group.objects.create(name="Redaktion")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=group, page=concept, permission_type="change")
    reader = User.objects.create_user("leser", password="pw")
    reader.groups.add(group)
    client = client_for(reader)

    for response in (
        client.get(URL),
        client.post(
            URL,
            {"scope": "page", "page": concept.pk, "locales": [locales["en"].pk], "action": "run"},
        ),
    ):
        # Wagtail's admin answers PermissionDenied with a redirect to the dashboard.
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert URL not in client.get("/admin/").content.decode()
    assert deepl.requests == []

    group.permissions.add(Permission.objects.get(codename="submit_translation"))
    assert client.get(URL).status_code == 200


# --- management command ----------------------------------------------------------


def test_command_translates_and_summarises(deepl, concept, theme, locales, editor):
    out = io.StringIO()
    call_command(
        "machine_translate",
        "--page",
        "/integrationskonzept/",
        "--locale",
        "en",
        "--locale",
        "fr",
        "--user",
        "redaktion",
        stdout=out,
    )

    output = out.getvalue()
    assert "2 Objekte → en, fr" in output
    assert "en: 2 Übersetzungen, 8 Textabschnitte" in output
    assert "Fertig: 4 Übersetzungen, 16 Textabschnitte" in output
    assert theme.get_translation(locales["fr"]).title == "[FR] Interkulturelle Öffnung"
    assert set(machine_rows(locales["fr"]).values_list("last_translated_by", flat=True)) == {
        editor.pk
    }


def test_command_dry_run_sends_nothing(deepl, concept, locales):
    out = io.StringIO()
    call_command("machine_translate", "--page", str(concept.pk), "--dry-run", stdout=out)
    assert "Probelauf" in out.getvalue()
    assert "en: 2 Übersetzungen, 8 Textabschnitte" in out.getvalue()
    assert deepl.requests == []
    assert not Page.objects.filter(locale=locales["en"]).exists()


def test_command_reports_deepl_problems_and_fails(deepl, settings, concept, locales):
    configure(settings, deepl, AUTH_KEY="wrong")
    err = io.StringIO()
    with pytest.raises(CommandError, match="Problem"):
        call_command(
            "machine_translate", "--page", str(concept.pk), "--locale", "en",
            stdout=io.StringIO(), stderr=err,
        )  # fmt: skip
    assert "API-Schlüssel" in err.getvalue()


def test_command_needs_deepl(no_deepl, concept):
    with pytest.raises(CommandError, match="DEEPL_API_KEY"):
        call_command("machine_translate", "--offers")


def test_command_rejects_unknown_pages_and_languages(deepl, concept, locales):
    with pytest.raises(CommandError, match="--page, --offers"):
        call_command("machine_translate")
    with pytest.raises(CommandError, match="/gibt-es-nicht/"):
        call_command("machine_translate", "--page", "/gibt-es-nicht/")
    with pytest.raises(CommandError, match="xx"):
        call_command("machine_translate", "--offers", "--locale", "xx")


def test_a_synced_alias_keeps_its_content_and_gets_a_draft(deepl, theme, locales, editor):
    alias = theme.copy_for_translation(locales["en"], copy_parents=True, alias=True)
    assert alias.alias_of_id == theme.pk and alias.live

    report = machine_translate(collect_objects(theme), [locales["en"]], user=editor)

    assert report.for_locale("en").translated == 1
    english = ThemeFieldPage.objects.get(pk=alias.pk)
    assert english.alias_of_id is None
    assert english.live
    assert english.title == "Interkulturelle Öffnung"  # what readers saw, until published
    assert english.get_latest_revision_as_object().title == "[EN-GB] Interkulturelle Öffnung"
