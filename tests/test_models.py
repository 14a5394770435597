"""Model rules editors run into: validity of the concept, validation, current offers."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from integration import factories as f
from integration.models import IntegrationConceptPage, OfferPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def concept(site_root):
    return f.IntegrationConceptPageFactory(parent=site_root)


@pytest.fixture
def offer_index(site_root):
    return f.OfferIndexPageFactory(parent=site_root)


# The concept's validity (three years after adoption) ------------------------


def test_valid_until_defaults_to_three_years_after_adoption(site_root):
    concept = f.IntegrationConceptPageFactory(
        parent=site_root, adopted_on=datetime.date(2017, 3, 15), valid_until=None
    )
    concept.refresh_from_db()
    assert concept.valid_until == datetime.date(2020, 3, 15)
    assert concept.is_valid_on(datetime.date(2020, 3, 15))
    assert not concept.is_valid_on(datetime.date(2020, 3, 16))


def test_explicit_valid_until_is_kept(site_root):
    concept = f.IntegrationConceptPageFactory(
        parent=site_root,
        adopted_on=datetime.date(2017, 3, 15),
        valid_until=datetime.date(2019, 12, 31),
    )
    concept.refresh_from_db()
    assert concept.valid_until == datetime.date(2019, 12, 31)


def test_adoption_on_29_february_is_valid_until_28_february(site_root):
    concept = f.IntegrationConceptPageFactory(
        parent=site_root, adopted_on=datetime.date(2016, 2, 29), valid_until=None
    )
    assert concept.valid_until == datetime.date(2019, 2, 28)


def test_concept_without_adoption_date_has_no_validity(site_root):
    concept = f.IntegrationConceptPageFactory(
        parent=site_root, adopted_on=None, status=IntegrationConceptPage.Status.DRAFT
    )
    assert concept.valid_until is None
    assert not concept.is_valid_on(datetime.date(2017, 1, 1))


def test_valid_until_before_adoption_is_rejected(concept):
    concept.adopted_on = datetime.date(2017, 3, 15)
    concept.valid_until = datetime.date(2017, 3, 14)
    with pytest.raises(ValidationError) as error:
        concept.full_clean()
    assert "valid_until" in error.value.message_dict


# Offers -----------------------------------------------------------------


def test_offer_valid_until_before_valid_from_is_rejected(offer_index):
    offer = f.OfferPageFactory(parent=offer_index)
    offer.valid_from = datetime.date(2026, 6, 1)
    offer.valid_until = datetime.date(2026, 5, 31)
    with pytest.raises(ValidationError) as error:
        offer.full_clean()
    assert "valid_until" in error.value.message_dict

    offer.valid_until = datetime.date(2026, 6, 1)
    offer.full_clean()


def test_offer_external_id_must_be_unique_across_offers(offer_index):
    f.OfferPageFactory(parent=offer_index, external_id="ANG-0042")
    other = f.OfferPageFactory(parent=offer_index, external_id="ANG-0043")
    other.external_id = "ANG-0042"
    with pytest.raises(ValidationError) as error:
        other.full_clean()
    assert "external_id" in error.value.message_dict


def test_offer_translation_may_share_the_external_id(offer_index, locale_en):
    offer = f.OfferPageFactory(parent=offer_index, external_id="ANG-0042")
    translation = offer.copy_for_translation(locale_en, copy_parents=True)
    assert translation.external_id == "ANG-0042"
    translation.full_clean()


def test_offer_coordinates_must_be_on_earth(offer_index):
    offer = f.OfferPageFactory(parent=offer_index)
    offer.latitude = Decimal("91")
    offer.longitude = Decimal("-181")
    with pytest.raises(ValidationError) as error:
        offer.full_clean()
    assert {"latitude", "longitude"} <= set(error.value.message_dict)


# Action fields, measures and vocabularies --------------------------------


def test_action_field_code_clash_is_rejected(concept):
    f.ActionFieldPageFactory(parent=concept, code="sprache-bildung")
    other = f.ActionFieldPageFactory(parent=concept, code="arbeit")
    other.full_clean()
    other.code = "sprache-bildung"
    with pytest.raises(ValidationError) as error:
        other.full_clean()
    assert "code" in error.value.message_dict


def test_action_field_translation_keeps_its_code(concept, locale_en):
    action_field = f.ActionFieldPageFactory(parent=concept, code="sprache-bildung")
    translation = action_field.copy_for_translation(locale_en, copy_parents=True)
    assert translation.code == "sprache-bildung"
    translation.full_clean()


def test_measure_ending_before_it_starts_is_rejected(concept):
    measure = f.MeasurePageFactory(parent=concept, starts_on=datetime.date(2017, 1, 1))
    measure.ends_on = datetime.date(2016, 12, 31)
    with pytest.raises(ValidationError) as error:
        measure.full_clean()
    assert "ends_on" in error.value.message_dict

    measure.ends_on = datetime.date(2017, 1, 1)
    measure.full_clean()


@pytest.mark.parametrize(
    "term_factory", [f.ProviderFactory, f.TargetGroupFactory, f.DistrictFactory]
)
def test_taxonomy_slug_clash_is_rejected(term_factory, locale_en):
    term = term_factory(slug="frauen")
    other = term_factory.build(slug="frauen")
    with pytest.raises(ValidationError) as error:
        other.full_clean()
    assert "slug" in error.value.message_dict

    # Its own translation shares the slug.
    translation = term.copy_for_translation(locale_en)
    translation.full_clean()
    translation.save()
    assert translation.slug == "frauen"


def test_district_coordinates_must_be_on_earth():
    district = f.DistrictFactory.build(latitude=Decimal("-90.5"), longitude=Decimal("180.5"))
    with pytest.raises(ValidationError) as error:
        district.full_clean()
    assert {"latitude", "longitude"} <= set(error.value.message_dict)
    f.DistrictFactory.build(latitude=Decimal("-90"), longitude=Decimal("180")).full_clean()


# Current, expired and review-due offers ----------------------------------


@pytest.fixture
def offers(offer_index):
    day = datetime.date

    def offer(name, **kwargs):
        return f.OfferPageFactory(parent=offer_index, title=name, **kwargs)

    return {
        "open_ended": offer("open_ended", last_reviewed_on=day(2025, 12, 1)),
        "running": offer(
            "running",
            valid_from=day(2026, 1, 1),
            valid_until=day(2026, 12, 31),
            last_reviewed_on=day(2025, 6, 15),
        ),
        "ends_today": offer(
            "ends_today", valid_until=day(2026, 3, 1), last_reviewed_on=day(2025, 3, 1)
        ),
        "expired": offer(
            "expired", valid_until=day(2026, 2, 28), last_reviewed_on=day(2025, 2, 28)
        ),
        "future": offer("future", valid_from=day(2026, 3, 2), last_reviewed_on=None),
    }


def titles(queryset) -> set[str]:
    return set(queryset.values_list("title", flat=True))


def test_current_offers_on_a_given_day(offers):
    day = datetime.date(2026, 3, 1)
    assert titles(OfferPage.objects.current(day=day)) == {"open_ended", "running", "ends_today"}
    assert titles(OfferPage.objects.live().current(day=datetime.date(2027, 1, 1))) == {
        "open_ended",
        "future",
    }


def test_expired_offers_on_a_given_day(offers):
    assert titles(OfferPage.objects.expired(day=datetime.date(2026, 3, 1))) == {"expired"}
    assert titles(OfferPage.objects.expired(day=datetime.date(2026, 3, 2))) == {
        "expired",
        "ends_today",
    }


def test_review_due_after_a_year_or_never_reviewed(offers):
    # The review interval is 365 days: 2025-03-01 is exactly on the cutoff.
    assert titles(OfferPage.objects.review_due(day=datetime.date(2026, 3, 1))) == {
        "expired",
        "future",
    }
    assert titles(OfferPage.objects.review_due(day=datetime.date(2026, 3, 2))) == {
        "expired",
        "ends_today",
        "future",
    }


@pytest.mark.django_db
def test_valid_until_follows_a_changed_adoption_date_unless_chosen_by_hand(site_root):
    concept = f.IntegrationConceptPageFactory(
        parent=site_root, adopted_on=datetime.date(2017, 3, 15), valid_until=None
    )
    assert concept.valid_until == datetime.date(2020, 3, 15)

    concept.adopted_on = datetime.date(2018, 1, 10)
    concept.save()
    assert concept.valid_until == datetime.date(2021, 1, 10)

    concept.valid_until = datetime.date(2019, 12, 31)
    concept.save()
    concept.adopted_on = datetime.date(2018, 2, 1)
    concept.save()
    assert concept.valid_until == datetime.date(2019, 12, 31)
