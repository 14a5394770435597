"""Where editors may create each page type."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from integration.models import (
    ActionFieldPage,
    ChapterPage,
    IntegrationConceptPage,
    MeasurePage,
    OfferIndexPage,
    OfferPage,
    ThemeFieldPage,
)
from tests.conftest import make_site_root


class HomePageTreeTests(WagtailPageTestCase):
    def test_sits_under_the_tree_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_leads_into_the_concept_and_the_offers(self):
        self.assertAllowedSubpageTypes(HomePage, {IntegrationConceptPage, OfferIndexPage})
        self.assertCanNotCreateAt(HomePage, Page)
        self.assertCanNotCreateAt(HomePage, OfferPage)
        self.assertCanNotCreateAt(HomePage, ChapterPage)

    def test_only_one_home_page_per_parent(self):
        tree_root = Page.get_first_root_node()
        assert HomePage.can_create_at(tree_root)
        make_site_root()
        assert not HomePage.can_create_at(tree_root)


class IntegrationConceptPageTreeTests(WagtailPageTestCase):
    def test_sits_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(IntegrationConceptPage, {HomePage})
        self.assertCanNotCreateAt(Page, IntegrationConceptPage)
        self.assertCanNotCreateAt(IntegrationConceptPage, IntegrationConceptPage)

    def test_holds_chapters_theme_fields_action_fields_and_measures(self):
        self.assertAllowedSubpageTypes(
            IntegrationConceptPage, {ChapterPage, ThemeFieldPage, ActionFieldPage, MeasurePage}
        )
        self.assertCanNotCreateAt(IntegrationConceptPage, OfferPage)


class ChapterPageTreeTests(WagtailPageTestCase):
    def test_nests_for_sections(self):
        self.assertAllowedParentPageTypes(ChapterPage, {IntegrationConceptPage, ChapterPage})
        self.assertAllowedSubpageTypes(ChapterPage, {ChapterPage})
        self.assertCanCreateAt(ChapterPage, ChapterPage)
        self.assertCanNotCreateAt(ChapterPage, ThemeFieldPage)


class ThemeFieldPageTreeTests(WagtailPageTestCase):
    def test_is_a_leaf_of_the_concept(self):
        self.assertAllowedParentPageTypes(ThemeFieldPage, {IntegrationConceptPage})
        self.assertAllowedSubpageTypes(ThemeFieldPage, set())
        self.assertCanNotCreateAt(HomePage, ThemeFieldPage)


class ActionFieldPageTreeTests(WagtailPageTestCase):
    def test_is_a_leaf_of_the_concept(self):
        self.assertAllowedParentPageTypes(ActionFieldPage, {IntegrationConceptPage})
        self.assertAllowedSubpageTypes(ActionFieldPage, set())
        self.assertCanNotCreateAt(ChapterPage, ActionFieldPage)


class MeasurePageTreeTests(WagtailPageTestCase):
    def test_is_a_leaf_of_the_concept(self):
        self.assertAllowedParentPageTypes(MeasurePage, {IntegrationConceptPage})
        self.assertAllowedSubpageTypes(MeasurePage, set())
        self.assertCanNotCreateAt(ThemeFieldPage, MeasurePage)


class OfferIndexPageTreeTests(WagtailPageTestCase):
    def test_sits_under_the_home_page_and_holds_offers(self):
        self.assertAllowedParentPageTypes(OfferIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(OfferIndexPage, {OfferPage})
        self.assertCanNotCreateAt(IntegrationConceptPage, OfferIndexPage)


class OfferPageTreeTests(WagtailPageTestCase):
    def test_lives_in_the_offers_directory_only(self):
        self.assertAllowedParentPageTypes(OfferPage, {OfferIndexPage})
        self.assertAllowedSubpageTypes(OfferPage, set())
        self.assertCanCreateAt(OfferIndexPage, OfferPage)
        self.assertCanNotCreateAt(ActionFieldPage, OfferPage)
