"""The translation workflow: locales and translator groups, the status matrix and its actions.

Role boundaries are exercised through the admin's own views (page editor,
wagtail-localize's translation editor and string API, snippet editor), not
only through the permission API.
"""

import csv
import io
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

from integration import factories as f
from integration.models import ActionFieldPage, Provider, TranslatorGroup
from integration.translation.core import apply_translation, prepare_translation
from integration.translation.locales import sync_locales
from integration.translation.roles import ensure_translator_groups
from integration.translation.status import State, build_matrix

pytestmark = pytest.mark.django_db

TARGETS = ["ar", "en", "fa", "fr", "ru", "tr", "uk"]


@pytest.fixture
def concept(site_root):
    return f.IntegrationConceptPageFactory(parent=site_root, title="Integrationskonzept")


@pytest.fixture
def action_field(concept):
    page = f.ActionFieldPageFactory(
        parent=concept, title="Sprache und Bildung", summary="Deutsch lernen von Anfang an."
    )
    page.save_revision().publish()
    return ActionFieldPage.objects.get(pk=page.pk)


@pytest.fixture
def locales(site_root, concept, action_field):
    """Every configured locale with its synced tree and translator group."""
    sync_locales()
    ensure_translator_groups()
    return {locale.language_code: locale for locale in Locale.objects.all()}


def translate(instance, locale, *, machine=False, skip=(), publish=True, prefix=None):
    """Translate every segment (but those whose German text is in ``skip``) like a translator."""
    translation = prepare_translation(instance, locale)
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        if segment.string.data in skip:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": f"{prefix or locale.language_code.upper()}: {segment.string.data}",
                "translation_type": (
                    StringTranslation.TRANSLATION_TYPE_MACHINE
                    if machine
                    else StringTranslation.TRANSLATION_TYPE_MANUAL
                ),
            },
        )
    # wagtail-localize publishes when the transaction commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        apply_translation(translation, publish=publish)
    return translation


def cell(instance, code="en", **matrix_options):
    matrix = build_matrix(**matrix_options)
    row = next(r for r in matrix.rows if r.pk == instance.pk and isinstance(instance, r.model))
    return row.cells[code]


def denied(response, url: str) -> bool:
    """Wagtail's admin answers a refused request with 403, or a redirect away with a message."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] != url


def translator(code: str, username: str | None = None) -> User:
    user = User.objects.create_user(username or f"translator-{code}", password="pw")
    user.groups.add(TranslatorGroup.objects.get(locale__language_code=code).group)
    return user


# --- locales ------------------------------------------------------------------


def test_sync_locales_creates_every_locale_tree_and_group(locales, site_root, action_field):
    assert sorted(locales) == sorted(["de", *TARGETS])
    for code in TARGETS:
        alias = Page.objects.get(translation_key=action_field.translation_key, locale=locales[code])
        assert alias.alias_of_id == action_field.pk
        group = TranslatorGroup.objects.get(locale=locales[code]).group
        assert group.name.startswith("Übersetzung – ")
    assert Group.objects.filter(name="Übersetzung – Arabisch").exists()

    before = Page.objects.count()
    out = io.StringIO()
    call_command("sync_locales", stdout=out)
    assert Page.objects.count() == before
    assert "0 Seiten gespiegelt" in out.getvalue()


def test_adding_a_locale_is_a_setting_and_one_command(locales, settings, action_field):
    settings.LANGUAGES = [*settings.LANGUAGES, ("it", "Italiano")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    out = io.StringIO()
    call_command("sync_locales", stdout=out)

    italian = Locale.objects.get(language_code="it")
    assert Page.objects.filter(
        translation_key=action_field.translation_key, locale=italian, alias_of=action_field
    ).exists()
    assert TranslatorGroup.objects.get(locale=italian).group.name == "Übersetzung – Italienisch"
    assert "1 neu" in out.getvalue()


# --- roles, through the admin ---------------------------------------------------


@pytest.fixture
def translated(locales, action_field):
    """The action field translated into English and Arabic, both published."""
    return {
        "en": translate(action_field, locales["en"]),
        "ar": translate(action_field, locales["ar"]),
    }


def page_in(page, locale):
    return Page.objects.get(translation_key=page.translation_key, locale=locale)


def test_translator_edits_and_publishes_only_in_own_locale(
    client, locales, action_field, translated
):
    client.force_login(translator("en"))
    english = page_in(action_field, locales["en"])
    arabic = page_in(action_field, locales["ar"])

    # Own locale: the translation editor opens, and publishing works.
    response = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert response.status_code == 200
    english_source = translated["en"].source
    segment = english_source.stringsegment_set.get(string__data="Sprache und Bildung")
    string_url = reverse(
        "wagtail_localize:edit_string_translation", args=[translated["en"].pk, segment.pk]
    )
    response = client.put(
        string_url,
        urlencode({"value": "Language and education"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"}
    )
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.title == "Language and education"

    # Another locale: neither its strings nor its page can be changed or published.
    arabic_revision = arabic.latest_revision_id
    segment = translated["ar"].source.stringsegment_set.get(string__data="Sprache und Bildung")
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translated["ar"].pk, segment.pk]),
        urlencode({"value": "Hacked"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403
    url = reverse("wagtailadmin_pages:edit", args=[arabic.pk])
    assert denied(client.post(url, {"action": "publish"}), url)
    arabic.refresh_from_db()
    assert arabic.latest_revision_id == arabic_revision
    assert arabic.title == "AR: Sprache und Bildung"
    assert not StringTranslation.objects.filter(data="Hacked").exists()


def test_translator_cannot_edit_the_german_source(client, locales, action_field):
    client.force_login(translator("en"))
    edit_url = reverse("wagtailadmin_pages:edit", args=[action_field.pk])
    assert denied(client.get(edit_url), edit_url)

    assert denied(client.post(edit_url, {"title": "Geändert", "slug": action_field.slug}), edit_url)
    action_field.refresh_from_db()
    assert action_field.title == "Sprache und Bildung"

    # Nor start translations into other locales (wagtail-localize's submit view).
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[action_field.pk])
    assert denied(client.get(submit_url), submit_url)
    assert not Translation.objects.exists()


def test_translator_edits_snippets_only_in_own_locale(client, locales):
    provider = f.ProviderFactory(name="Caritasverband", locale=locales["de"])
    translate(provider, locales["en"])
    translate(provider, locales["ar"])
    english = Provider.objects.get(translation_key=provider.translation_key, locale=locales["en"])
    arabic = Provider.objects.get(translation_key=provider.translation_key, locale=locales["ar"])
    edit = Provider.snippet_viewset.get_url_name("edit")

    client.force_login(translator("en"))
    assert client.get(reverse(edit, args=[english.pk])).status_code == 200
    for instance in (arabic, provider):
        url = reverse(edit, args=[instance.pk])
        assert denied(client.get(url), url)
    url = reverse(edit, args=[provider.pk])
    assert denied(client.post(url, {"name": "Geändert"}), url)
    provider.refresh_from_db()
    assert provider.name == "Caritasverband"

    arabic_translation = Translation.objects.get(
        source__object_id=provider.translation_key, target_locale=locales["ar"]
    )
    segment = arabic_translation.source.stringsegment_set.first()
    response = client.put(
        reverse(
            "wagtail_localize:edit_string_translation", args=[arabic_translation.pk, segment.pk]
        ),
        urlencode({"value": "Hacked"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403
    assert not StringTranslation.objects.filter(data="Hacked").exists()


def test_editors_outside_translator_groups_keep_their_snippet_rights(client, locales):
    provider = f.ProviderFactory(name="Caritasverband", locale=locales["de"])
    user = translator("en", "translator-and-editor")
    editors = Group.objects.create(name="Redaktion")
    editors.permissions.add(Permission.objects.get(codename="change_provider"))
    user.groups.add(editors)
    client.force_login(user)
    edit = Provider.snippet_viewset.get_url_name("edit")
    assert client.get(reverse(edit, args=[provider.pk])).status_code == 200


def test_translator_starts_a_translation_from_the_matrix_in_own_locale_only(
    client, locales, action_field
):
    client.force_login(translator("en"))
    content_type = action_field.content_type_id

    start = "integration_translation_start"
    url = reverse(start, args=[content_type, action_field.pk, "ar"])
    assert denied(client.post(url), url)
    assert not Translation.objects.exists()

    response = client.post(reverse(start, args=[content_type, action_field.pk, "en"]))
    assert response.status_code == 302
    english = page_in(action_field, locales["en"])
    assert english.alias_of_id is None
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[english.pk])
    assert cell(action_field).state == State.IN_PROGRESS


# --- the status matrix ----------------------------------------------------------


def test_missing_and_in_progress(locales, action_field):
    assert cell(action_field).state == State.MISSING  # an alias is not a translation

    translate(action_field, locales["en"], skip={"Deutsch lernen von Anfang an."})
    state = cell(action_field)
    assert state.state == State.IN_PROGRESS
    total = Translation.objects.get(target_locale=locales["en"]).source.stringsegment_set.count()
    assert state.progress == (total - 1) * 100 // total
    assert cell(action_field, "ar").state == State.MISSING


def test_complete_but_unpublished_translation_is_in_progress(locales, action_field):
    translate(action_field, locales["en"], publish=False)
    assert cell(action_field).state == State.IN_PROGRESS
    assert cell(action_field).progress == 100


def test_machine_translation_until_reviewed(client, locales, action_field):
    translation = translate(action_field, locales["en"], machine=True)
    assert cell(action_field).state == State.MACHINE

    client.force_login(translator("ar"))
    url = reverse("integration_translation_reviewed", args=[translation.pk])
    assert denied(client.post(url), url)
    assert cell(action_field).state == State.MACHINE

    client.force_login(translator("en"))
    response = client.post(url)
    assert response.status_code == 302
    assert cell(action_field).state == State.UP_TO_DATE
    assert not StringTranslation.objects.filter(
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    ).exists()


def test_up_to_date_and_outdated_after_a_content_change(locales, action_field):
    translate(action_field, locales["en"])
    assert cell(action_field).state == State.UP_TO_DATE

    action_field.summary = "Deutsch lernen von Anfang an – für alle."
    action_field.save_revision().publish()
    assert cell(action_field).state == State.OUTDATED
    assert cell(action_field, "ar").state == State.MISSING


def test_saving_without_change_or_republishing_is_not_outdated(locales, action_field):
    translate(action_field, locales["en"])
    page = ActionFieldPage.objects.get(pk=action_field.pk)
    page.save_revision().publish()
    page.save_revision().publish()
    assert cell(action_field).state == State.UP_TO_DATE

    # A draft with changes is not what the public or translators see yet.
    page.summary = "Ein Entwurf"
    page.save_revision()
    assert cell(action_field).state == State.UP_TO_DATE


def test_moving_a_page_is_not_outdated(locales, site_root, concept, action_field):
    translate(action_field, locales["en"])
    other = f.IntegrationConceptPageFactory(parent=site_root, title="Konzept 2006")
    page = Page.objects.get(pk=action_field.pk)
    page.move(other, pos="last-child")
    page = ActionFieldPage.objects.get(pk=action_field.pk)
    assert page.get_parent().pk == other.pk
    page.save_revision().publish()
    assert cell(action_field).state == State.UP_TO_DATE


def test_outdated_snippet_and_save_without_change(locales):
    provider = f.ProviderFactory(name="Caritasverband", locale=locales["de"])
    translate(provider, locales["en"])
    provider.save()
    assert cell(provider).state == State.UP_TO_DATE
    provider.name = "Caritasverband für das Bistum Aachen"
    provider.save()
    assert cell(provider).state == State.OUTDATED


def test_sync_keeps_translations_of_unchanged_segments(client, locales, action_field):
    """The source changes; "sync translations" brings the new text and keeps the rest."""
    translation = translate(action_field, locales["en"])
    english = page_in(action_field, locales["en"]).specific
    assert english.title == "EN: Sprache und Bildung"

    page = ActionFieldPage.objects.get(pk=action_field.pk)
    page.summary = "Deutsch lernen, vom ersten Tag an."
    page.save_revision().publish()
    assert cell(action_field).state == State.OUTDATED

    client.force_login(User.objects.create_superuser("redaktion", "r@example.org", "pw"))
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302

    state = cell(action_field)
    assert state.state == State.IN_PROGRESS
    english.refresh_from_db()
    assert english.title == "EN: Sprache und Bildung"  # kept
    assert english.summary == "Deutsch lernen, vom ersten Tag an."  # new text, not yet translated

    translate(action_field, locales["en"], skip={"Sprache und Bildung"}, prefix="NEW")
    english.refresh_from_db()
    assert english.title == "EN: Sprache und Bildung"
    assert english.summary == "NEW: Deutsch lernen, vom ersten Tag an."
    assert cell(action_field).state == State.UP_TO_DATE


def test_matrix_filters_by_section_and_type(locales, site_root, concept, action_field):
    provider = f.ProviderFactory(name="Caritasverband", locale=locales["de"])
    everything = build_matrix()
    assert {row.pk for row in everything.rows if row.model is Provider} == {provider.pk}
    assert action_field.pk in {row.pk for row in everything.rows}
    assert [locale.language_code for locale in everything.locales] == TARGETS

    section = build_matrix(root=concept)
    assert {row.pk for row in section.rows} == {concept.pk, action_field.pk}
    only_action_fields = build_matrix(page_models=[ActionFieldPage], snippet_models=[])
    assert [row.pk for row in only_action_fields.rows] == [action_field.pk]


# --- the admin report -------------------------------------------------------------


@pytest.fixture
def superuser_client(client):
    client.force_login(User.objects.create_superuser("redaktion", "r@example.org", "pw"))
    return client


def test_report_shows_states_and_exports_csv(superuser_client, locales, action_field):
    translate(action_field, locales["en"])
    translate(action_field, locales["ar"], machine=True)
    url = reverse("integration_translation_status")

    response = superuser_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-row="{action_field.pk}"' in html
    assert 'data-locale="en" data-state="up_to_date"' in html
    assert 'data-locale="ar" data-state="machine"' in html

    response = superuser_client.get(url, {"state": "machine"})
    rows = response.context["rows"]
    assert [item["row"].pk for item in rows] == [action_field.pk]

    response = superuser_client.get(url, {"export": "csv", "type": "integration.actionfieldpage"})
    assert response["Content-Type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(row["id"], row["en"], row["ar"], row["fr"]) for row in table] == [
        (str(action_field.pk), "up_to_date", "machine", "missing")
    ]


def test_report_and_dashboard_for_translators_not_for_others(client, locales, action_field):
    translate(action_field, locales["en"])
    url = reverse("integration_translation_status")

    client.force_login(User.objects.create_user("nobody", password="pw"))
    assert denied(client.get(url), url)

    client.force_login(translator("en"))
    assert client.get(url).status_code == 200
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "integration-translation-status-heading" in dashboard
    assert 'data-locale="en"' in dashboard
    assert '<td data-state="up_to_date"><a href=' in dashboard


def test_bad_filter_values_are_ignored_not_errors(superuser_client, locales):
    response = superuser_client.get(
        reverse("integration_translation_status"),
        {"section": "nonsense", "type": "auth.user", "state": "bogus", "p": "999"},
    )
    assert response.status_code == 200


def test_a_draft_translation_of_a_live_page_stays_a_draft(client, locales, action_field):
    translation = translate(action_field, locales["en"])
    english = page_in(action_field, locales["en"]).specific
    assert client.get(english.url).status_code == 200

    segment = translation.source.stringsegment_set.get(string__data="Sprache und Bildung")
    StringTranslation.objects.filter(translation_of=segment.string, locale=locales["en"]).update(
        data="Language and education"
    )
    apply_translation(prepare_translation(action_field, locales["en"]), publish=False)

    english.refresh_from_db()
    assert english.title == "EN: Sprache und Bildung"  # readers still see the published text
    assert english.get_latest_revision_as_object().title == "Language and education"
    assert "EN: Sprache und Bildung" in client.get(english.url).content.decode()
    assert cell(action_field).state == State.IN_PROGRESS
