"""The OpenAPI document is valid, and real responses conform to it."""

import pytest
from django.core.cache import cache
from django.test import override_settings
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from integration import factories as f
from integration.api.schema import openapi_document


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def data(site_root, locale_en):
    concept = f.IntegrationConceptPageFactory(parent=site_root, resolution_text="<p>Beschluss</p>")
    chapter = f.ChapterPageFactory(parent=concept, title="Vision")
    f.ChapterPageFactory(parent=chapter, title="Abschnitt")
    field = f.ActionFieldPageFactory(parent=concept, code="sprache-bildung")
    theme = f.ThemeFieldPageFactory(parent=concept)
    f.MeasurePageFactory(parent=concept, action_fields=[field])
    index = f.OfferIndexPageFactory(parent=site_root)
    offer = f.OfferPageFactory(
        parent=index,
        action_fields=[field],
        description=f'<p>Siehe <a linktype="page" id="{chapter.pk}">Vision</a></p>',
    )
    return {"offer": offer, "theme": theme}


def response_validator(name: str) -> Draft202012Validator:
    document = openapi_document()
    return Draft202012Validator(
        {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
    )


def test_the_document_is_valid_openapi(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    assert set(document["paths"]) >= {
        "/api/v2/offers/",
        "/api/v2/offers/{id}/",
        "/api/v2/concept/",
        "/api/v2/locales/",
        "/api/v2/pages/",
    }
    names = {param["name"] for param in document["paths"]["/api/v2/offers/"]["get"]["parameters"]}
    assert {"action_field", "near", "radius_km", "q", "updated_since", "order", "limit"} <= names


@pytest.mark.parametrize(
    ("url", "schema"),
    [
        ("/api/v2/offers/?limit=5", "OfferListing"),
        ("/api/v2/offers/?near=50.7753,6.0839&radius_km=50&order=distance", "OfferListing"),
        ("/api/v2/offers/?q=Kurs&free=true", "OfferListing"),
        ("/api/v2/concept/", "Concept"),
        ("/api/v2/locales/", "LocaleListing"),
        ("/api/v2/pages/?type=integration.OfferPage&fields=*", "WagtailListing"),
        ("/api/v2/offers/?limit=500&near=x&bogus=1", "Errors"),
        ("/api/v2/concept/?locale=xx", "Errors"),
    ],
)
def test_real_responses_conform_to_the_schema(client, data, url, schema):
    response = client.get(url)
    errors = list(response_validator(schema).iter_errors(response.json()))
    assert not errors, [error.message for error in errors]


def test_offer_detail_conforms_and_resolves_links(client, data):
    response = client.get(f"/api/v2/offers/{data['offer'].pk}/")
    body = response.json()
    assert not list(response_validator("OfferDetail").iter_errors(body))
    assert "linktype" not in body["description"]
    assert 'href="/' in body["description"]


def test_schema_rejects_what_the_api_never_sends():
    """The schema is strict enough to catch a broken response."""
    validator = response_validator("OfferListing")
    assert list(validator.iter_errors({"meta": {}, "items": [{"id": "x"}], "facets": {}}))


def test_docs_page_lists_every_endpoint(client):
    html = client.get("/api/docs/").content.decode()
    for path in ("/api/v2/offers/", "/api/v2/concept/", "/api/v2/locales/"):
        assert path in html
    assert "radius_km" in html


@override_settings(CORS_ALLOWED_ORIGINS=["https://app.example.org"])
def test_cors_allows_configured_origins_only(client, data):
    allowed = client.get("/api/v2/offers/", HTTP_ORIGIN="https://app.example.org")
    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.org"
    other = client.get("/api/v2/offers/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other


@override_settings(
    WAGTAIL_HEADLESS_PREVIEW={"CLIENT_URLS": {"default": "https://app.example.org/preview"}}
)
def test_editors_preview_in_the_headless_front_end(data):
    offer = data["offer"]
    response = offer.make_preview_request(preview_mode=offer.default_preview_mode)
    assert response.status_code == 200
    html = response.content.decode()
    assert "https://app.example.org/preview/?content_type=integration.offerpage" in html
    assert "token=" in html


def test_without_a_client_url_editors_preview_in_the_site(data):
    offer = data["offer"]
    response = offer.make_preview_request(preview_mode=offer.default_preview_mode)
    assert response.status_code == 200
    html = response.content.decode()
    assert offer.title in html
    assert "content_type=integration.offerpage" not in html
