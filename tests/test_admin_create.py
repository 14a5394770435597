"""An editor creates each page type through the Wagtail admin form."""

import datetime
from decimal import Decimal

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from integration import factories as f
from integration.models import (
    ActionFieldPage,
    ChapterPage,
    GuidingGoal,
    IntegrationConceptPage,
    MeasurePage,
    OfferIndexPage,
    OfferPage,
    SubGoal,
    ThemeFieldPage,
)
from tests.conftest import make_site_root


def list_block(values: list) -> dict:
    """Form data of a ``ListBlock``: one entry per item, like the admin posts it."""
    data: dict = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


class EditorTestCase(WagtailPageTestCase):
    """A logged-in editor and the German home page as the default site's root."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_site_root()
        cls.concept = f.IntegrationConceptPageFactory(parent=cls.home)
        cls.offer_index = f.OfferIndexPageFactory(parent=cls.home)
        cls.editor = cls.create_superuser("redaktion")

    def setUp(self):
        self.client.force_login(self.editor)

    def created(self, model, slug):
        return model.objects.get(slug=slug, locale__language_code="de")


class CreateHomePageTests(WagtailPageTestCase):
    def setUp(self):
        self.client.force_login(self.create_superuser("redaktion"))

    def test_editor_creates_the_home_page(self):
        tree_root = Page.get_first_root_node()
        self.assertCanCreate(
            tree_root,
            HomePage,
            nested_form_data(
                {
                    "title": "Integration in Aachen",
                    "slug": "start",
                    "intro": "Zusammenleben in Vielfalt",
                    "body": rich_text("<p>Willkommen beim <b>Integrationskonzept</b>.</p>"),
                }
            ),
        )
        home = HomePage.objects.get(slug="start")
        assert home.live
        assert home.intro == "Zusammenleben in Vielfalt"
        assert "<b>Integrationskonzept</b>" in home.body

    def test_admin_refuses_a_second_home_page_beside_the_first(self):
        make_site_root()
        tree_root = Page.get_first_root_node()
        url = reverse("wagtailadmin_pages:add", args=["home", "homepage", tree_root.pk])
        data = nested_form_data({"title": "Zweite Startseite", "slug": "zweite"})
        response = self.client.post(url, data | {"action-publish": "action-publish"})
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
        assert HomePage.objects.count() == 1


class CreateConceptPagesTests(EditorTestCase):
    def test_editor_creates_an_integration_concept(self):
        self.assertCanCreate(
            self.home,
            IntegrationConceptPage,
            nested_form_data(
                {
                    "title": "Integrationskonzept 2017",
                    "version_label": "Entwurf 2016/17",
                    "status": "adopted",
                    "summary": "Das neue Integrationskonzept der Stadt Aachen.",
                    "adopted_on": "2017-03-15",
                    "adopted_by": "Rat der Stadt",
                    "valid_until": "",
                    "resolution_committee": "Integrationsrat",
                    "resolution_date": "2017-02-21",
                    "resolution_text": rich_text("<p>Der Rat beschließt das Konzept.</p>"),
                }
            ),
        )
        concept = self.created(IntegrationConceptPage, "integrationskonzept-2017")
        assert concept.live
        assert concept.status == IntegrationConceptPage.Status.ADOPTED
        assert concept.valid_until == datetime.date(2020, 3, 15)
        assert concept.resolution_date == datetime.date(2017, 2, 21)
        assert "Der Rat beschließt das Konzept." in concept.resolution_text

    def test_editor_creates_a_chapter_with_principles_timeline_and_table(self):
        self.assertCanCreate(
            self.concept,
            ChapterPage,
            nested_form_data(
                {
                    "title": "Aachener Haltung",
                    "intro": "Zusammenleben in Vielfalt",
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>Unsere gemeinsame Haltung.</p>")),
                            (
                                "principle_list",
                                {
                                    "heading": "Zusammenleben in Vielfalt",
                                    "principles": list_block(
                                        [
                                            "Aachen, das sind wir!",
                                            "Vielfalt ist unsere Stärke.",
                                        ]
                                    ),
                                },
                            ),
                            (
                                "timeline",
                                {
                                    "heading": "Der Weg zum Konzept",
                                    "milestones": list_block(
                                        [
                                            {
                                                "date": "2013-08-01",
                                                "date_label": "",
                                                "title": "KI bewilligt",
                                                "description": "",
                                            },
                                            {
                                                "date": "2015-05-09",
                                                "date_label": "",
                                                "title": "Auftaktveranstaltung",
                                                "description": "Bestandsaufnahme der Angebote",
                                            },
                                        ]
                                    ),
                                },
                            ),
                            (
                                "table",
                                {
                                    "caption": "Förderung",
                                    "header": list_block(["Posten", "Betrag"]),
                                    "rows": list_block(
                                        [{"cells": list_block(["Moderation", "9.240,35 €"])}]
                                    ),
                                },
                            ),
                        ]
                    ),
                }
            ),
        )
        chapter = self.created(ChapterPage, "aachener-haltung")
        assert [block.block_type for block in chapter.body] == [
            "paragraph",
            "principle_list",
            "timeline",
            "table",
        ]
        principles = chapter.body[1].value
        assert list(principles["principles"]) == [
            "Aachen, das sind wir!",
            "Vielfalt ist unsere Stärke.",
        ]
        milestones = chapter.body[2].value["milestones"]
        assert [m["date"] for m in milestones] == [
            datetime.date(2013, 8, 1),
            datetime.date(2015, 5, 9),
        ]
        table = chapter.body[3].value
        assert list(table["header"]) == ["Posten", "Betrag"]
        assert list(table["rows"][0]["cells"]) == ["Moderation", "9.240,35 €"]

    def test_editor_creates_a_section_inside_a_chapter(self):
        chapter = f.ChapterPageFactory(parent=self.concept)
        self.assertCanCreate(
            chapter,
            ChapterPage,
            nested_form_data({"title": "Steuerungsgruppe", "intro": "", "body": streamfield([])}),
        )
        assert self.created(ChapterPage, "steuerungsgruppe").get_parent().pk == chapter.pk

    def test_editor_creates_a_theme_field_with_goals_and_sub_goals(self):
        self.assertCanCreate(
            self.concept,
            ThemeFieldPage,
            nested_form_data(
                {
                    "title": "Interkulturelle Öffnung",
                    "intro": "Einrichtungen öffnen sich für alle.",
                    "body": rich_text("<p>Beschreibung</p>"),
                    "guiding_goals": inline_formset(
                        [
                            {
                                "title": "Die Verwaltung öffnet sich interkulturell",
                                "description": "Erläuterung",
                                "sub_goals": inline_formset(
                                    [
                                        {"title": "Mehrsprachige Informationen", "description": ""},
                                        {"title": "Fortbildungen", "description": ""},
                                    ]
                                ),
                            }
                        ]
                    ),
                }
            ),
        )
        page = self.created(ThemeFieldPage, "interkulturelle-offnung")
        goal = GuidingGoal.objects.get(page=page)
        assert goal.title == "Die Verwaltung öffnet sich interkulturell"
        assert goal.locale.language_code == "de"
        sub_goals = SubGoal.objects.filter(guiding_goal=goal).order_by("sort_order")
        assert [(sub.title, sub.locale.language_code) for sub in sub_goals] == [
            ("Mehrsprachige Informationen", "de"),
            ("Fortbildungen", "de"),
        ]
        # The published revision carries the goals too, so the next edit keeps them.
        latest = page.get_latest_revision_as_object()
        assert [sub.title for sub in latest.guiding_goals.all()[0].sub_goals.all()] == [
            "Mehrsprachige Informationen",
            "Fortbildungen",
        ]

    def test_editor_creates_an_action_field(self):
        self.assertCanCreate(
            self.concept,
            ActionFieldPage,
            nested_form_data(
                {
                    "title": "Sprache und Bildung",
                    "code": "sprache-bildung",
                    "summary": "Deutsch lernen, Schule, Ausbildung.",
                    "body": streamfield([("paragraph", rich_text("<p>Text</p>"))]),
                }
            ),
        )
        assert self.created(ActionFieldPage, "sprache-und-bildung").code == "sprache-bildung"

    def test_admin_rejects_an_action_field_code_that_is_taken(self):
        f.ActionFieldPageFactory(parent=self.concept, code="sprache-bildung")
        url = reverse(
            "wagtailadmin_pages:add",
            args=["integration", "actionfieldpage", self.concept.pk],
        )
        data = nested_form_data(
            {
                "title": "Sprache",
                "slug": "sprache",
                "code": "sprache-bildung",
                "summary": "",
                "body": streamfield([]),
                "action-publish": "action-publish",
            }
        )
        response = self.client.post(url, data)
        assert response.status_code == 200
        assert "code" in response.context["form"].errors
        assert not ActionFieldPage.objects.filter(slug="sprache").exists()

    def test_editor_creates_a_measure_tied_to_goals_and_action_fields(self):
        action_field = f.ActionFieldPageFactory(parent=self.concept)
        goal = f.GuidingGoalFactory(page=f.ThemeFieldPageFactory(parent=self.concept))
        provider = f.ProviderFactory(name="Kommunales Integrationszentrum")
        self.assertCanCreate(
            self.concept,
            MeasurePage,
            nested_form_data(
                {
                    "title": "Online-Plattform der Angebote",
                    "status": "in_progress",
                    "summary": "Alle Angebote an einem Ort.",
                    "responsible_provider": provider.pk,
                    "starts_on": "2017-01-01",
                    "ends_on": "2018-12-31",
                    "body": streamfield([]),
                }
            )
            | {"action_fields": [action_field.pk], "guiding_goals": [goal.pk]},
        )
        measure = self.created(MeasurePage, "online-plattform-der-angebote")
        assert list(measure.action_fields.all()) == [action_field]
        assert list(measure.guiding_goals.all()) == [goal]
        assert measure.responsible_provider == provider
        assert measure.ends_on == datetime.date(2018, 12, 31)

    def test_admin_rejects_a_measure_that_ends_before_it_starts(self):
        url = reverse(
            "wagtailadmin_pages:add", args=["integration", "measurepage", self.concept.pk]
        )
        data = nested_form_data(
            {
                "title": "Rückwärts",
                "slug": "rueckwaerts",
                "status": "planned",
                "starts_on": "2018-01-01",
                "ends_on": "2017-01-01",
                "body": streamfield([]),
                "action-publish": "action-publish",
            }
        )
        response = self.client.post(url, data)
        assert "ends_on" in response.context["form"].errors
        assert not MeasurePage.objects.filter(slug="rueckwaerts").exists()


class CopyPageTests(EditorTestCase):
    def test_editor_copies_a_theme_field_with_goals_and_sub_goals(self):
        """The admin's "Copy" action gives the copy goals and sub-goals of its own."""
        theme_field = f.ThemeFieldPageFactory(parent=self.concept, slug="original")
        sub_goal = f.SubGoalFactory(guiding_goal__page=theme_field, title="Fortbildungen")
        theme_field.save_revision().publish()

        response = self.client.post(
            reverse("wagtailadmin_pages:copy", args=[theme_field.pk]),
            {
                "new_title": "Kopie",
                "new_slug": "kopie",
                "new_parent_page": self.concept.pk,
                "publish_copies": "on",
            },
        )

        assert response.status_code == 302
        copy = self.created(ThemeFieldPage, "kopie")
        copied_sub_goal = SubGoal.objects.get(guiding_goal__page=copy)
        assert copied_sub_goal.title == "Fortbildungen"
        assert copied_sub_goal.pk != sub_goal.pk
        assert copied_sub_goal.translation_key != sub_goal.translation_key
        assert SubGoal.objects.get(pk=sub_goal.pk).guiding_goal.page_id == theme_field.pk


class CreateOfferPagesTests(EditorTestCase):
    def test_editor_creates_an_offers_directory(self):
        self.assertCanCreate(
            self.home,
            OfferIndexPage,
            nested_form_data(
                {
                    "title": "Angebotsverzeichnis",
                    "intro": rich_text("<p>Alle Angebote der Stadt.</p>"),
                }
            ),
        )
        index = self.created(OfferIndexPage, "angebotsverzeichnis")
        assert "Alle Angebote der Stadt." in index.intro

    def test_editor_creates_an_offer_with_provider_and_vocabularies(self):
        action_fields = [
            f.ActionFieldPageFactory(parent=self.concept, code="sprache-bildung"),
            f.ActionFieldPageFactory(parent=self.concept, code="arbeit-weiterbildung"),
        ]
        provider = f.ProviderFactory(name="Caritasverband")
        women = f.TargetGroupFactory(name="Frauen")
        district = f.DistrictFactory(name="Aachen-Ost")
        self.assertCanCreate(
            self.offer_index,
            OfferPage,
            nested_form_data(
                {
                    "title": "Deutschkurs für Frauen mit Kinderbetreuung",
                    "external_id": "ANG-0001",
                    "summary": "Deutsch lernen, während die Kinder betreut werden.",
                    "description": rich_text("<p>Montags und mittwochs.</p>"),
                    "provider": provider.pk,
                    "district": district.pk,
                    "street": "Elsassstraße 12",
                    "postcode": "52068",
                    "city": "Aachen",
                    "latitude": "50.770123",
                    "longitude": "6.107456",
                    "email": "kurs@example.org",
                    "website": "https://example.org/kurs",
                    "schedule": "Mo und Mi 9–12 Uhr",
                    "is_free": "on",
                    "childcare_available": "on",
                    "valid_from": "2026-01-01",
                    "valid_until": "2026-12-31",
                    "last_reviewed_on": "2026-01-15",
                }
            )
            # Multiple choices are posted as repeated keys, not nested form data.
            | {
                "action_fields": [field.pk for field in action_fields],
                "target_groups": [women.pk],
                "languages": ["de", "ar"],
            },
        )
        offer = self.created(OfferPage, "deutschkurs-fur-frauen-mit-kinderbetreuung")
        assert offer.live
        assert offer.provider == provider
        assert set(offer.action_fields.all()) == set(action_fields)
        assert list(offer.target_groups.all()) == [women]
        assert set(offer.languages.values_list("code", flat=True)) == {"de", "ar"}
        assert offer.district == district
        assert offer.latitude == Decimal("50.770123")
        assert offer.is_free
        assert offer.childcare_available
        assert not offer.wheelchair_accessible
        assert offer.valid_until == datetime.date(2026, 12, 31)

    def test_admin_rejects_an_offer_without_action_field(self):
        url = reverse(
            "wagtailadmin_pages:add", args=["integration", "offerpage", self.offer_index.pk]
        )
        data = nested_form_data(
            {
                "title": "Ohne Handlungsfeld",
                "slug": "ohne-handlungsfeld",
                "external_id": "ANG-0002",
                "provider": f.ProviderFactory().pk,
                "action-publish": "action-publish",
            }
        )
        response = self.client.post(url, data)
        assert "action_fields" in response.context["form"].errors
        assert not OfferPage.objects.filter(slug="ohne-handlungsfeld").exists()


class AdminLoginTests(WagtailPageTestCase):
    def test_login_page_responds(self):
        response = self.client.get("/admin/login/")
        assert response.status_code == 200
        assert b'name="password"' in response.content

    def test_anonymous_visitor_is_sent_to_the_login_page(self):
        response = self.client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")

    def test_superuser_logs_in_and_sees_the_dashboard(self):
        self.create_superuser("chefin", password="geheim-123")
        assert self.client.login(username="chefin", password="geheim-123")
        response = self.client.get("/admin/")
        assert response.status_code == 200
        assert b"wagtail" in response.content.lower()
