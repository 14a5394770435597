"""The search's language toolkit: normalising, compounds, highlighting, editors' synonyms."""

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.safestring import SafeString
from wagtail.models import Locale

from integration.models import SynonymGroup
from integration.searching import synonyms
from integration.searching.synonyms import expand_query
from integration.searching.text import (
    compound_parts,
    fold_umlauts,
    highlight,
    normalise,
    query_terms,
    split_compounds,
)


@pytest.fixture(autouse=True)
def fresh_synonym_cache():
    synonyms.clear_cache()
    yield
    synonyms.clear_cache()


# --- normalising -------------------------------------------------------------


def test_arabic_diacritics_and_tatweel_are_removed():
    assert normalise("دَوْرَةُ اللُّغَةِ", "ar") == "دوره اللغه"
    assert normalise("مـــدرسة", "ar") == "مدرسه"


def test_arabic_alef_variants_and_alef_maqsura_are_unified():
    assert normalise("أحمد إلى آخر ٱلكتاب", "ar") == "احمد الي اخر الكتاب"


def test_teh_marbuta_matches_heh():
    assert query_terms("دورة", "ar") == query_terms("دوره", "ar")


def test_eastern_arabic_and_persian_digits_become_ascii():
    assert normalise("٢٠٢٥", "ar") == "2025"
    assert normalise("۱۴۰۳", "fa") == "1403"


def test_persian_and_arabic_keyboards_meet():
    persian_keyboard = "کلاس زبان برای کودکی"  # keheh, Persian yeh
    arabic_keyboard = "كلاس زبان براي كودكى"  # Arabic kaf, yeh, alef maqsura
    assert query_terms(persian_keyboard, "fa") == query_terms(arabic_keyboard, "fa")
    assert query_terms(persian_keyboard, "fa") == query_terms(arabic_keyboard, "ar")


def test_zero_width_non_joiner_separates_words_for_matching():
    assert query_terms("کتاب‌ها", "fa") == query_terms("کتاب ها", "fa")


def test_invisible_characters_and_compatibility_forms():
    assert normalise("Integrations\u00adkurs", "de") == "Integrationskurs"
    assert normalise("ＡＢＣ ﬁnden", "en") == "ABC finden"
    assert normalise("\u200fمرحبا\u200e", "ar") == "مرحبا"


def test_german_sharp_s_folds_but_umlauts_stay():
    assert normalise("Straße für Übersetzung", "de") == "Strasse für Übersetzung"


def test_russian_yo_and_stress_marks():
    assert query_terms("Ёлка учи́тель", "ru") == query_terms("елка учитель", "ru")


def test_ukrainian_apostrophes_keep_the_word_together():
    assert query_terms("м'ясо", "uk") == query_terms("м’ясо", "uk") == ["мʼясо"]


def test_turkish_dotted_capital_i_lowercases_cleanly():
    assert query_terms("İstanbul KURSU", "tr") == ["istanbul", "kursu"]
    assert query_terms("İstanbul", "en") == ["istanbul"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("دَوْرَةُ أحمد إلى ٱلكتاب ٢٠٢٥ مـــدرسة", "ar"),
        ("کلاس‌های زبان ۱۴۰۳ برای کودکی", "fa"),
        ("Straße ẞ Integrations\u00adkurs ﬁ", "de"),
        ("Ёлка учи́тель", "ru"),
        ("м'ясо м’ясо", "uk"),
        ("İstanbul Iğdır", "tr"),
    ],
)
def test_normalise_is_idempotent(text, language):
    once = normalise(text, language)
    assert normalise(once, language) == once


def test_fold_umlauts_for_typing_without_umlauts():
    assert fold_umlauts("Flüchtlinge") == fold_umlauts("Fluechtlinge") == "fluchtlinge"
    assert fold_umlauts("Straße") == "strasse"


# --- tokens --------------------------------------------------------------------


def test_query_terms_are_lower_case_distinct_words():
    terms = query_terms("Deutschkurs für Frauen, mit Kinderbetreuung! Deutschkurs", "de")
    assert terms == ["deutschkurs", "für", "frauen", "mit", "kinderbetreuung"]


def test_query_terms_can_drop_function_words_but_never_all():
    text = "Deutschkurs für Frauen mit Kinderbetreuung"
    assert query_terms(text, "de", drop_stopwords=True) == [
        "deutschkurs",
        "frauen",
        "kinderbetreuung",
    ]
    assert query_terms("für und mit", "de", drop_stopwords=True) == ["für", "und", "mit"]


def test_elided_articles_and_stray_letters_are_dropped():
    assert query_terms("l'intégration des femmes", "fr") == ["intégration", "des", "femmes"]


# --- German compounds ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Sprachkurs", ["sprach", "kurs"]),
        ("Deutschkurs", ["deutsch", "kurs"]),
        ("Integrationskurs", ["integration", "kurs"]),
        ("Kinderbetreuung", ["kind", "betreuung"]),
        ("Frauenintegrationskurs", ["frau", "integration", "kurs"]),
        ("Migrationsberatung", ["migration", "beratung"]),
        ("Jugendmigrationsdienst", ["jugend", "migration", "dienst"]),
        ("Erstorientierungskurs", ["erst", "orientierung", "kurs"]),
        ("Hausaufgabenhilfe", ["hausaufgab", "hilf"]),
        ("Sprach-", ["sprach"]),
        ("Deutschkurse", ["deutsch", "kurs"]),
        ("Integrationskurses", ["integration", "kurs"]),
        ("Online-Plattform", ["online", "plattform"]),
    ],
)
def test_compounds_split_into_their_parts(word, parts):
    assert split_compounds(word) == parts


@pytest.mark.parametrize(
    "word", ["Kurs", "Aachen", "und", "Angebot", "Dienstag", "Unterhaltung", "Nachhilfe"]
)
def test_other_words_stay_intact(word):
    assert split_compounds(word) == [word.lower()]


def test_related_compounds_share_parts():
    sprachkurs = set(split_compounds("Sprachkurs"))
    assert sprachkurs & set(split_compounds("Deutschkurs")) == {"kurs"}
    combined = set(compound_parts("Sprach- und Integrationskurs", "de").split())
    assert sprachkurs <= combined
    assert set(split_compounds("Integrationskurs")) <= combined
    assert (
        set(split_compounds("Frauenintegrationskurs")) & set(split_compounds("Migrationsberatung"))
        == set()
    )
    assert "migration" in split_compounds("Jugendmigrationsdienst")


def test_typos_and_missing_umlauts_still_yield_the_known_part():
    assert split_compounds("Intergationskurs") == ["intergation", "kurs"]
    assert split_compounds("Fluchtlingshilfe") == ["flüchtling", "hilf"]


def test_compound_parts_covers_known_words_once_and_only_german():
    parts = compound_parts("Sprachkurse und Kurse für Frauen in Aachen", "de").split()
    assert parts == ["sprach", "kurs", "frau"]
    assert compound_parts("Sprachkurs", "en") == ""
    assert compound_parts("", "de") == ""


# --- highlighting ------------------------------------------------------------------


def test_highlight_escapes_everything_and_marks_matches():
    snippet = highlight("<script>x</script> Deutschkurse & mehr", ["deutschkurs"], "de")
    assert isinstance(snippet, SafeString)
    assert snippet == "&lt;script&gt;x&lt;/script&gt; <mark>Deutschkurse</mark> &amp; mehr"


def test_highlight_marks_words_containing_a_matching_compound_part():
    snippet = highlight("Sprachkurs am Abend, Kurse am Morgen", ["kurs"], "de")
    assert snippet == "<mark>Sprachkurs</mark> am Abend, <mark>Kurse</mark> am Morgen"


def test_highlight_skips_function_words_and_tolerates_missing_umlauts():
    snippet = highlight("Beratung für Flüchtlinge", ["fur", "fluchtlinge"], "de")
    assert snippet == "Beratung für <mark>Flüchtlinge</mark>"
    assert highlight("Kurs für Frauen", ["für"], "de") == "Kurs <mark>für</mark> Frauen"


def test_highlight_arabic_with_article_and_plural():
    snippet = highlight("الدورات المسائية للغة", ["دورة"], "ar")
    assert snippet == "<mark>الدورات</mark> المسائية للغة"


def test_highlight_cuts_around_the_best_match_with_ellipses():
    text = " ".join(["Vorwort"] * 60 + ["Deutschkurs", "für", "Frauen"] + ["Nachwort"] * 60)
    snippet = highlight(text, ["deutschkurs", "frauen"], "de", max_chars=80)
    assert snippet.startswith("…")
    assert snippet.endswith("…")
    assert "<mark>Deutschkurs</mark> für <mark>Frauen</mark>" in snippet
    visible = snippet.replace("<mark>", "").replace("</mark>", "").strip("…")
    assert len(visible) <= 80
    assert not visible.startswith(" ") and not visible.endswith(" ")


def test_highlight_without_match_shows_the_beginning():
    text = "Angebote der Stadt " * 30
    snippet = highlight(text, ["schwimmen"], "de", max_chars=40, marker=("[", "]"))
    assert snippet.startswith("Angebote der Stadt")
    assert snippet.endswith("…")
    assert "[" not in snippet


def test_highlight_uses_the_given_marker():
    snippet = highlight("Sprachcafé", ["sprachcafé"], "de", marker=('<b class="m">', "</b>"))
    assert snippet == '<b class="m">Sprachcafé</b>'


# --- synonym groups ------------------------------------------------------------


def group(locale: Locale, terms: str, **fields) -> SynonymGroup:
    instance = SynonymGroup(locale=locale, terms=terms, **fields)
    instance.full_clean()
    instance.save()
    return instance


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("Deutschkurs", "mindestens zwei verschiedene Begriffe"),
        ("Deutschkurs, deutschkurs", "mindestens zwei verschiedene Begriffe"),
        ("Deutschkurs, Deutschkurse", "mindestens zwei verschiedene Begriffe"),
        ("Deutschkurs,, Sprachkurs", "leer"),
        ("Deutschkurs, " + "x" * 101, "länger als 100 Zeichen"),
        ("Deutschkurs, ---", "enthält kein Wort"),
    ],
)
def test_invalid_synonym_groups_are_refused(locale_de, terms, message):
    with pytest.raises(ValidationError) as refused:
        SynonymGroup(locale=locale_de, terms=terms).full_clean()
    assert any(message in error for error in refused.value.message_dict["terms"])


@pytest.mark.django_db
def test_terms_may_be_separated_by_commas_and_lines(locale_de):
    saved = group(locale_de, "Deutschkurs, Sprachkurs,\n\nIntegrationskurs\n")
    assert saved.term_list() == ["Deutschkurs", "Sprachkurs", "Integrationskurs"]
    assert str(saved) == "Deutschkurs, Sprachkurs, Integrationskurs"


@pytest.mark.django_db
def test_plural_query_gets_the_other_terms_of_its_group(locale_de):
    group(locale_de, "Deutschkurs, Sprachkurs, Integrationskurs")
    expansion = expand_query("Sprachkurse für Frauen", "de", locale_de.pk)
    assert expansion.terms == ["sprachkurse", "für", "frauen"]
    assert expansion.alternatives == {"sprachkurse": ["deutschkurs", "integrationskurs"]}
    texts = expansion.all_texts()
    assert texts[0] == "sprachkurse für frauen"
    assert "deutschkurs für frauen" in texts
    assert "integrationskurs für frauen" in texts
    assert "sprach kurs für frauen" in texts


@pytest.mark.django_db
def test_compound_written_apart_or_hyphenated_matches(locale_de):
    group(locale_de, "Sprachkurs, Deutschkurs")
    assert expand_query("Sprach-Kurs", "de", locale_de.pk).alternatives == {
        "sprach kurs": ["deutschkurs"]
    }


@pytest.mark.django_db
def test_phrase_terms_match_across_function_words(locale_de):
    group(locale_de, "Deutschkurs für Frauen, Frauendeutschkurs")
    expansion = expand_query("Deutschkurse für Frauen in Aachen", "de", locale_de.pk)
    assert expansion.alternatives == {"deutschkurse für frauen": ["frauendeutschkurs"]}
    assert "frauendeutschkurs in aachen" in expansion.all_texts()


@pytest.mark.django_db
def test_arabic_synonyms_ignore_article_plural_and_spelling(locale_de):
    arabic = Locale.objects.create(language_code="ar")
    group(arabic, "دورة لغة, كورس لغة")
    expansion = expand_query("دورات اللغة", "ar", arabic.pk)
    assert expansion.alternatives == {"دورات اللغه": ["كورس لغه"]}


@pytest.mark.django_db
def test_compound_parts_of_query_and_alternatives(locale_de):
    group(locale_de, "Kinderbetreuung, Kinderbeaufsichtigung")
    expansion = expand_query("Deutschkurs mit Kinderbetreuung", "de", locale_de.pk)
    assert expansion.parts_by_term["deutschkurs"] == ["deutsch", "kurs"]
    assert expansion.parts_by_term["kinderbetreuung"] == ["kind", "betreuung"]
    assert {"deutsch", "kurs", "kind", "betreuung"} <= set(expansion.parts)
    assert "kinderbeaufsichtigung" in expansion.highlight_terms()


@pytest.mark.django_db
def test_synonyms_stay_in_their_locale(locale_de, locale_en):
    group(locale_de, "Deutschkurs, Sprachkurs")
    group(locale_en, "language course, German course")
    assert expand_query("Deutschkurs", "en", locale_en.pk).alternatives == {}
    english = expand_query("language courses", "en", locale_en.pk)
    assert english.alternatives == {"language courses": ["german course"]}
    assert expand_query("language course", "de", locale_de.pk).alternatives == {}


@pytest.mark.django_db
def test_inactive_groups_are_ignored(locale_de):
    group(locale_de, "Deutschkurs, Sprachkurs", is_active=False)
    assert expand_query("Deutschkurs", "de", locale_de.pk).alternatives == {}


@pytest.mark.django_db
def test_edits_apply_to_the_next_search(locale_de, django_assert_num_queries):
    saved = group(locale_de, "Deutschkurs, Sprachkurs")
    assert expand_query("Deutschkurs", "de", locale_de.pk).alternatives == {
        "deutschkurs": ["sprachkurs"]
    }
    with django_assert_num_queries(1):  # only the version check while nothing changed
        expand_query("Deutschkurs", "de", locale_de.pk)

    saved.terms = "Deutschkurs, Integrationskurs"
    saved.save()
    assert expand_query("Deutschkurs", "de", locale_de.pk).alternatives == {
        "deutschkurs": ["integrationskurs"]
    }
    saved.is_active = False
    saved.save()
    assert expand_query("Deutschkurs", "de", locale_de.pk).alternatives == {}
    saved.is_active = True
    saved.save()
    assert expand_query("Deutschkurs", "de", locale_de.pk).alternatives == {
        "deutschkurs": ["integrationskurs"]
    }
    saved.delete()
    assert expand_query("Deutschkurs", "de", locale_de.pk).alternatives == {}


@pytest.mark.django_db
def test_without_locale_or_terms_nothing_is_expanded(locale_de):
    group(locale_de, "Deutschkurs, Sprachkurs")
    expansion = expand_query("Deutschkurs", "de", None)
    assert expansion.alternatives == {}
    assert expansion.all_texts() == ["deutschkurs", "deutsch kurs"]
    empty = expand_query(" ,;! ", "de", locale_de.pk)
    assert not empty
    assert empty.all_texts() == []


# --- admin -------------------------------------------------------------------------


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user(username="redaktion", password="x")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="integration",
            codename__in=["add_synonymgroup", "change_synonymgroup", "view_synonymgroup"],
        ),
    )
    return user


@pytest.mark.django_db
def test_editor_creates_a_synonym_group_in_the_admin(client, editor, locale_de):
    client.force_login(editor)
    assert "Suchbegriffe (Synonyme)" in client.get(reverse("wagtailadmin_home")).text
    add_url = reverse("wagtailsnippets_integration_synonymgroup:add")
    assert client.get(add_url).status_code == 200

    response = client.post(
        add_url,
        {
            "locale": locale_de.pk,
            "terms": "Deutschkurs, Sprachkurs\nIntegrationskurs",
            "note": "Häufige Suchen",
            "is_active": "on",
        },
    )

    assert response.status_code == 302
    created = SynonymGroup.objects.get()
    assert created.locale == locale_de
    assert created.term_list() == ["Deutschkurs", "Sprachkurs", "Integrationskurs"]
    listing = client.get(reverse("wagtailsnippets_integration_synonymgroup:list"))
    assert "Deutschkurs, Sprachkurs" in listing.text
    assert expand_query("Sprachkurs", "de", locale_de.pk).alternatives == {
        "sprachkurs": ["deutschkurs", "integrationskurs"]
    }


@pytest.mark.django_db
def test_admin_refuses_a_group_with_one_term(client, editor, locale_de):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_integration_synonymgroup:add"),
        {"locale": locale_de.pk, "terms": "Deutschkurs", "is_active": "on"},
    )
    assert response.status_code == 200
    assert "mindestens zwei verschiedene Begriffe" in response.text
    assert not SynonymGroup.objects.exists()
