"""Shared fixtures: locales and a German home page as the default site's root."""

import pytest
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory
from home.models import HomePage


@pytest.fixture
def locale_de(db) -> Locale:
    """The source locale, created by Wagtail's migrations from ``LANGUAGE_CODE``."""
    return Locale.objects.get(language_code="de")


@pytest.fixture
def locale_en(db) -> Locale:
    return Locale.objects.get_or_create(language_code="en")[0]


def make_site_root() -> HomePage:
    """Replace Wagtail's welcome page by a German ``HomePage`` as the default site's root."""
    tree_root = Page.get_first_root_node()
    home = HomePageFactory(parent=tree_root)
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.save()
    welcome.delete()
    return home


@pytest.fixture
def site_root(locale_de) -> HomePage:
    return make_site_root()
